package org.michishirube.api.planning;

import java.util.List;

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
import org.michishirube.api.planning.PlanViews.SavedPlanSummary;
import org.michishirube.api.planning.PlanViews.SavedPlanView;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanningBodies.SavePlanRequest;
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
import reactor.core.publisher.Mono;

/** A signed-in learner's own profile and saved plans; everything is scoped to the token's subject. */
@Tag(name = "My plans", description = "A learner's saved profile and plans (learner role; owners only)")
@ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "Not a learner", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "Nothing of yours has this id", content = @Content(mediaType = "application/problem+json"))
interface MyPlansApi {

    String IF_MATCH = "The profile's ETag as last read, e.g. \"p3\". Required to change a saved profile: missing → 428, "
            + "stale → 412. Leave it out to create your first profile.";

    String IF_NONE_MATCH = "* to create the profile only if none is saved (412 otherwise). Optional; other values are ignored.";

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
                                                 @RequestBody ProfileBody profile);

    @GetMapping(path = "/api/v1/me/profile", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My profile", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "The signed-in learner's saved profile, with its version as the ETag for If-Match; 404 until one is saved.")
    @ApiResponse(responseCode = "200", description = "The profile",
            headers = @Header(name = "ETag", description = "The profile's version, e.g. \"p2\"", schema = @Schema(type = "string")),
            content = @Content(examples = @ExampleObject("""
            {"credentials":[{"id":"hit","year":2019}],"hoursPerWeek":5}""")))
    Mono<ResponseEntity<ProfileBody>> getProfile(@AuthenticationPrincipal Jwt jwt);

    @PostMapping(path = "/api/v1/me/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan and save", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Plans from the given profile (or the saved one) to the goal and keeps the plan with the framework versions "
                    + "it was made against, so that a later revision can flag it.")
    @ApiResponse(responseCode = "201", description = "The saved plan", content = @Content(examples = @ExampleObject("""
            {"id":"5b0c…","title":"HIT → MIIS","frameworkVersions":["miis@2011"],"stale":false,"plan":{"totalHours":240,"steps":[],"alternatives":[]}}""")))
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Already reached or cannot be planned", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<SavedPlanView>> savePlan(@AuthenticationPrincipal Jwt jwt, @RequestBody SavePlanRequest request);

    @GetMapping(path = "/api/v1/me/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My saved plans", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Newest first; a plan is stale when a framework it was made against is no longer the current version.")
    @ApiResponse(responseCode = "200", description = "The plans", content = @Content(examples = @ExampleObject("""
            [{"id":"5b0c…","title":"HIT → MIIS","frameworkVersions":["miis@2011"],"stale":false}]""")))
    Mono<List<SavedPlanSummary>> plans(@AuthenticationPrincipal Jwt jwt);

    @GetMapping(path = "/api/v1/me/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One of my saved plans", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "With the plan as it was made and whether a revision has made it stale.")
    @ApiResponse(responseCode = "200", description = "The plan", content = @Content(examples = @ExampleObject("""
            {"id":"5b0c…","title":"HIT → MIIS","stale":true,"staleBecause":["miis@2011 is no longer current"]}""")))
    Mono<SavedPlanView> plan(@AuthenticationPrincipal Jwt jwt, @Parameter(description = "The plan's id") @PathVariable String id);

    @GetMapping(path = "/api/v1/me/plans/{id}", produces = PlanningApi.MARKDOWN)
    @Operation(summary = "One of my saved plans, as Markdown", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "The saved plan for people to print or share: its title, whether a revision has made it stale, then the plan.")
    @ApiResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = PlanningApi.MARKDOWN,
            examples = @ExampleObject("> 保存した計画 / Saved plan: **HIT → MIIS** (2026-11-25T10:00:00Z)")))
    Mono<String> planAsMarkdown(@AuthenticationPrincipal Jwt jwt, @Parameter(description = "The plan's id") @PathVariable String id);

    @GetMapping(path = "/api/v1/me/plans/{id}", produces = PlanCalendar.MEDIA_TYPE)
    @Operation(summary = "One of my saved plans, as a calendar", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "The saved plan as an iCalendar file (RFC 5545), as POST /api/v1/plans answers it for text/calendar.")
    Mono<ResponseEntity<String>> planAsCalendar(@AuthenticationPrincipal Jwt jwt, @Parameter(description = "The plan's id") @PathVariable String id);

    @DeleteMapping(path = "/api/v1/me/plans/{id}")
    @Operation(summary = "Delete one of my saved plans", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Removes the plan for good.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    Mono<ResponseEntity<Void>> deletePlan(@AuthenticationPrincipal Jwt jwt, @Parameter(description = "The plan's id") @PathVariable String id);
}

