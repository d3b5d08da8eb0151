package org.michishirube.api.planning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.michishirube.api.curriculum.Viewer;
import org.michishirube.api.planning.PlanningBodies.CompletedCurriculumBody;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.data.curriculum.Curricula;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds the curricula a profile names that the caller may see: public ones, and private ones only for educators (and
 * admins) of the owning institution, by the same rule as the curriculum API. Any other curriculum is left out, so the
 * profile reader reports it exactly as an unknown id: nobody learns that a private curriculum exists.
 */
@Component
class CompletedCurricula {

    /** More than this many curricula in one profile is refused as malformed. */
    static final int MAX = 10;

    private final Curricula store;

    CompletedCurricula(Curricula store) {
        this.store = store;
    }

    /** {@return the visible curricula the profile names, by id; empty when it names none} */
    Mono<Map<String, Curriculum>> visible(ProfileBody profile) {
        if (profile == null || profile.curricula() == null || profile.curricula().isEmpty() || profile.curricula().size() > MAX) {
            return Mono.just(Map.of());
        }
        Set<String> ids = new LinkedHashSet<>();
        profile.curricula().stream().filter(Objects::nonNull).map(CompletedCurriculumBody::curriculum)
                .filter(CurriculumId::isWellFormed).forEach(ids::add);
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Viewer.current().flatMap(viewer -> Flux.fromIterable(List.copyOf(ids))
                .concatMap(id -> store.find(new CurriculumId(id)).filter(viewer::canSee))
                .collectMap(c -> c.id().value(), c -> c));
    }
}
