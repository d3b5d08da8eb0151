package org.michishirube.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.config.ImportMetrics;
import org.michishirube.api.config.OpenApiConfig;
import org.michishirube.api.config.TimedImport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/** Operations on the reference dataset, for admins. */
@Tag(name = "Administration", description = "Operations on the reference dataset (admin role)")
interface AdminApi {

    @TimedImport(ImportMetrics.Kind.DATASET_RELOAD)
    @PostMapping(path = "/api/v1/admin/dataset/verify-and-reload", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-validate the shipped dataset and reload it atomically",
            description = "Checks every dataset file against its schema and the graph's invariants; if all is sound, loads it in one "
                    + "transaction and answers what changed. If anything is wrong, nothing is changed and the answer lists every fault.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "What changed", content = @Content(examples = @ExampleObject("""
            {"datasetVersion":"2026.11.1","previousVersion":"2026.11.1","nodesAdded":[],"nodesRemoved":[],"nodesChanged":[],
             "relationshipsAdded":0,"relationshipsRemoved":0,"targets":554,"unchanged":true}""")))
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The dataset files are invalid; nothing changed",
            content = @Content(mediaType = "application/problem+json"))
    Mono<ReloadAnswer> verifyAndReload();
}

