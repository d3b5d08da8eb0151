package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Management;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class ObservabilityIT {

    @Autowired
    WebTestClient http;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    private WebTestClient management() {
        return Management.client(managementPort);
    }

    @Test
    void prometheusShowsRoutesThePlannerAndSnapshotRebuilds() {
        http.get().uri("/api/v1/credentials/hit").exchange().expectStatus().isOk();
        http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"profile\": {\"credentials\": [\"hit\"], \"hoursPerWeek\": 5}, \"goal\": {\"credential\": \"miis\"}}")
                .exchange().expectStatus().isOk();
        String metrics = management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        // No label tells where the service runs from (a disk-space metric would name the working directory).
        assertThat(metrics).doesNotContain(System.getProperty("user.dir")).doesNotContain("path=\"");
        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/api/v1/credentials/{id}\"")
                .contains("michishirube_planner_seconds_count").contains("michishirube_snapshot_rebuilds_total")
                .contains("michishirube_snapshot_revision").contains("michishirube_search_index_build_seconds");
    }

    @Test
    void theRequestIdOfAProblemIsTheOneInTheResponseHeader() {
        var result = http.get().uri("/api/v1/credentials/nope").exchange().expectStatus().isNotFound()
                .expectBody(JsonNode.class).returnResult();
        assertThat(result.getResponseBody().path("requestId").asString())
                .isNotBlank().isEqualTo(result.getResponseHeaders().getFirst("X-Request-Id"));
    }

    @Test
    void livenessAndReadinessAreSeparateGroups() {
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void importsAreTimedByKindAndOutcome() {
        // A longer answer time than the shared client's: a dataset reload is part of this test.
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).responseTimeout(java.time.Duration.ofSeconds(60)).build();
        double refusedBefore = imports(client, "roles-csv", "refused");
        double reloadedBefore = imports(client, "dataset-reload", "imported");

        client.post().uri("/api/v1/interop/roles").contentType(new MediaType("text", "csv"))
                .headers(h -> h.setBearerAuth(Tokens.forRoles("steward-metrics", java.util.List.of("steward"))))
                .bodyValue("role_id,role_name_ja\nx,エックス\n").exchange().expectStatus().isEqualTo(422);
        client.post().uri("/api/v1/admin/dataset/verify-and-reload")
                .headers(h -> h.setBearerAuth(Tokens.forRoles("admin-metrics", java.util.List.of("admin"))))
                .exchange().expectStatus().isOk();

        assertThat(imports(client, "roles-csv", "refused")).isEqualTo(refusedBefore + 1);
        assertThat(imports(client, "dataset-reload", "imported")).isEqualTo(reloadedBefore + 1);
        assertThat(imports(client, "case", "failed")).as("registered before any import").isZero();
    }

    /** {@return the count of the imports timer for a kind and outcome, read from the Prometheus page} */
    private double imports(WebTestClient client, String kind, String outcome) {
        String metrics = Management.client(managementPort).get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        String series = "michishirube_imports_seconds_count{kind=\"" + kind + "\",outcome=\"" + outcome + "\"";
        return metrics.lines().filter(l -> l.startsWith(series)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no series " + series + " in:\n" + metrics));
    }
}
