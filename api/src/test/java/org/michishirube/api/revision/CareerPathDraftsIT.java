package org.michishirube.api.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.api.revision.RevisionTesting.LEARNER;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_A;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_B;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.TestNeo4j;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 19 item 2: stewards revise, add and retire model career paths through the one lifecycle of drafts (draft → in
 * review → approved by a second steward → published), nothing public before publication, every write audit logged, a
 * refused write leaving the graph as it was, and a published revision outliving a reload of the reference dataset.
 */
@ApiIT
class CareerPathDraftsIT extends RevisionScenario {

    static final String DRAFTS = "/api/v1/career-path-drafts";
    static final String PATH = "vendor-engineer-imaging";

    /** The vendor path with HIT a year earlier and a fourth stage, Senior HIT after the five years of work it asks for. */
    static final String REVISED = """
            {"path": {"id": "vendor-engineer-imaging",
              "name": {"ja": "ベンダーSEから画像情報の専門家へ", "en": "From vendor engineer to imaging-information specialist"},
              "description": {"ja": "ベンダーSEが医療情報技師・医用画像情報専門技師を経て上級医療情報技師へ。", "en": "A vendor engineer climbs from HIT and MIIS to Senior HIT."},
              "stages": [
                {"name": {"ja": "医療情報システムベンダーSE", "en": "Healthcare IT vendor engineer"}, "role": "vendor-se", "typicalYear": 0},
                {"name": {"ja": "医療情報技師", "en": "Healthcare Information Technologist"}, "credential": "hit", "typicalYear": 1},
                {"name": {"ja": "医用画像情報専門技師", "en": "Medical Imaging Information Specialist"}, "role": "imaging-vendor-specialist",
                 "credential": "miis", "typicalYear": 4},
                {"name": {"ja": "上級医療情報技師", "en": "Senior HIT"}, "credential": "senior-hit", "typicalYear": 7, "note": "五年の実務の後"}],
              "sources": [{"id": "jcmi2020-2-g-3-05", "at": "holders and their roles"}],
              "verification": "inferred", "note": "Revised by the stewards in 2026."}}""";

    @Test
    void aRevisionIsPublicOnlyAfterASecondStewardApprovedAndOutlivesAReload() {
        JsonNode before = publicPath(PATH);
        assertThat(before.path("stages")).hasSize(3);

        JsonNode created = http.post().uri(DRAFTS).headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(REVISED).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Location", DRAFTS + "/" + PATH + "@1").expectHeader().valueEquals("ETag", "\"d1\"")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String draft = DRAFTS + "/" + created.path("id").asString();
        assertThat(created.path("status").asString()).isEqualTo("draft");
        assertThat(created.path("base").path("stages")).hasSize(3);
        assertThat(created.path("changes").toString()).contains("stage 2:").contains("stage 4 added");

        // Not public before publication, and a draft does not exist to anyone but stewards.
        assertThat(publicPath(PATH)).isEqualTo(before);
        RevisionApiIT.problem(http.get().uri(draft).headers(h -> h.setBearerAuth(LEARNER)).exchange(), 404);
        RevisionApiIT.problem(http.get().uri(DRAFTS).exchange(), 404);

