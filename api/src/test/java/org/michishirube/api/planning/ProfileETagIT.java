package org.michishirube.api.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.TestNeo4j;
import org.michishirube.api.testing.Tokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Optimistic locking of {@code PUT /api/v1/me/profile}: the first profile is created without a precondition, every later
 * write needs the ETag of the profile as read, and two writers holding the same ETag cannot both win. Real in-process Neo4j.
 */
@ApiIT
class ProfileETagIT {

    private static final String FIRST = """
            {"credentials": [{"id": "hit", "year": 2021}], "hoursPerWeek": 5}""";
    private static final String SECOND = """
            {"credentials": [{"id": "hit", "year": 2021}], "experience": {"healthcare-is": 2}, "hoursPerWeek": 8}""";

    @org.springframework.beans.factory.annotation.Autowired
    WebTestClient http;

    private final String alice = "alice-" + System.nanoTime();
    private final String bob = "bob-" + System.nanoTime();

    private static String token(String subject) {
        return Tokens.forRoles(subject, List.of("learner"));
    }

    private WebTestClient.ResponseSpec put(String subject, String ifMatch, String ifNoneMatch, String body) {
        return http.put().uri("/api/v1/me/profile").headers(h -> {
            h.setBearerAuth(token(subject));
            if (ifMatch != null) {
                h.set("If-Match", ifMatch);
            }
            if (ifNoneMatch != null) {
                h.set("If-None-Match", ifNoneMatch);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String etagOf(String subject) {
        return http.get().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(token(subject))).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
    }

    private JsonNode profileOf(String subject) {
        return http.get().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(token(subject))).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** {@return the learner's node as stored, read straight from Neo4j; empty when there is none} */
    private static Map<String, Object> stored(String subject) {
        try (var session = TestNeo4j.driver().session()) {
            return session.run("MATCH (l:Learner {subject: $s}) RETURN properties(l) AS p", Map.of("s", subject)).list().stream()
                    .findFirst().map(r -> (Map<String, Object>) new TreeMap<>(r.get("p").asMap())).orElse(Map.of());
        }
    }

    private static JsonNode problem(WebTestClient.ResponseSpec spec, int status, String type) {
        JsonNode problem = PlanningApiIT.problem(spec, status);
        assertThat(problem.path("type").asString()).isEqualTo("https://michishirube.org/problems/" + type);
        return problem;
    }

    @Test
    void getGivesTheETagAndAPutWithItSucceedsAndMovesIt() {
        put(alice, null, null, FIRST).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"p1\"");
        assertThat(etagOf(alice)).isEqualTo("\"p1\"");
        put(alice, "\"p1\"", null, SECOND).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"p2\"");
        assertThat(etagOf(alice)).isEqualTo("\"p2\"");
        assertThat(profileOf(alice).path("hoursPerWeek").asInt()).isEqualTo(8);
        assertThat(stored(alice)).containsEntry("profileVersion", 2L);
        // The ETag validates reads too.
        http.get().uri("/api/v1/me/profile").headers(h -> {
            h.setBearerAuth(token(alice));
            h.setIfNoneMatch("\"p2\"");
        }).exchange().expectStatus().isNotModified();
    }

    @Test
    void aStaleIfMatchIs412AndTheStoredProfileIsUnchanged() {
        put(alice, null, null, FIRST).expectStatus().isOk();
        put(alice, "\"p1\"", null, SECOND).expectStatus().isOk();
        Map<String, Object> before = stored(alice);
        JsonNode profileBefore = profileOf(alice);

        JsonNode stale = problem(put(alice, "\"p1\"", null, FIRST), 412, "precondition-failed");
        assertThat(stale.path("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.path("currentETag").asString()).isEqualTo("\"p2\"");
        assertThat(stale.path("detail").asString()).contains("If-Match: \"p2\"");
        // Tags this service never issued, and '*', are stale too; so is the current version as a weak validator, since
        // If-Match compares strongly (RFC 9110).
        problem(put(alice, "\"v2\"", null, FIRST), 412, "precondition-failed");
        problem(put(alice, "W/\"p2\"", null, FIRST), 412, "precondition-failed");
        problem(put(alice, "*", null, FIRST), 412, "precondition-failed");
        problem(put(alice, "\"p2\"", "*", FIRST), 412, "precondition-failed");

        assertThat(stored(alice)).isEqualTo(before);
        assertThat(profileOf(alice)).isEqualTo(profileBefore);
        assertThat(etagOf(alice)).isEqualTo("\"p2\"");
    }

    @Test
    void changingASavedProfileWithoutIfMatchIs428AndChangesNothing() {
        put(alice, null, null, FIRST).expectStatus().isOk();
        Map<String, Object> before = stored(alice);
        JsonNode required = problem(put(alice, null, null, SECOND), 428, "precondition-required");
        assertThat(required.path("detail").asString()).contains("If-Match: \"p1\"");
        assertThat(required.path("currentETag").asString()).isEqualTo("\"p1\"");
        // Create-only on a saved profile is 412, with the version to use instead.
        JsonNode exists = problem(put(alice, null, "*", SECOND), 412, "precondition-failed");
        assertThat(exists.path("currentETag").asString()).isEqualTo("\"p1\"");
        assertThat(stored(alice)).isEqualTo(before);
        assertThat(profileOf(alice).path("hoursPerWeek").asInt()).isEqualTo(5);
    }

    @Test
    void theFirstProfileNeedsNoPreconditionOrIfNoneMatchStarButNeverAnIfMatch() {
        problem(put(bob, "\"p1\"", null, FIRST), 412, "precondition-failed");
        problem(put(bob, "\"p0\"", null, FIRST), 412, "precondition-failed");
        // The refused write left nothing behind, not even the learner node.
        assertThat(stored(bob)).isEmpty();
        http.get().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(token(bob))).exchange().expectStatus().isNotFound();
        put(bob, null, "*", FIRST).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"p1\"");
        assertThat(etagOf(bob)).isEqualTo("\"p1\"");
    }

    @Test
    void eachLearnerHasTheirOwnProfileAndVersion() {
        put(alice, null, null, FIRST).expectStatus().isOk();
        put(alice, "\"p1\"", null, SECOND).expectStatus().isOk();
        Map<String, Object> alices = stored(alice);
        // Bob holds no profile: Alice's ETag means nothing to him, and his reads and writes never reach hers.
        http.get().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(token(bob))).exchange().expectStatus().isNotFound();
        problem(put(bob, "\"p2\"", null, FIRST), 412, "precondition-failed");
        put(bob, null, null, FIRST).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"p1\"");
        assertThat(stored(alice)).isEqualTo(alices);
        assertThat(etagOf(alice)).isEqualTo("\"p2\"");
        // Without a learner's token there is nothing to see or change.
        PlanningApiIT.problem(http.get().uri("/api/v1/me/profile").exchange(), 401);
    }

    @Test
    void aProfileStoredBeforeVersionsExistedReadsAsVersionZero() {
        try (var session = TestNeo4j.driver().session()) {
            session.run("CREATE (:Learner {subject: $s, profile: $p})", Map.of("s", alice, "p", FIRST)).consume();
        }
        assertThat(etagOf(alice)).isEqualTo("\"p0\"");
        problem(put(alice, null, null, SECOND), 428, "precondition-required");
        put(alice, "\"p0\"", null, SECOND).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"p1\"");
        assertThat(profileOf(alice).path("hoursPerWeek").asInt()).isEqualTo(8);
    }

    @Test
    void twoConcurrentPutsWithTheSameETagExactlyOneSucceeds() throws Exception {
        put(alice, null, null, FIRST).expectStatus().isOk();
        String etag = etagOf(alice);
        for (int round = 0; round < 5; round++) {
            String current = etagOf(alice);
            List<Integer> statuses = race(List.of(
                    () -> put(alice, current, null, withHours(10)).returnResult(String.class).getStatus().value(),
                    () -> put(alice, current, null, withHours(20)).returnResult(String.class).getStatus().value()));
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 412);
            int winner = statuses.get(0) == 200 ? 10 : 20;
            assertThat(profileOf(alice).path("hoursPerWeek").asInt()).isEqualTo(winner);
            assertThat(etagOf(alice)).isEqualTo("\"p" + (round + 2) + "\"");
        }
        assertThat(etag).isEqualTo("\"p1\"");
    }

    @Test
    void twoConcurrentFirstWritesExactlyOneCreates() throws Exception {
        List<Integer> statuses = race(List.of(
                () -> put(bob, null, null, withHours(10)).returnResult(String.class).getStatus().value(),
                () -> put(bob, null, null, withHours(20)).returnResult(String.class).getStatus().value()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 428);
        assertThat(etagOf(bob)).isEqualTo("\"p1\"");
        assertThat(profileOf(bob).path("hoursPerWeek").asInt()).isEqualTo(statuses.get(0) == 200 ? 10 : 20);
    }

    private static String withHours(int hours) {
        return "{\"credentials\": [{\"id\": \"hit\", \"year\": 2021}], \"hoursPerWeek\": " + hours + "}";
    }

    private static List<Integer> race(List<java.util.function.Supplier<Integer>> writers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(writers.size());
        try {
            List<CompletableFuture<Integer>> running = new ArrayList<>();
            for (var writer : writers) {
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return writer.get();
                }, threads));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var f : running) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            threads.shutdown();
        }
    }
}
