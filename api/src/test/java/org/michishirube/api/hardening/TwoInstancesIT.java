package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_A;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_B;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.api.MichishirubeApplication;
import org.michishirube.api.revision.RevisionTesting;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.testing.TestNeo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service, each its own application context on its own port, against one Neo4j over Bolt, as
 * operations.md's scale-out describes: a publication through one is served by the other after its next poll, the
 * draft's If-Match rule holds across instances, and once converged both answer search and reads alike.
 */
class TwoInstancesIT {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** Many poll intervals: on a loaded machine a snapshot rebuild can take seconds; only the eventual answer is asserted. */
    static final Duration CONVERGENCE = Duration.ofSeconds(30);
    static final String DRAFT = "/api/v1/drafts/miis@2027";
    /** A word that no shipped framework version has, so only the published revision can be found by it. */
    static final String WORD = "quokkagraphy";
    static final String NEW_TARGET = "miis.dicom.quokkagraphy";

    static ConfigurableApplicationContext instanceA;
    static ConfigurableApplicationContext instanceB;
    static WebTestClient a;
    static WebTestClient b;

    @BeforeAll
    static void startTwoInstances() {
        // One after the other: the schema migrations take a lock that a second instance starting meanwhile fails on.
        instanceA = start();
        instanceB = start();
        a = RevisionTesting.largeAnswers(port(instanceA));
        b = RevisionTesting.largeAnswers(port(instanceB));
    }

    private static ConfigurableApplicationContext start() {
        // Command-line arguments, so they win over application-test.yaml (builder properties would only be defaults).
        return new SpringApplicationBuilder(MichishirubeApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.neo4j.uri=" + TestNeo4j.boltUri(),
                "--michishirube.snapshot.poll-interval=" + POLL_INTERVAL.toSeconds() + "s",
                "--spring.main.register-shutdown-hook=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stopBoth() {
        if (instanceB != null) {
            instanceB.close();
        }
        if (instanceA != null) {
            instanceA.close();
        }
    }

    /** Puts the shared graph back for the other tests, and both snapshots with it. */
    @BeforeEach
    @AfterEach
    void reset() {
        RevisionTesting.reset(instanceA.getBean(DatasetLoader.class), instanceA.getBean(PublishedGraph.class));
        instanceB.getBean(PublishedGraph.class).refresh();
    }

    @Test
    void aPublicationThroughOneInstanceIsServedByTheOtherAndBothAgreeOnSearchAndReads() throws InterruptedException {
        createDraftThrough(a);
        assertThat(etag(edit(a, STEWARD_A, "\"d1\"", add(NEW_TARGET)).expectStatus().isOk())).isEqualTo("\"d2\"");
        // Not public yet on either instance.
        assertThat(versions(b)).doesNotContain("miis@2027");
        assertThat(search(b).path("total").asLong()).isZero();

        post(a, DRAFT + "/submit", STEWARD_A, "\"d2\"");
        post(a, DRAFT + "/approve", STEWARD_B, "\"d3\"");
        a.post().uri(DRAFT + "/publish").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d4\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"effectiveDate\": \"2027-04-01\"}")
                .exchange().expectStatus().isOk();
        // The instance that published rebuilt its snapshot in the request.
        assertThat(versions(a)).contains("miis@2027");

        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (!versions(b).contains("miis@2027") && System.nanoTime() < deadline) {
            Thread.sleep(POLL_INTERVAL.toMillis() / 4);
        }
        JsonNode served = b.get().uri("/api/v1/frameworks/miis/versions").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(statusOf(served, "miis@2027")).as("B serves A's publication within " + CONVERGENCE).isEqualTo("published");
        assertThat(statusOf(served, "miis@2011")).isEqualTo("retired");

        long revisionA = instanceA.getBean(PublishedGraph.class).snapshot().revision();
        assertThat(instanceB.getBean(PublishedGraph.class).snapshot().revision()).isEqualTo(revisionA);
        String versionsETag = "W/\"r" + revisionA + "\"";
        assertThat(etag(a.get().uri("/api/v1/frameworks/miis/versions").exchange().expectStatus().isOk())).isEqualTo(versionsETag);
        assertThat(etag(b.get().uri("/api/v1/frameworks/miis/versions").exchange().expectStatus().isOk())).isEqualTo(versionsETag);

        // Search and the snapshot agree: the same hits on both, and the new target among them.
        JsonNode foundOnA = search(a);
        assertThat(foundOnA.toString()).contains(NEW_TARGET);
        assertThat(search(b)).isEqualTo(foundOnA);
        EntityExchangeResult<JsonNode> targetOnA = target(a);
        EntityExchangeResult<JsonNode> targetOnB = target(b);
        assertThat(targetOnA.getResponseBody().path("id").asString()).isEqualTo(NEW_TARGET);
        assertThat(targetOnB.getResponseBody()).isEqualTo(targetOnA.getResponseBody());
        assertThat(targetOnB.getResponseHeaders().getETag()).isEqualTo(targetOnA.getResponseHeaders().getETag()).isEqualTo(versionsETag);
    }