        step(draft + "/submit", STEWARD_A, "\"d1\"", 200);
        JsonNode own = RevisionApiIT.problem(http.post().uri(draft + "/approve").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d2\""); })
                .exchange(), 409);
        assertThat(own.path("code").asString()).isEqualTo("same-steward");
        RevisionApiIT.problem(http.post().uri(draft + "/publish").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d2\""); })
                .exchange(), 409);
        step(draft + "/approve", STEWARD_B, "\"d2\"", 200);
        RevisionApiIT.problem(http.post().uri(draft + "/publish").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d2\""); })
                .exchange(), 412);
        JsonNode published = step(draft + "/publish", STEWARD_A, "\"d3\"", 200);
        assertThat(published.path("status").asString()).isEqualTo("published");

        JsonNode after = publicPath(PATH);
        assertThat(after.path("stages")).hasSize(4);
        assertThat(after.path("stages").get(1).path("typicalYear").asInt()).isEqualTo(1);
        assertThat(after.path("stages").get(3).path("credential").path("id").asString()).isEqualTo("senior-hit");
        assertThat(after.path("note").asString()).isEqualTo("Revised by the stewards in 2026.");
        // The registry entry's URL with the locator, read from sources.yaml here.
        assertThat(after.path("source").asString()).isEqualTo(registryUrl("jcmi2020-2-g-3-05") + " § holders and their roles");

        JsonNode audit = http.get().uri(draft + "/audit").headers(h -> h.setBearerAuth(STEWARD_B)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(audit.valueStream().map(a -> a.path("action").asString() + ":" + a.path("actor").asString()).toList())
                .containsExactly("create:steward-a", "submit:steward-a", "approve:steward-b", "publish:steward-a");
        assertThat(audit.get(3).path("before")).hasSize(4);
        assertThat(audit.get(3).path("after")).hasSize(5);

        loader.reload();
        graph.refresh();
        assertThat(publicPath(PATH).path("stages")).hasSize(4);
        // The next draft of the same path is its second.
        http.post().uri(DRAFTS).headers(h -> h.setBearerAuth(STEWARD_B)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"retire\": \"" + PATH + "\"}").exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Location", DRAFTS + "/" + PATH + "@2");
    }

    @Test
    void aPathTheGraphContradictsIsRefusedFieldByFieldAndNothingIsStored() {
        Map<String, Object> graphBefore = pathNodes();

        String unknown = REVISED.replace("\"credential\": \"miis\"", "\"credential\": \"no-such-credential\"");
        JsonNode u = post(unknown, 422);
        assertThat(u.path("errors").get(0).path("field").asString()).isEqualTo("path.stages[2].credential");
        assertThat(u.path("errors").get(0).path("code").asString()).isEqualTo("unknown-credential");

        // MIIS needs HIT first (credentials.yaml says so); swapping them puts MIIS before what it requires.
        String swapped = REVISED.replace("\"credential\": \"hit\"", "\"credential\": \"tmp\"")
                .replace("\"credential\": \"miis\"", "\"credential\": \"hit\"").replace("\"credential\": \"tmp\"", "\"credential\": \"miis\"");
        JsonNode s = post(swapped, 422);
        assertThat(s.path("errors").valueStream().map(e -> e.path("code").asString() + "@" + e.path("field").asString()).toList())
                .contains("required-credential-later@path.stages[1].credential");
        String early = REVISED.replace("\"typicalYear\": 7", "\"typicalYear\": 4");
        JsonNode e = post(early, 422);
        assertThat(e.path("errors").get(0).path("code").asString()).isEqualTo("before-years-of-work");
        assertThat(e.path("errors").get(0).path("value").asString()).isEqualTo("5");

        JsonNode malformed = post(REVISED.replace("\"ja\": \"上級医療情報技師\", ", "").replace("\"credential\": \"hit\", \"typicalYear\": 1", "\"credential\": \"hit\", \"typicalYear\": -1")
                .replace("\"verification\": \"inferred\"", "\"verification\": \"certain\""), 400);
        assertThat(malformed.path("errors").valueStream().map(x -> x.path("field").asString()).toList())
                .contains("path.stages[3].name", "path.stages[1].typicalYear", "path.verification");
        JsonNode both = post(REVISED.replace("\"sources\":", "\"source\": \"https://example.org\", \"sources\":"), 400);
        assertThat(both.path("errors").get(0).path("code").asString()).isEqualTo("source-or-sources");
        JsonNode unregistered = post(REVISED.replace("jcmi2020-2-g-3-05", "no-such-source"), 422);
        assertThat(unregistered.path("field").asString()).isEqualTo("sources[0].id");
        post("{\"retire\": \"no-such-path\"}", 409);
        post("{}", 400);

        assertThat(pathNodes()).isEqualTo(graphBefore);
    }

    @Test
    void aNewPathAndARetirementGoThroughTheSameReviewAndOnlyOneDraftPerPathIsOpen() {
        String body = REVISED.replace("\"id\": \"vendor-engineer-imaging\"", "\"id\": \"vendor-engineer-to-senior-hit\"");
        JsonNode created = post(body, 201);
        String draft = DRAFTS + "/" + created.path("id").asString();
        assertThat(created.path("changes").get(0).asString()).isEqualTo("new path with 4 stages");
        http.get().uri("/api/v1/career-paths/vendor-engineer-to-senior-hit").exchange().expectStatus().isNotFound();
        JsonNode second = post(body, 409);
        assertThat(second.path("code").asString()).isEqualTo("draft-open");

        // Edited before review: the years move, the id may not.
        JsonNode edited = http.put().uri(draft).headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d1\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body.replace("\"typicalYear\": 7", "\"typicalYear\": 8")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"d2\"").expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(edited.path("proposed").path("stages").get(3).path("typicalYear").asInt()).isEqualTo(8);
        RevisionApiIT.problem(http.put().uri(draft).headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d2\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(REVISED).exchange(), 400);
        RevisionApiIT.problem(http.put().uri(draft).headers(h -> h.setBearerAuth(STEWARD_A))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 428);
        RevisionApiIT.problem(http.put().uri(draft).headers(h -> { h.setBearerAuth(LEARNER); h.setIfMatch("\"d2\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 403);

        step(draft + "/submit", STEWARD_A, "\"d2\"", 200);
        step(draft + "/approve", STEWARD_B, "\"d3\"", 200);
        step(draft + "/publish", STEWARD_B, "\"d4\"", 200);
        assertThat(publicPath("vendor-engineer-to-senior-hit").path("stages").get(3).path("typicalYear").asInt()).isEqualTo(8);

        // Retiring a seeded path: gone from the catalogue once published, and a reload does not bring it back.
        JsonNode retire = post("{\"retire\": \"informatics-graduate\"}", 201);
        String r = DRAFTS + "/" + retire.path("id").asString();
        assertThat(retire.path("retires").asBoolean()).isTrue();
        step(r + "/submit", STEWARD_A, "\"d1\"", 200);
        step(r + "/approve", STEWARD_B, "\"d2\"", 200);
        step(r + "/publish", STEWARD_A, "\"d3\"", 200);
        http.get().uri("/api/v1/career-paths/informatics-graduate").exchange().expectStatus().isNotFound();
        loader.reload();
        graph.refresh();
        http.get().uri("/api/v1/career-paths/informatics-graduate").exchange().expectStatus().isNotFound();
        JsonNode list = http.get().uri(DRAFTS).headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list.valueStream().map(d -> d.path("id").asString() + ":" + d.path("status").asString()).toList())
                .containsExactlyInAnyOrder("vendor-engineer-to-senior-hit@1:published", "informatics-graduate@1:published");
    }

    private JsonNode post(String body, int status) {
        WebTestClient.ResponseSpec spec = http.post().uri(DRAFTS).headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
        return status == 201 ? spec.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                : RevisionApiIT.problem(spec, status);
    }

    private JsonNode step(String uri, String token, String etag, int status) {
        return http.post().uri(uri).headers(h -> { h.setBearerAuth(token); h.setIfMatch(etag); }).exchange().expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode publicPath(String id) {
        return http.get().uri("/api/v1/career-paths/" + id).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    /** Every career path and draft node with its properties, read from the database. */
    private static Map<String, Object> pathNodes() {
        try (var session = TestNeo4j.driver().session()) {
            List<Map<String, Object>> rows = session.run("""
                    MATCH (n) WHERE n:CareerPath OR n:CareerPathDraft OR n:DraftAudit RETURN labels(n)[0] + ':' + n.id AS k, properties(n) AS p
                    ORDER BY k""").list(r -> Map.of("k", r.get("k").asString(), "p", r.get("p").asMap()));
            return Map.of("nodes", rows);
        }
    }

    private static String registryUrl(String id) {
        JsonNode registry = YAMLMapper.builder().build().readTree(
                org.michishirube.dataset.DatasetSource.class.getResourceAsStream("/dataset/sources.yaml")).path("sources");
        return registry.valueStream().filter(x -> x.path("id").asString().equals(id)).findFirst().orElseThrow().path("url").asString();
    }
}
