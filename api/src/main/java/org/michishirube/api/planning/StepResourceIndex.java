package org.michishirube.api.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.resource.StepResources;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where to learn each target, built once and looked up by every plan: rebuilt when the graph revision moves (a resource
 * or a version published anywhere), when this instance writes a curriculum, and at the latest {@link #MAX_AGE} after it
 * was built, which is how another instance's curriculum change reaches this one.
 *
 * <p>One build at a time: requests that find the index stale join the build under way instead of each reading every
 * curriculum (at thousands of plans a second, every request arriving during a build did so). When only its age is
 * past, requests keep the index they have while it is rebuilt: the age bounds staleness, it is no promise.
 */
@Component
class StepResourceIndex {

    /** How many places to learn a step lists at most. */
    static final int PER_STEP = 3;
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private record Built(long revision, long writes, Instant at, StepResources index) {
    }

    /** A build under way, for the graph revision and curriculum writes it started from. */
    private record Building(long revision, long writes, Mono<StepResources> index) {
    }

    private static final Logger log = LoggerFactory.getLogger(StepResourceIndex.class);

    private final PublishedGraph published;
    private final Curricula curricula;
    private final Clock clock = Clock.systemUTC();
    private volatile Built built;
    private volatile Building building;

    StepResourceIndex(PublishedGraph published, Curricula curricula) {
        this.published = published;
        this.curricula = curricula;
    }

    /** {@return the index as of now, rebuilt first when it is stale} */
    Mono<StepResources> fresh() {
        GraphSnapshot s = published.snapshot();
        long writes = curricula.writes();
        Instant now = clock.instant();
        Built b = built;
        if (b != null && b.revision() == s.revision() && b.writes() == writes) {
            if (now.isBefore(b.at().plus(MAX_AGE))) {
                return Mono.just(b.index());
            }
            build(s, writes, now).subscribe(ok -> { }, e -> log.warn("rebuilding where to learn failed; the last index is kept", e));
            return Mono.just(b.index());
        }
        return build(s, writes, now);
    }

    private synchronized Mono<StepResources> build(GraphSnapshot s, long writes, Instant now) {
        Building under = building;
        if (under != null && under.revision() == s.revision() && under.writes() == writes) {
            return under.index();
        }
        // Private curricula are dropped here already; the index never holds them.
        Mono<StepResources> index = curricula.all().filter(c -> c.visibility() == Visibility.PUBLIC).collectList().map(open -> {
            StepResources made = StepResources.of(s.graph(), open, s.resources(), PER_STEP);
            built = new Built(s.revision(), writes, now, made);
            return made;
        }).doFinally(signal -> finished(s.revision(), writes)).cache();
        building = new Building(s.revision(), writes, index);
        return index;
    }

    private synchronized void finished(long revision, long writes) {
        Building under = building;
        if (under != null && under.revision() == revision && under.writes() == writes) {
            building = null;
        }
    }

    /** {@return the index last built, for answers that cannot wait for a rebuild; empty before the first plan} */
    StepResources current() {
        Built b = built;
        return b == null ? StepResources.none() : b.index();
    }
}