    @Test
    void editsThroughBothInstancesWithTheSameETagGiveOne412AndLoseNothing() {
        createDraftThrough(a);
        String readOnA = etag(a.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk());
        String readOnB = etag(b.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_B)).exchange().expectStatus().isOk());
        assertThat(readOnA).isEqualTo(readOnB).isEqualTo("\"d1\"");

        edit(a, STEWARD_A, readOnA, add("miis.dicom.from-a")).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"d2\"");
        JsonNode stale = edit(b, STEWARD_B, readOnB, add("miis.dicom.from-b")).expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(stale.path("type").asString()).endsWith("/precondition-failed");
        assertThat(stale.path("currentETag").asString()).isEqualTo("\"d2\"");

        // Whichever instance reads it, the draft has A's edit and not B's.
        for (WebTestClient instance : new WebTestClient[] {a, b}) {
            String targets = instance.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_B)).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals("ETag", "\"d2\"").expectBody(JsonNode.class).returnResult().getResponseBody()
                    .path("targets").toString();
            assertThat(targets).contains("miis.dicom.from-a").doesNotContain("miis.dicom.from-b");
        }
    }

    private static void createDraftThrough(WebTestClient instance) {
        instance.post().uri("/api/v1/frameworks/miis/drafts").headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": \"2027\"}").exchange().expectStatus().isCreated();
    }

    private static String add(String id) {
        return """
                {"op": "add", "id": "%s", "parent": "miis.dicom.objects", "domain": "miis.imaging-standards", "kind": "topic",
                 "name": {"ja": "新しい項目 %s", "en": "New item %s (%s)"}}""".formatted(id, id, id, WORD);
    }

    private static WebTestClient.ResponseSpec edit(WebTestClient instance, String token, String ifMatch, String body) {
        return instance.post().uri(DRAFT + "/operations").headers(h -> { h.setBearerAuth(token); h.setIfMatch(ifMatch); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void post(WebTestClient instance, String uri, String token, String ifMatch) {
        instance.post().uri(uri).headers(h -> { h.setBearerAuth(token); h.setIfMatch(ifMatch); }).exchange().expectStatus().isOk();
    }

    private static String etag(WebTestClient.ResponseSpec spec) {
        return spec.returnResult(String.class).getResponseHeaders().getETag();
    }

    private static String versions(WebTestClient instance) {
        return instance.get().uri("/api/v1/frameworks/miis/versions").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }

    private static String statusOf(JsonNode versions, String id) {
        for (JsonNode v : versions) {
            if (id.equals(v.path("id").asString())) {
                return v.path("status").asString();
            }
        }
        return null;
    }

    private static JsonNode search(WebTestClient instance) {
        return instance.get().uri(u -> u.path("/api/v1/search").queryParam("q", WORD).build()).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static EntityExchangeResult<JsonNode> target(WebTestClient instance) {
        return instance.get().uri("/api/v1/targets/" + NEW_TARGET).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult();
    }
}
