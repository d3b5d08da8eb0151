package org.michishirube.api.provenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.config.OpenApiConfig;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** The provenance report for stewards: levels by credential, version and source kind, anachronisms, what to check first. */
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Provenance", description = "How far the reference data is confirmed, and what a steward should check first (steward, admin)")
@ApiResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "The token has neither the steward nor the admin role",
        content = @Content(mediaType = "application/problem+json"))
interface ProvenanceApi {

    @GetMapping("/provenance")
    @Operation(summary = "Provenance report", security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            description = "Counts of items per credential, framework version, verification level and kind of cited source (an item "
                    + "citing several kinds counts under each); the citations of retired versions to sources published after the "
                    + "version ended; and the targets of the current versions below `corroborated`, ranked by how many roles, "
                    + "curricula and saved plans depend on them. Levels and rules: docs/dataset.md.")
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(examples = @ExampleObject("""
            {"datasetVersion":"2026.12.2",
             "counts":[{"credential":"hit","version":"hit@fy2020","level":"secondary","sourceKind":"blog","items":97}],
             "anachronisms":[{"item":"hit.it.net.ip","type":"target","version":"hit@pre-fy2020","versionEnd":"2020-04-01",
                              "source":"hit-results-22","published":"2024","level":"inferred"}],
             "verifyFirst":[{"target":"hit.sys.his.ehr","version":"hit@fy2020","level":"inferred","roles":5,"curricula":1,
                             "savedPlans":0,"dependents":6}]}""")))
    Mono<ProvenanceReport> provenance(
            @Parameter(description = "How many targets to list under verifyFirst, 1 to 1000") @RequestParam(defaultValue = "20") int limit);
}
