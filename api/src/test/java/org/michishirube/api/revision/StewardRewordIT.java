package org.michishirube.api.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_A;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_B;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 item 7: a steward replaces an item's wording and sets its source and level in one reword operation, under
 * the one lifecycle (draft, four eyes, publish), and the public read then shows all three.
 */
@ApiIT
class StewardRewordIT extends RevisionScenario {

    static final String DRAFT = "/api/v1/drafts/miis@2027";
    static final String TARGET = "miis.dose.collection";
    static final String SOURCE = "https://example.org/official/miis-sbo.pdf#p12";
    static final String REWORD = """
            {"op": "reword", "target": "miis.dose.collection",
             "name": {"ja": "線量構造化レポート (RDSR) を収集し管理できる", "en": "Can collect and manage radiation dose structured reports (RDSR)"},
             "description": {"ja": "公式SBO本文による。", "en": "From the official SBO text."},
             "source": "%s", "verification": "secondary"}""".formatted(SOURCE);

    @Test
    void stewardARewordsWithSourceAndLevelStewardBApprovesAndThePublicReadShowsAll() {
        JsonNode before = target();
        assertThat(before.path("name").path("en").asString()).isNotEqualTo("Can collect and manage radiation dose structured reports (RDSR)");
        assertThat(before.path("source").asString()).isNotEqualTo(SOURCE);

        http.post().uri("/api/v1/frameworks/miis/drafts").headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": \"2027\"}").exchange().expectStatus().isCreated();
        JsonNode applied = http.post().uri(DRAFT + "/operations").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d1\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(REWORD).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"d2\"").expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(applied.toString()).contains(TARGET);

        // Not public until published.
        assertThat(target().path("source").asString()).isEqualTo(before.path("source").asString());

        post(DRAFT + "/submit", STEWARD_A, "\"d2\"", 200);
        RevisionApiIT.problem(http.post().uri(DRAFT + "/approve").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d3\""); })
                .exchange(), 409);
        post(DRAFT + "/approve", STEWARD_B, "\"d3\"", 200);
        http.post().uri(DRAFT + "/publish").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d4\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"effectiveDate\": \"2027-04-01\"}")
                .exchange().expectStatus().isOk();

        JsonNode after = target();
        assertThat(after.path("version").asString()).isEqualTo("miis@2027");
        assertThat(after.path("name").path("ja").asString()).isEqualTo("線量構造化レポート (RDSR) を収集し管理できる");
        assertThat(after.path("name").path("en").asString()).isEqualTo("Can collect and manage radiation dose structured reports (RDSR)");
        assertThat(after.path("description").path("en").asString()).isEqualTo("From the official SBO text.");
        assertThat(after.path("source").asString()).isEqualTo(SOURCE);
        assertThat(after.path("verification").asString()).isEqualTo("secondary");
        // The audit log keeps the operation as sent, provenance included.
        JsonNode audit = http.get().uri(DRAFT + "/audit").headers(h -> h.setBearerAuth(STEWARD_B)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(audit.get(1).path("operation").path("source").asString()).isEqualTo(SOURCE);
        assertThat(audit.get(1).path("operation").path("verification").asString()).isEqualTo("secondary");
    }

    @Test
    void badRewordsAreProblemsAndLeaveTheDraftAsItWas() {
        http.post().uri("/api/v1/frameworks/miis/drafts").headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": \"2027\"}").exchange().expectStatus().isCreated();
        JsonNode draft = draft();

        JsonNode level = operation("{\"op\": \"reword\", \"target\": \"" + TARGET + "\", \"verification\": \"certain\"}", 400);
        assertThat(level.path("type").asString()).endsWith("/validation-failed");
        assertThat(level.path("errors").toString()).contains("verification");
        JsonNode blank = operation("{\"op\": \"reword\", \"target\": \"" + TARGET + "\", \"source\": \" \"}", 400);
        assertThat(blank.path("errors").toString()).contains("source");
        JsonNode unknown = operation("{\"op\": \"reword\", \"target\": \"miis.no-such-item\", \"source\": \"https://example.org\"}", 422);
        assertThat(unknown.path("type").asString()).endsWith("/operation-rejected");
        // The same source and level it already has change nothing: refused, not logged.
        JsonNode same = operation("{\"op\": \"reword\", \"target\": \"" + TARGET + "\", \"source\": \"" + target().path("source").asString()
                + "\", \"verification\": \"" + target().path("verification").asString() + "\"}", 422);
        assertThat(same.toString()).contains("no-change");

        // Registry citations: an unknown id is refused naming its field; free text and registry ids together are malformed.
        JsonNode unregistered = operation("{\"op\": \"reword\", \"target\": \"" + TARGET + "\", \"sources\": [{\"id\": \"no-such-source\"}]}", 422);
        assertThat(unregistered.path("type").asString()).endsWith("/operation-rejected");
        assertThat(unregistered.path("field").asString()).isEqualTo("sources[0].id");
        JsonNode both = operation("{\"op\": \"reword\", \"target\": \"" + TARGET + "\", \"source\": \"https://example.org\", "
                + "\"sources\": [{\"id\": \"jcmi2020-2-g-3-04\"}]}", 400);
        assertThat(both.path("errors").toString()).contains("sources");

        assertThat(draft()).isEqualTo(draft);
    }

    @Test
    void aRewordCitesTheRegistryByIdAndLocatorAndTheTargetKeepsTheSourcesUrl() {
        http.post().uri("/api/v1/frameworks/miis/drafts").headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": \"2027\"}").exchange().expectStatus().isCreated();
        String body = "{\"op\": \"reword\", \"target\": \"" + TARGET + "\", \"sources\": [{\"id\": \"jcmi2020-2-g-3-04\", \"at\": \"p. 2\"}], "
                + "\"verification\": \"corroborated\"}";
        http.post().uri(DRAFT + "/operations").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d1\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isOk();
        // sources.yaml, read here: the registry entry's URL, then the locator.
        JsonNode registry = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(
                org.michishirube.dataset.DatasetSource.class.getResourceAsStream("/dataset/sources.yaml")).path("sources");
        String url = registry.valueStream().filter(x -> x.path("id").asString().equals("jcmi2020-2-g-3-04")).findFirst().orElseThrow()
                .path("url").asString();
        JsonNode draft = http.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(draft.path("changelog").toString()).contains("corroborated (" + url + " § p. 2)");
        JsonNode audit = http.get().uri(DRAFT + "/audit").headers(h -> h.setBearerAuth(STEWARD_B)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(audit.get(1).path("operation").path("source").asString()).isEqualTo(url + " § p. 2");
    }

    private JsonNode operation(String body, int status) {
        return RevisionApiIT.problem(http.post().uri(DRAFT + "/operations").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d1\""); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), status);
    }

    private JsonNode draft() {
        return http.get().uri(DRAFT).headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"d1\"").expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode target() {
        return http.get().uri("/api/v1/targets/" + TARGET).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    private void post(String uri, String token, String etag, int status) {
        http.post().uri(uri).headers(h -> { h.setBearerAuth(token); h.setIfMatch(etag); }).exchange().expectStatus().isEqualTo(status);
    }
}
