package org.michishirube.api.curriculum;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.michishirube.api.curriculum.CurriculumViews.CurriculumView;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.web.EntityTags;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.curriculum.CurriculumWrite;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What the curriculum services share: visibility and ownership checks, versions and ETags, target and version look-ups. */
@Component
class CurriculumSupport {

    /** A curriculum's ETag carries its version: "v3". */
    static final EntityTags CURRICULUM = new EntityTags('v');

    final Curricula store;
    final PublishedGraph published;

    CurriculumSupport(Curricula store, PublishedGraph published) {
        this.store = store;
        this.published = published;
    }

    /** {@return the curriculum if the current viewer may see it} */
    Mono<Curriculum> visible(String id) {
        return Viewer.current().flatMap(viewer -> visible(id, viewer));
    }

    /** {@return the curriculum if the current viewer may change it} */
    Mono<Curriculum> editable(String id) {
        return Viewer.current().flatMap(viewer -> editable(id, viewer));
    }

    /** {@return the curriculum if the viewer may see it; a private curriculum of others is as absent as an unknown one} */
    Mono<Curriculum> visible(String id, Viewer viewer) {
        if (!CurriculumId.isWellFormed(id)) {
            return Mono.error(ApiException.notFound("curriculum", id));
        }
        return store.find(new CurriculumId(id)).filter(viewer::canSee)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("curriculum", id)));
    }

    /** {@return the curriculum if the viewer may change it: others' private curricula are 404, others' public ones 403} */
    Mono<Curriculum> editable(String id, Viewer viewer) {
        return visible(id, viewer).flatMap(c -> viewer.canEdit(c) ? Mono.just(c) : Mono.error(new ApiException(ProblemType.FORBIDDEN,
                "Only educators of " + c.institution() + " (or admins) change this curriculum.", Map.of("institution", c.institution().value()))));
    }

    /**
     * {@return the version an If-Match header names: empty without the header or for '*' (any version), {@link
     * EntityTags#NO_VERSION} for a tag that cannot match, a weak one included}
     */
    static OptionalLong expectedVersion(String ifMatch) {
        return EntityTags.isAny(ifMatch) ? OptionalLong.empty() : CURRICULUM.ifMatch(ifMatch);
    }

    static ApiException failure(CurriculumWrite w, String id) {
        if (w instanceof CurriculumWrite.Stale stale) {
            return new ApiException(ProblemType.PRECONDITION_FAILED, "The curriculum was changed meanwhile: it is at version "
                    + stale.currentVersion() + ". Read it again and retry with If-Match: " + CURRICULUM.of(stale.currentVersion()) + ".",
                    Map.of("currentVersion", stale.currentVersion()));
        }
        if (w instanceof CurriculumWrite.Exists) {
            return new ApiException(ProblemType.CONFLICT, "A curriculum with the id '" + id + "' exists already.", Map.of("id", id));
        }
        return ApiException.notFound("curriculum", id);
    }

    CurriculumView view(Curriculum c) {
        return CurriculumView.from(c, this::name);
    }

    GraphSnapshot snapshot() {
        return published.snapshot();
    }

    /** {@return whether some framework version has the target} */
    boolean knownTarget(TargetId id) {
        GraphSnapshot s = snapshot();
        return s.graph().contains(id) || s.trees().values().stream().anyMatch(t -> t.target(id).isPresent());
    }

    Optional<LocalizedText> name(TargetId id) {
        GraphSnapshot s = snapshot();
        return s.graph().target(id).map(t -> t.name())
                .or(() -> s.trees().values().stream().flatMap(t -> t.target(id).stream()).findFirst().map(t -> t.name()));
    }

    /** {@return the version a parameter names: a full id such as hit@fy2020, or a framework id for its current version} */
    FrameworkTree tree(String parameter, String value) {
        GraphSnapshot s = snapshot();
        if (value == null || value.isBlank()) {
            throw ApiException.invalidParameter(parameter, parameter + " is required, e.g. hit@fy2020 or hit for the current version.");
        }
        if (value.contains("@")) {
            if (!FrameworkVersionId.isWellFormed(value)) {
                throw ApiException.invalidParameter(parameter, parameter + " must look like framework@version, e.g. hit@fy2020.");
            }
            return s.tree(FrameworkVersionId.of(value)).orElseThrow(() -> ApiException.notFound("framework version", value));
        }
        if (!org.michishirube.core.model.TargetId.isWellFormed(value)) {
            throw ApiException.invalidParameter(parameter, parameter + " must be a framework id or framework@version.");
        }
        return s.graph().currentVersion(new FrameworkId(value)).flatMap(s::tree)
                .orElseThrow(() -> ApiException.notFound("framework", value));
    }

    /** {@return the current version of every framework, ordered by id} */
    List<FrameworkVersionId> currentVersions() {
        GraphSnapshot s = snapshot();
        return s.graph().frameworks().stream().flatMap(f -> s.graph().currentVersion(f.id()).stream())
                .sorted(Comparator.naturalOrder()).toList();
    }
}
