package org.michishirube.api.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanViews.SavedPlanSummary;
import org.michishirube.api.planning.PlanViews.SavedPlanView;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanningBodies.SavePlanRequest;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.web.EntityTags;
import org.michishirube.api.web.Versioned;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.data.learner.Learners;
import org.michishirube.data.learner.ProfileWrite;
import org.michishirube.data.learner.SavedPlan;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's own profile, saved under If-Match so that no write silently overwrites another, and the plans they save;
 * every method is scoped to the owner, so others' data is simply not found.
 */
@Component
class LearnerRecords {

    /** A profile's ETag carries its version: "p3". */
    static final EntityTags PROFILE = new EntityTags('p');

    private final Learners learners;
    private final Planning planning;
    private final JsonMapper json;
    private final CompletedCurricula curricula;

    LearnerRecords(Learners learners, Planning planning, JsonMapper json, CompletedCurricula curricula) {
        this.learners = learners;
        this.planning = planning;
        this.json = json;
        this.curricula = curricula;
    }

    /** {@return the saved profile with its new version} after checking it like a planning request */
    Mono<Versioned<ProfileBody>> saveProfile(String owner, String ifMatch, String ifNoneMatch, ProfileBody profile) {
        return curricula.visible(profile).flatMap(visible -> saveProfile(owner, ifMatch, ifNoneMatch, profile, visible));
    }

