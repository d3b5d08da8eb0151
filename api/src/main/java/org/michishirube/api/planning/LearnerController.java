package org.michishirube.api.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.config.OpenApiConfig;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanningBodies.SavePlanRequest;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.data.learner.Learners;
import org.michishirube.data.learner.ProfileWrite;
import org.michishirube.data.learner.SavedPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** A signed-in learner's own profile and saved plans. Everything is scoped to the token's subject; others' data is not found. */
@RestController
@Tag(name = "My plans", description = "A learner's saved profile and plans (learner role; owners only)")
@ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "Not a learner", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "Nothing of yours has this id", content = @Content(mediaType = "application/problem+json"))
class LearnerController {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"p(\\d{1,18})\"");
    static final String IF_MATCH = "The profile's ETag as last read, e.g. \"p3\". Required to change a saved profile: missing → 428, "
            + "stale → 412. Leave it out to create your first profile.";
    static final String IF_NONE_MATCH = "* to create the profile only if none is saved (412 otherwise). Optional; other values are ignored.";

    private final Learners learners;
    private final Planning planning;
    private final JsonMapper json;

    LearnerController(Learners learners, Planning planning, JsonMapper json) {
        this.learners = learners;
        this.planning = planning;
        this.json = json;
    }

    record SavedPlanView(String id, String title, Instant createdAt, List<String> frameworkVersions, boolean stale,
                         List<String> staleBecause, PlanAnswer plan) {
    }

    record SavedPlanSummary(String id, String title, Instant createdAt, List<String> frameworkVersions, boolean stale) {
    }

    @PutMapping(path = "/api/v1/me/profile", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save my profile", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Replaces the signed-in learner's profile after checking it like a planning request does. The first profile "
                    + "is created without a precondition (or with If-None-Match: *); changing a saved one needs If-Match with the ETag "
                    + "of GET /api/v1/me/profile, so that no write silently overwrites another.")
    @ApiResponse(responseCode = "200", description = "The saved profile; the ETag carries its new version",
            headers = @Header(name = "ETag", description = "The profile's new version, e.g. \"p2\"", schema = @Schema(type = "string")),
            content = @Content(examples = @ExampleObject("""
            {"credentials":[{"id":"hit","year":2019}],"mastered":{},"experience":{"healthcare-is":3},"hoursPerWeek":5,"subjectPasses":[]}""")))
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "412", description = "If-Match names another version (or no profile is saved), or If-None-Match: * "
            + "and a profile is saved; nothing was changed", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject("""
                    {"type":"https://michishirube.org/problems/precondition-failed","title":"Precondition failed","status":412,
                     "detail":"Your profile changed since you read it: it is at version 3. Read it again and retry with If-Match: \\"p3\\".",
                     "instance":"/api/v1/me/profile","currentVersion":3,"currentETag":"\\"p3\\""}""")))
    @ApiResponse(responseCode = "428", description = "A profile is saved and If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<ProfileBody>> putProfile(@AuthenticationPrincipal Jwt jwt,
                                                 @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Parameter(description = IF_NONE_MATCH) @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
                                                 @RequestBody ProfileBody profile) {
        ProfileReader reader = new ProfileReader(planning.graph(), planning.today());
        reader.profile(profile, "profile");
        reader.failIfAny();
        boolean createOnly = ifNoneMatch != null && ifNoneMatch.strip().equals("*");
        if (createOnly && ifMatch != null && !ifMatch.isBlank()) {
            return Mono.error(new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match and If-None-Match: * cannot both hold; "
                    + "send If-Match to change your profile, or If-None-Match: * to create it."));
        }
        return learners.saveProfile(jwt.getSubject(), json.writeValueAsString(profile), expectedVersion(ifMatch))
                .map(w -> {
                    if (w instanceof ProfileWrite.Saved saved) {
                        return ResponseEntity.ok().eTag(etag(saved.version())).body(profile);
                    }
                    throw failure(w, createOnly);
                });
    }

    @GetMapping(path = "/api/v1/me/profile", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My profile", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "The signed-in learner's saved profile, with its version as the ETag for If-Match; 404 until one is saved.")
    @ApiResponse(responseCode = "200", description = "The profile",
            headers = @Header(name = "ETag", description = "The profile's version, e.g. \"p2\"", schema = @Schema(type = "string")),
            content = @Content(examples = @ExampleObject("""
            {"credentials":[{"id":"hit","year":2019}],"hoursPerWeek":5}""")))
    Mono<ResponseEntity<ProfileBody>> getProfile(@AuthenticationPrincipal Jwt jwt) {
        return learners.profile(jwt.getSubject())
                .map(p -> ResponseEntity.ok().eTag(etag(p.version())).body(json.readValue(p.document(), ProfileBody.class)))
                .switchIfEmpty(Mono.error(() -> new ApiException(ProblemType.NOT_FOUND, "You have not saved a profile yet.")));
    }

    static String etag(long version) {
        return "\"p" + version + "\"";
    }

    /** {@return the version an If-Match names; empty without the header (a creation); -1 for a tag this service never issued, which is stale} */
    static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        Matcher m = ETAG.matcher(ifMatch.strip());
        return OptionalLong.of(m.matches() ? Long.parseLong(m.group(1)) : -1);
    }

    static ApiException failure(ProfileWrite w, boolean createOnly) {
        if (w instanceof ProfileWrite.Stale stale) {
            return new ApiException(ProblemType.PRECONDITION_FAILED, "Your profile changed since you read it: it is at version "
                    + stale.currentVersion() + ". Read it again and retry with If-Match: " + etag(stale.currentVersion()) + ".",
                    Map.of("currentVersion", stale.currentVersion(), "currentETag", etag(stale.currentVersion())));
        }
        if (w instanceof ProfileWrite.Exists exists) {
            if (createOnly) {
                return new ApiException(ProblemType.PRECONDITION_FAILED, "If-None-Match: * asks to create your profile, but one is saved "
                        + "already at version " + exists.currentVersion() + ". To change it, send If-Match: " + etag(exists.currentVersion()) + ".",
                        Map.of("currentVersion", exists.currentVersion(), "currentETag", etag(exists.currentVersion())));
            }
            return new ApiException(ProblemType.PRECONDITION_REQUIRED, "You have a saved profile (version " + exists.currentVersion()
                    + "): changing it needs If-Match with the ETag you read, so that no write silently overwrites another. If you read "
                    + "it last, that is If-Match: " + etag(exists.currentVersion()) + "; otherwise read it again with GET /api/v1/me/profile.",
                    Map.of("currentVersion", exists.currentVersion(), "currentETag", etag(exists.currentVersion())));
        }
        return new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match names a version of your profile, but you have not saved one; "
                + "create it without If-Match (or with If-None-Match: *).");
    }

    @PostMapping(path = "/api/v1/me/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan and save", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Plans from the given profile (or the saved one) to the goal and keeps the plan with the framework versions "
                    + "it was made against, so that a later revision can flag it.")
    @ApiResponse(responseCode = "201", description = "The saved plan", content = @Content(examples = @ExampleObject("""
            {"id":"5b0c…","title":"HIT → MIIS","frameworkVersions":["miis@2011"],"stale":false,"plan":{"totalHours":240,"steps":[],"alternatives":[]}}""")))
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Already reached or cannot be planned", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<SavedPlanView>> savePlan(@AuthenticationPrincipal Jwt jwt, @RequestBody SavePlanRequest request) {
        if (request == null) {
            return Mono.error(new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with a goal is required."));
        }
        Mono<ProfileBody> profile = request.profile() != null ? Mono.just(request.profile())
                : learners.profile(jwt.getSubject()).map(p -> json.readValue(p.document(), ProfileBody.class))
                        .switchIfEmpty(Mono.error(() -> new ApiException(ProblemType.VALIDATION_FAILED,
                                "Give a profile, or save one first with PUT /api/v1/me/profile.",
                                Map.of("errors", List.of(Map.of("field", "profile", "message", "is required when no profile is saved"))))));
        return profile.flatMap(p -> {
            PlanAnswer answer = planning.plan(p, request.goal(), request.alternatives(), null, request.countSelfAssessed());
            List<String> targets = answer.steps().stream().map(s -> s.target().id()).distinct().toList();
            String title = request.title() == null || request.title().isBlank() ? "plan" : request.title().strip();
            if (title.length() > 200) {
                return Mono.error(new ApiException(ProblemType.VALIDATION_FAILED, "The title is too long.",
                        Map.of("errors", List.of(Map.of("field", "title", "message", "must be at most 200 characters")))));
            }
            SavedPlan saved = new SavedPlan(UUID.randomUUID().toString(), jwt.getSubject(), title, Instant.now(),
                    json.writeValueAsString(new SavePlanRequest(title, p, request.goal(), request.alternatives(), request.countSelfAssessed())),
                    json.writeValueAsString(answer), answer.frameworkVersions(), targets);
            return learners.savePlan(saved).map(s -> ResponseEntity.status(HttpStatus.CREATED)
                    .location(java.net.URI.create("/api/v1/me/plans/" + s.id())).body(view(s)));
        });
    }

    @GetMapping(path = "/api/v1/me/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My saved plans", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Newest first; a plan is stale when a framework it was made against is no longer the current version.")
    @ApiResponse(responseCode = "200", description = "The plans", content = @Content(examples = @ExampleObject("""
            [{"id":"5b0c…","title":"HIT → MIIS","frameworkVersions":["miis@2011"],"stale":false}]""")))
    Mono<List<SavedPlanSummary>> plans(@AuthenticationPrincipal Jwt jwt) {
        return learners.plans(jwt.getSubject()).map(s -> new SavedPlanSummary(s.id(), s.title(), s.createdAt(), s.frameworkVersions(),
                !staleBecause(s).isEmpty())).collectList();
    }

    @GetMapping(path = "/api/v1/me/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One of my saved plans", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "With the plan as it was made and whether a revision has made it stale.")
    @ApiResponse(responseCode = "200", description = "The plan", content = @Content(examples = @ExampleObject("""
            {"id":"5b0c…","title":"HIT → MIIS","stale":true,"staleBecause":["miis@2011 is no longer current"]}""")))
    Mono<SavedPlanView> plan(@AuthenticationPrincipal Jwt jwt, @Parameter(description = "The plan's id") @PathVariable String id) {
        return learners.plan(jwt.getSubject(), id).map(this::view)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("saved plan of yours", id)));
    }

    @GetMapping(path = "/api/v1/me/plans/{id}", produces = PlanningController.MARKDOWN)
    @Operation(summary = "One of my saved plans, as Markdown", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "The saved plan for people to print or share: its title, whether a revision has made it stale, then the plan.")
    @ApiResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = PlanningController.MARKDOWN,
            examples = @ExampleObject("> 保存した計画 / Saved plan: **HIT → MIIS** (2026-11-25T10:00:00Z)")))
    Mono<String> planAsMarkdown(@AuthenticationPrincipal Jwt jwt, @Parameter(description = "The plan's id") @PathVariable String id) {
        return plan(jwt, id).map(PlanMarkdown::render);
    }

    @DeleteMapping(path = "/api/v1/me/plans/{id}")
    @Operation(summary = "Delete one of my saved plans", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Removes the plan for good.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    Mono<ResponseEntity<Void>> deletePlan(@AuthenticationPrincipal Jwt jwt, @Parameter(description = "The plan's id") @PathVariable String id) {
        return learners.deletePlan(jwt.getSubject(), id).flatMap(deleted -> deleted
                ? Mono.just(ResponseEntity.noContent().<Void>build())
                : Mono.error(ApiException.notFound("saved plan of yours", id)));
    }

    private SavedPlanView view(SavedPlan s) {
        List<String> because = staleBecause(s);
        return new SavedPlanView(s.id(), s.title(), s.createdAt(), s.frameworkVersions(), !because.isEmpty(), because,
                storedAnswer(s.plan()));
    }

    /** Reads a stored answer; plans saved before the answer was flattened keep the main plan under "plan". */
    private PlanAnswer storedAnswer(String stored) {
        tools.jackson.databind.JsonNode tree = json.readTree(stored);
        if (tree.has("plan") && !tree.has("steps")) {
            tools.jackson.databind.node.ObjectNode flat = ((tools.jackson.databind.node.ObjectNode) tree.get("plan")).deepCopy();
            flat.set("alternatives", tree.get("alternatives"));
            tree = flat;
        }
        return json.treeToValue(tree, PlanAnswer.class);
    }

    private List<String> staleBecause(SavedPlan s) {
        var g = planning.graph();
        return s.frameworkVersions().stream().filter(v -> {
            var id = org.michishirube.core.model.FrameworkVersionId.of(v);
            return !g.currentVersion(id.framework()).map(id::equals).orElse(false);
        }).map(v -> v + " is no longer current").toList();
    }
}
