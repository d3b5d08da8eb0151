package org.michishirube.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class AdminReloadSecurityIT {

    private static final String RELOAD = "/api/v1/admin/dataset/verify-and-reload";

    @Autowired
    WebTestClient http;

    @Test
    void withoutATokenIs401Problem() {
        JsonNode p = problem(http.post().uri(RELOAD).exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer"));
        assertThat(p.path("type").asString()).isEqualTo("https://michishirube.org/problems/unauthenticated");
    }

    @Test
    void aLearnerOrStewardIs403Problem() {
        for (String role : List.of("learner", "educator", "steward")) {
            JsonNode p = problem(http.post().uri(RELOAD).headers(h -> h.setBearerAuth(Tokens.forRoles("u-" + role, List.of(role))))
                    .exchange().expectStatus().isForbidden());
            assertThat(p.path("type").asString()).isEqualTo("https://michishirube.org/problems/forbidden");
        }
    }

    @Test
    void anExpiredOrForeignOrGarbledTokenIs401Problem() {
        String expired = Tokens.sign(Tokens.SECRET, "admin-1", List.of("admin"), null, Instant.now().minusSeconds(3600));
        String foreign = Tokens.sign("another-secret-that-is-also-32-bytes-long", "admin-1", List.of("admin"), null,
                Instant.now().plusSeconds(3600));
        for (String token : List.of(expired, foreign, "not.a.jwt", "x")) {
            JsonNode p = problem(http.post().uri(RELOAD).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isUnauthorized());
            assertThat(p.path("type").asString()).isEqualTo("https://michishirube.org/problems/invalid-token");
        }
    }

    @Test
    void anAdminReloadsAndLearnsThatNothingChanged() {
        JsonNode answer = http.post().uri(RELOAD).headers(h -> h.setBearerAuth(Tokens.forRoles("admin-1", List.of("admin"))))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(answer.path("unchanged").asBoolean()).isTrue();
        assertThat(answer.path("datasetVersion").asString()).isEqualTo(answer.path("previousVersion").asString());
        assertThat(answer.path("targets").asInt()).isPositive();
    }

    @Test
    void writesToOtherRoutesNeedATokenToo() {
        problem(http.post().uri("/api/v1/credentials").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized());
        problem(http.delete().uri("/api/v1/credentials/hit").exchange().expectStatus().isUnauthorized());
        // With a token, a route that does not take the method says so.
        JsonNode p = problem(http.delete().uri("/api/v1/credentials/hit")
                .headers(h -> h.setBearerAuth(Tokens.forRoles("s", List.of("steward")))).exchange().expectStatus().isEqualTo(405));
        assertThat(p.path("type").asString()).endsWith("/method-not-allowed");
    }

    private static JsonNode problem(WebTestClient.ResponseSpec spec) {
        JsonNode body = spec.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }
}