    private Mono<Versioned<ProfileBody>> saveProfile(String owner, String ifMatch, String ifNoneMatch, ProfileBody profile,
                                                     Map<String, Curriculum> visible) {
        ProfileReader reader = new ProfileReader(planning.graph(), planning.today());
        reader.profile(profile, "profile");
        reader.curricula(profile, "profile", visible);
        reader.failIfAny();
        boolean createOnly = ifNoneMatch != null && ifNoneMatch.strip().equals("*");
        if (createOnly && ifMatch != null && !ifMatch.isBlank()) {
            return Mono.error(new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match and If-None-Match: * cannot both hold; "
                    + "send If-Match to change your profile, or If-None-Match: * to create it."));
        }
        return learners.saveProfile(owner, json.writeValueAsString(profile), PROFILE.ifMatch(ifMatch))
                .map(w -> {
                    if (w instanceof ProfileWrite.Saved saved) {
                        return new Versioned<>(profile, saved.version());
                    }
                    throw failure(w, createOnly);
                });
    }

    Mono<Versioned<ProfileBody>> profile(String owner) {
        return learners.profile(owner)
                .map(p -> new Versioned<>(json.readValue(p.document(), ProfileBody.class), p.version()))
                .switchIfEmpty(Mono.error(() -> new ApiException(ProblemType.NOT_FOUND, "You have not saved a profile yet.")));
    }

    private static ApiException failure(ProfileWrite w, boolean createOnly) {
        if (w instanceof ProfileWrite.Stale stale) {
            return new ApiException(ProblemType.PRECONDITION_FAILED, "Your profile changed since you read it: it is at version "
                    + stale.currentVersion() + ". Read it again and retry with If-Match: " + PROFILE.of(stale.currentVersion()) + ".",
                    current(stale.currentVersion()));
        }
        if (w instanceof ProfileWrite.Exists exists) {
            String etag = PROFILE.of(exists.currentVersion());
            if (createOnly) {
                return new ApiException(ProblemType.PRECONDITION_FAILED, "If-None-Match: * asks to create your profile, but one is saved "
                        + "already at version " + exists.currentVersion() + ". To change it, send If-Match: " + etag + ".",
                        current(exists.currentVersion()));
            }
            return new ApiException(ProblemType.PRECONDITION_REQUIRED, "You have a saved profile (version " + exists.currentVersion()
                    + "): changing it needs If-Match with the ETag you read, so that no write silently overwrites another. If you read "
                    + "it last, that is If-Match: " + etag + "; otherwise read it again with GET /api/v1/me/profile.",
                    current(exists.currentVersion()));
        }
        return new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match names a version of your profile, but you have not saved one; "
                + "create it without If-Match (or with If-None-Match: *).");
    }

    private static Map<String, Object> current(long version) {
        return Map.of("currentVersion", version, "currentETag", PROFILE.of(version));
    }

    /** {@return the plan made from the given profile (or the saved one) to the goal, as saved with the versions it was made against} */
    Mono<SavedPlanView> savePlan(String owner, SavePlanRequest request) {
        if (request == null) {
            return Mono.error(new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with a goal is required."));
        }
        Mono<ProfileBody> profile = request.profile() != null ? Mono.just(request.profile())
                : learners.profile(owner).map(p -> json.readValue(p.document(), ProfileBody.class))
                        .switchIfEmpty(Mono.error(() -> new ApiException(ProblemType.VALIDATION_FAILED,
                                "Give a profile, or save one first with PUT /api/v1/me/profile.",
                                Map.of("errors", List.of(Map.of("field", "profile", "message", "is required when no profile is saved"))))));
        return profile.flatMap(p -> planning.resources().then(curricula.visible(p)).flatMap(visible -> {
            PlanAnswer answer = planning.plan(p, request.goal(), request.alternatives(), null, request.countSelfAssessed(), visible);
            List<String> targets = answer.steps().stream().map(s -> s.target().id()).distinct().toList();
            String title = request.title() == null || request.title().isBlank() ? "plan" : request.title().strip();
            if (title.length() > 200) {
                return Mono.error(new ApiException(ProblemType.VALIDATION_FAILED, "The title is too long.",
                        Map.of("errors", List.of(Map.of("field", "title", "message", "must be at most 200 characters")))));
            }
            SavedPlan saved = new SavedPlan(UUID.randomUUID().toString(), owner, title, Instant.now(),
                    json.writeValueAsString(new SavePlanRequest(title, p, request.goal(), request.alternatives(), request.countSelfAssessed())),
                    json.writeValueAsString(answer), answer.frameworkVersions(), targets);
            return learners.savePlan(saved).map(this::view);
        }));
    }

    Mono<List<SavedPlanSummary>> plans(String owner) {
        return learners.plans(owner).map(s -> new SavedPlanSummary(s.id(), s.title(), s.createdAt(), s.frameworkVersions(), !staleBecause(s).isEmpty()))
                .collectList();
    }

    Mono<SavedPlanView> plan(String owner, String id) {
        return learners.plan(owner, id).map(this::view)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("saved plan of yours", id)));
    }

    Mono<Void> deletePlan(String owner, String id) {
        return learners.deletePlan(owner, id).flatMap(deleted -> deleted ? Mono.<Void>empty()
                : Mono.error(ApiException.notFound("saved plan of yours", id)));
    }

    private SavedPlanView view(SavedPlan s) {
        List<String> because = staleBecause(s);
        return new SavedPlanView(s.id(), s.title(), s.createdAt(), s.frameworkVersions(), !because.isEmpty(), because,
                storedAnswer(s.plan()));
    }

    /** Reads a stored answer; plans saved before the answer was flattened keep the main plan under "plan". */
    private PlanAnswer storedAnswer(String stored) {
        JsonNode tree = json.readTree(stored);
        if (tree.has("plan") && !tree.has("steps")) {
            ObjectNode flat = ((ObjectNode) tree.get("plan")).deepCopy();
            flat.set("alternatives", tree.get("alternatives"));
            tree = flat;
        }
        return json.treeToValue(tree, PlanAnswer.class);
    }

    private List<String> staleBecause(SavedPlan s) {
        var g = planning.graph();
        return s.frameworkVersions().stream().filter(v -> {
            var id = FrameworkVersionId.of(v);
            return !g.currentVersion(id.framework()).map(id::equals).orElse(false);
        }).map(v -> v + " is no longer current").toList();
    }
}
