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
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.dataset.LoadReport;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@Tag(name = "Administration", description = "Operations on the reference dataset (admin role)")
class AdminController {

    private final DatasetLoader loader;
    private final PublishedGraph graph;

    AdminController(DatasetLoader loader, PublishedGraph graph) {
        this.loader = loader;
        this.graph = graph;
    }

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
    Mono<ReloadAnswer> verifyAndReload() {
        // The driver call blocks; keep it off the event loop.
        return Mono.fromCallable(() -> {
            LoadReport report = loader.reload();
            graph.refresh();
            return ReloadAnswer.from(report);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    record ReloadAnswer(String datasetVersion, String previousVersion, java.util.List<String> nodesAdded, java.util.List<String> nodesRemoved,
                        java.util.List<String> nodesChanged, int relationshipsAdded, int relationshipsRemoved, int targets, boolean unchanged) {
        static ReloadAnswer from(LoadReport r) {
            return new ReloadAnswer(r.datasetVersion(), r.previousVersion().orElse(null), r.nodesAdded(), r.nodesRemoved(), r.nodesChanged(),
                    r.relationshipsAdded(), r.relationshipsRemoved(), r.targets(), r.unchanged());
        }
    }
}
