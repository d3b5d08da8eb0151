package org.michishirube.api.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.resource.StepResources;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where to learn each target, built once and looked up by every plan: rebuilt when the graph revision moves (a resource
 * or a version published anywhere), when this instance writes a curriculum, and at the latest {@link #MAX_AGE} after it
 * was built, which is how another instance's curriculum change reaches this one.
 */
@Component
class StepResourceIndex {

    /** How many places to learn a step lists at most. */
    static final int PER_STEP = 3;
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private record Built(long revision, long writes, Instant at, StepResources index) {
    }

    private final PublishedGraph published;
    private final Curricula curricula;
    private final Clock clock = Clock.systemUTC();
    private volatile Built built;

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
        if (b != null && b.revision() == s.revision() && b.writes() == writes && now.isBefore(b.at().plus(MAX_AGE))) {
            return Mono.just(b.index());
        }
        // Private curricula are dropped here already; the index never holds them.
        return curricula.all().filter(c -> c.visibility() == Visibility.PUBLIC).collectList().map(open -> {
            StepResources index = StepResources.of(s.graph(), open, s.resources(), PER_STEP);
            built = new Built(s.revision(), writes, now, index);
            return index;
        });
    }

    /** {@return the index last built, for answers that cannot wait for a rebuild; empty before the first plan} */
    StepResources current() {
        Built b = built;
        return b == null ? StepResources.none() : b.index();
    }
}
