package org.michishirube.api.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.api.revision.RevisionTesting.ADMIN;
import static org.michishirube.api.revision.RevisionTesting.EDUCATOR;
import static org.michishirube.api.revision.RevisionTesting.LEARNER;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_A;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_B;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.TestNeo4j;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Who may do what with drafts, optimistic locking with two concurrent editors, rejected operations, proposals and review status. */
@ApiIT
class RevisionApiIT extends RevisionScenario {

    static final String DRAFT = "/api/v1/drafts/miis@2027";

    private void createDraft() {
        http.post().uri("/api/v1/frameworks/miis/drafts").headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": \"2027\"}").exchange().expectStatus().isCreated();
    }

    private static String add(String id) {
        return """
                {"op": "add", "id": "%s", "parent": "miis.dicom.objects", "domain": "miis.imaging-standards", "kind": "topic",
                 "name": {"ja": "新しい項目 %s", "en": "New item %s"}}""".formatted(id, id, id);
    }

    private WebTestClient.ResponseSpec edit(String token, String ifMatch, String body) {
        return http.post().uri(DRAFT + "/operations").headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
            if (ifMatch != null) {
                h.setIfMatch(ifMatch);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void onlyStewardsAndAdminsEditAndDraftsAreInvisibleToEveryoneElse() {
        problem(http.post().uri("/api/v1/frameworks/miis/drafts").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\": \"2027\"}")
                .exchange(), 401);
        for (String token : List.of(LEARNER, EDUCATOR)) {
            problem(http.post().uri("/api/v1/frameworks/miis/drafts").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\": \"2027\"}").exchange(), 403);
        }
        createDraft();
        problem(edit(null, "\"d1\"", add("miis.dicom.x")), 401);
        problem(edit(LEARNER, "\"d1\"", add("miis.dicom.x")), 403);
        problem(edit(EDUCATOR, "\"d1\"", add("miis.dicom.x")), 403);
        for (String uri : List.of(DRAFT, DRAFT + "/diff", DRAFT + "/impact", DRAFT + "/audit", DRAFT + "/comments", "/api/v1/frameworks/miis/drafts")) {
            problem(http.get().uri(uri).exchange(), 404);
            problem(http.get().uri(uri).headers(h -> h.setBearerAuth(LEARNER)).exchange(), 404);
            problem(http.get().uri(uri).headers(h -> h.setBearerAuth(EDUCATOR)).exchange(), 404);
            http.get().uri(uri).headers(h -> h.setBearerAuth(STEWARD_B)).exchange().expectStatus().isOk();
            http.get().uri(uri).headers(h -> h.setBearerAuth(ADMIN)).exchange().expectStatus().isOk();
        }
        edit(ADMIN, "\"d1\"", add("miis.dicom.by-admin")).expectStatus().isOk();
        // The public snapshot knows nothing of the draft.
        String versions = http.get().uri("/api/v1/frameworks/miis/versions").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(versions).doesNotContain("miis@2027");
        problem(http.get().uri("/api/v1/targets/miis.dicom.by-admin").exchange(), 404);
        problem(http.get().uri("/api/v1/frameworks/miis/impact?from=2011&to=2011").headers(h -> h.setBearerAuth(LEARNER)).exchange(), 403);
        http.get().uri("/api/v1/frameworks/miis/impact?from=2011&to=2011").headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk();
    }

    @Test
    void twoConcurrentEditorsWithTheSameETagOneWinsTheOtherGets412AndNothingIsLost() throws Exception {
        createDraft();
        String etag = http.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
        assertThat(etag).isEqualTo("\"d1\"");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> editors = new ArrayList<>();
        for (var editor : List.of(Map.entry(STEWARD_A, "miis.dicom.from-a"), Map.entry(STEWARD_B, "miis.dicom.from-b"))) {
            editors.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return edit(editor.getKey(), etag, add(editor.getValue())).returnResult(String.class).getStatus().value();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var f : editors) {
            statuses.add(f.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        String winner = statuses.get(0) == 200 ? "miis.dicom.from-a" : "miis.dicom.from-b";
        String loser = statuses.get(0) == 200 ? "miis.dicom.from-b" : "miis.dicom.from-a";
        JsonNode draft = http.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"d2\"").expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(draft.path("targets").toString()).contains(winner).doesNotContain(loser);
        // The loser reads again and retries: both edits are kept.
        edit(STEWARD_B, "\"d2\"", add(loser)).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"d3\"");
        String targets = http.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectBody(JsonNode.class).returnResult()
                .getResponseBody().path("targets").toString();
        assertThat(targets).contains(winner).contains(loser);
        JsonNode stale = problem(edit(STEWARD_A, "\"d2\"", add("miis.dicom.late")), 412);
        assertThat(stale.path("currentETag").asString()).isEqualTo("\"d3\"");
        problem(edit(STEWARD_A, null, add("miis.dicom.late")), 428);
        problem(edit(STEWARD_A, "\"v3\"", add("miis.dicom.late")), 412);
        // If-Match compares strongly (RFC 9110): the current revision as a weak validator does not match.
        problem(edit(STEWARD_A, "W/\"d3\"", add("miis.dicom.late")), 412);
        edit(STEWARD_A, "\"d3\"", add("miis.dicom.late")).expectStatus().isOk();
    }

    @Test
    void aRejectedOperationChangesNothingAndSaysWhy() {
        createDraft();
        String before = draftNode();
        // miis.dicom.transfer-syntax already needs miis.dicom.iod-sop (miis@2011.yaml): the reverse link closes a cycle.
        JsonNode cycle = problem(edit(STEWARD_A, "\"d1\"", """
                {"op": "link-prerequisite", "target": "miis.dicom.iod-sop", "prerequisite": "miis.dicom.transfer-syntax"}"""), 422);
        assertThat(cycle.path("type").asString()).endsWith("/operation-rejected");
        assertThat(cycle.path("reasons").get(0).path("reason").asString()).isEqualTo("prerequisite-cycle");
        assertThat(cycle.path("reasons").get(0).path("evidence").toString()).contains("miis.dicom.iod-sop").contains("miis.dicom.transfer-syntax");
        JsonNode language = problem(edit(STEWARD_A, "\"d1\"", """
                {"op": "add", "id": "miis.dicom.half", "parent": "miis.dicom.objects", "domain": "miis.imaging-standards", "kind": "topic",
                 "name": {"ja": "片方だけ"}}"""), 422);
        assertThat(language.path("reasons").get(0).path("reason").asString()).isEqualTo("missing-text");
        assertThat(language.path("reasons").get(0).path("evidence").toString()).contains("en");
        JsonNode dangling = problem(edit(STEWARD_A, "\"d1\"", """
                {"op": "retire", "target": "miis.dicom.iod-sop"}"""), 422);
        assertThat(dangling.path("reasons").get(0).path("reason").asString()).isEqualTo("still-referenced");
        JsonNode unknown = problem(edit(STEWARD_A, "\"d1\"", """
                {"op": "link-prerequisite", "target": "miis.dicom.sr", "prerequisite": "miis.nothing.here"}"""), 422);
        assertThat(unknown.path("reasons").get(0).path("reason").asString()).isEqualTo("unknown-target");
        problem(edit(STEWARD_A, "\"d1\"", "{\"op\": \"explode\"}"), 400);
        assertThat(draftNode()).isEqualTo(before);
        // In review, a draft cannot be edited; reopened, it can.
        http.post().uri(DRAFT + "/submit").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d1\""); }).exchange().expectStatus().isOk();
        JsonNode inReview = problem(edit(STEWARD_A, "\"d2\"", add("miis.dicom.x")), 409);
        assertThat(inReview.path("code").asString()).isEqualTo("not-editable");
        problem(http.post().uri(DRAFT + "/publish").headers(h -> { h.setBearerAuth(STEWARD_B); h.setIfMatch("\"d2\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 409);
        http.post().uri(DRAFT + "/reopen").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d2\""); }).exchange().expectStatus().isOk();
        edit(STEWARD_A, "\"d3\"", """
                {"op": "unlink-prerequisite", "target": "miis.dicom.transfer-syntax", "prerequisite": "miis.dicom.iod-sop"}""")
                .expectStatus().isOk();
    }

    @Test
    void proposalsCarryEvidenceAndOneBecomesADraftOperationInOneCall() {
        JsonNode proposals = http.get().uri("/api/v1/frameworks/miis/proposals").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(proposals.path("version").asString()).isEqualTo("miis@2011");
        assertThat(proposals.path("proposals").size()).isPositive();
        proposals.path("proposals").forEach(p -> {
            assertThat(p.path("evidence").path("ja").asString()).isNotBlank();
            assertThat(p.path("evidence").path("en").asString()).isNotBlank();
            assertThat(p.path("suggestedOperation").path("op").asString()).isIn(Operations.NAMES);
        });
        createDraft();
        String applied = null;
        int revision = 1;
        for (JsonNode p : proposals.path("proposals")) {
            int status = http.post().uri(DRAFT + "/operations/from-proposal").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d1\""); })
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("proposal", p.path("id").asString()))
                    .exchange().returnResult(String.class).getStatus().value();
            assertThat(status).isIn(200, 422);
            if (status == 200) {
                applied = p.path("id").asString();
                revision = 2;
                break;
            }
        }
        assertThat(applied).isNotNull();
        JsonNode audit = http.get().uri(DRAFT + "/audit").headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(audit.get(1).path("operation").path("proposal").asString()).isEqualTo(applied);
        assertThat(audit.get(1).path("revision").asInt()).isEqualTo(revision);
        problem(http.post().uri(DRAFT + "/operations/from-proposal").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d2\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"proposal\": \"unused:miis.nope\"}").exchange(), 404);
    }

    @Test
    void reviewStatusFollowsTheEffectiveDateAndCycle() {
        JsonNode hit = http.get().uri("/api/v1/frameworks/hit/review-status").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        String effective = RevisionTesting.yaml("dataset/src/main/resources/dataset/frameworks/hit@fy2020.yaml").path("effectiveDate").asString();
        int cycle = http.get().uri("/api/v1/frameworks/hit").exchange().expectBody(JsonNode.class).returnResult().getResponseBody()
                .path("reviewCycleYears").asInt();
        assertThat(hit.path("due").asString()).isEqualTo(LocalDate.parse(effective).plusYears(cycle).toString());
        assertThat(hit.path("total").asInt()).isEqualTo(sum(hit.path("accumulated")));
        JsonNode miis = http.get().uri("/api/v1/frameworks/miis/review-status").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        // miis@2011.yaml has no effective date.
        assertThat(miis.path("state").asString()).isEqualTo("unknown");
        problem(http.get().uri("/api/v1/frameworks/nope/review-status").exchange(), 404);
    }

    private static int sum(JsonNode counts) {
        int total = 0;
        for (JsonNode n : counts) {
            total += n.asInt();
        }
        return total;
    }

    private static String draftNode() {
        try (var session = TestNeo4j.driver().session()) {
            return session.run("MATCH (d:Draft {id: 'miis@2027'}) OPTIONAL MATCH (d)-[:LOGGED]->(a) "
                    + "RETURN properties(d) AS d, count(a) AS logged").single().toString();
        }
    }

    static JsonNode problem(WebTestClient.ResponseSpec spec, int status) {
        return spec.expectStatus().isEqualTo(status).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
