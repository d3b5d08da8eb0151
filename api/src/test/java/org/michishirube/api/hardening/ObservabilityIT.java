package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class ObservabilityIT {

    @Autowired
    WebTestClient http;

    @Test
    void prometheusShowsRoutesThePlannerAndSnapshotRebuilds() {
        http.get().uri("/api/v1/credentials/hit").exchange().expectStatus().isOk();
        http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"profile\": {\"credentials\": [\"hit\"], \"hoursPerWeek\": 5}, \"goal\": {\"credential\": \"miis\"}}")
                .exchange().expectStatus().isOk();
        String metrics = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/api/v1/credentials/{id}\"")
                .contains("michishirube_planner_seconds_count").contains("michishirube_snapshot_rebuilds_total")
                .contains("michishirube_snapshot_revision");
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
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
