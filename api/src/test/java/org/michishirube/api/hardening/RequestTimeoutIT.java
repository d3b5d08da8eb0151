package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.michishirube.api.MichishirubeApplication;
import org.michishirube.api.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** With a request timeout too short for any database round trip, a curriculum read is abandoned with a problem, not left hanging. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = {MichishirubeApplication.class, TestDatabase.class},
        properties = "michishirube.request-timeout=1ms")
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("test")
class RequestTimeoutIT {

    @Autowired
    WebTestClient http;

    @Test
    void aRequestOverItsTimeIsA503Problem() {
        JsonNode problem = http.get().uri("/api/v1/curricula/timeout-probe").exchange()
                .expectStatus().isEqualTo(503).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.path("type").asString()).endsWith("/request-timeout");
    }
}
