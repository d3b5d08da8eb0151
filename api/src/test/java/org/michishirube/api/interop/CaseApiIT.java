package org.michishirube.api.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.Fixtures;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class CaseApiIT {

    WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        // Whole packages are larger than the test client's default buffer.
        this.http = client.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
    }

    private final String steward = Tokens.forRoles("steward-" + System.nanoTime(), List.of("steward"));
    private final String learner = Tokens.forRoles("learner-" + System.nanoTime(), List.of("learner"));

    @Test
    void aConsumerWalksFromTheDocumentListToItemsAndAssociations() {
        JsonNode docs = get("/ims/case/v1p1/CFDocuments");
        assertThat(docs.get("CFDocuments").size()).isEqualTo(6);
        JsonNode hit = null;
        for (JsonNode d : docs.get("CFDocuments")) {
            if (d.at("/extensions/michishirube/version").asString().equals("hit@fy2020")) {
                hit = d;
            }
        }
        assertThat(hit).isNotNull();
        String docId = hit.get("identifier").asString();
        assertThat(hit.get("uri").asString()).startsWith("http://localhost:").endsWith("/ims/case/v1p1/CFDocuments/" + docId);
        assertThat(get("/ims/case/v1p1/CFDocuments/" + docId)).isEqualTo(hit);
        JsonNode pkg = get("/ims/case/v1p1/CFPackages/" + docId);
        assertThat(pkg.get("CFItems").size()).isEqualTo(203);
        assertThat(get("/api/v1/frameworks/hit/versions/current/case")).isEqualTo(pkg);
        JsonNode item = pkg.get("CFItems").get(5);
        String itemId = item.get("identifier").asString();
        assertThat(get("/ims/case/v1p1/CFItems/" + itemId)).isEqualTo(item);
        JsonNode withAssociations = get("/ims/case/v1p1/CFItemAssociations/" + itemId);
        assertThat(withAssociations.get("CFItem")).isEqualTo(item);
        assertThat(withAssociations.get("CFAssociations").size()).isPositive();
        String associationId = withAssociations.get("CFAssociations").get(0).get("identifier").asString();
        assertThat(get("/ims/case/v1p1/CFAssociations/" + associationId).get("identifier").asString()).isEqualTo(associationId);
        problem(http.get().uri("/ims/case/v1p1/CFItems/00000000-0000-0000-0000-000000000000").exchange(), 404);
    }

    @Test
    void itemsCarryTheDatasetsAlternativeLabelsInCaseAndCtdl() {
        // labels.yaml, read here: hit.sys.his.ehr has 電子カルテ, 電子診療録, 電子医療記録 / EHR, EMR, …
        JsonNode labels = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(
                org.michishirube.dataset.DatasetSource.class.getResourceAsStream("/dataset/labels.yaml")).path("labels").path("hit.sys.his.ehr");
        String ja = String.join("; ", labels.path("ja").valueStream().map(JsonNode::asString).toList());
        String en = String.join("; ", labels.path("en").valueStream().map(JsonNode::asString).toList());
        JsonNode pkg = get("/api/v1/frameworks/hit/versions/current/case");
        JsonNode ehr = pkg.get("CFItems").valueStream().filter(i -> "hit.sys.his.ehr".equals(i.path("humanCodingScheme").asString()))
                .findFirst().orElseThrow();
        // The item's language is Japanese; the English labels travel with the English statement.
        assertThat(ehr.path("alternativeLabel").asString()).isEqualTo(ja);
        assertThat(ehr.path("extensions").path("translations").path("en").path("alternativeLabel").asString()).isEqualTo(en);
        // Served the same through the CASE provider.
        assertThat(get("/ims/case/v1p1/CFItems/" + ehr.get("identifier").asString()).path("alternativeLabel").asString()).isEqualTo(ja);
        // CTDL-ASN: the same labels as the competency's concept keywords, per language.
        JsonNode ctdl = get("/api/v1/frameworks/hit/versions/current/ctdl");
        JsonNode competency = ctdl.get("@graph").valueStream().filter(n -> "hit.sys.his.ehr".equals(n.path("ceasn:codedNotation").asString()))
                .findFirst().orElseThrow();
        assertThat(String.join("; ", competency.path("ceasn:conceptKeyword").path("ja").valueStream().map(JsonNode::asString).toList())).isEqualTo(ja);
        assertThat(String.join("; ", competency.path("ceasn:conceptKeyword").path("en").valueStream().map(JsonNode::asString).toList())).isEqualTo(en);
        // An item without labels has none.
        assertThat(pkg.get("CFItems").valueStream().filter(i -> "hit.it.db.sql".equals(i.path("humanCodingScheme").asString()))
                .findFirst().orElseThrow().has("alternativeLabel")).isFalse();
    }

    @Test
    void aStewardImportsAPackageAsADraftThatOnlyStewardsSee() {
        String smartLevel = Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json");
        problem(http.post().uri("/api/v1/interop/case/imports?framework=smartlevel&version=1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(smartLevel).exchange(), 401);
        problem(http.post().uri("/api/v1/interop/case/imports?framework=smartlevel&version=1").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(learner)).bodyValue(smartLevel).exchange(), 403);
        String framework = "smart" + (System.nanoTime() % 100000);
        var created = http.post().uri("/api/v1/interop/case/imports?framework=" + framework + "&version=1&credentialNameJa=スマート&credentialNameEn=Smart")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue(smartLevel)
                .exchange().expectStatus().isCreated().expectHeader().valueEquals("ETag", "\"d1\"").expectBody(JsonNode.class).returnResult();
        JsonNode draft = created.getResponseBody();
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/v1/drafts/" + framework + "@1");
        assertThat(draft.get("targetCount").asInt()).isEqualTo(14);
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.has("base")).isFalse();
        assertThat(draft.at("/imported/createsCredential").asString()).isEqualTo(framework);
        assertThat(draft.at("/imported/createsFramework").asString()).isEqualTo(framework);
        assertThat(draft.at("/changes/added").asInt()).isEqualTo(14);

        JsonNode drafts = http.get().uri("/api/v1/drafts").headers(h -> h.setBearerAuth(steward)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(drafts.findValuesAsString("id")).contains(framework + "@1");
        JsonNode read = http.get().uri("/api/v1/drafts/" + framework + "@1").headers(h -> h.setBearerAuth(steward)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(read.get("targets").size()).isEqualTo(14);
        JsonNode exported = http.get().uri("/api/v1/drafts/" + framework + "@1/case").headers(h -> h.setBearerAuth(steward)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(exported.at("/CFDocument/identifier").asString()).isEqualTo("d0000000-0000-0000-0000-000000000000");
        assertThat(exported.at("/CFDocument/adoptionStatus").asString()).isEqualTo("Draft");
        // The public sees neither the draft nor its framework or credential.
        problem(http.get().uri("/api/v1/drafts/" + framework + "@1").headers(h -> h.setBearerAuth(learner)).exchange(), 404);
        problem(http.get().uri("/api/v1/drafts").exchange(), 404);
        problem(http.get().uri("/api/v1/frameworks/" + framework + "/versions/1/case").exchange(), 404);
        problem(http.get().uri("/ims/case/v1p1/CFDocuments/d0000000-0000-0000-0000-000000000000").exchange(), 404);
        problem(http.get().uri("/api/v1/credentials/" + framework).exchange(), 404);
        // The same package into the same draft again changes nothing; into another framework it is refused, naming both.
        http.post().uri("/api/v1/interop/case/imports?framework=" + framework + "&version=1").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(steward)).bodyValue(smartLevel).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"d1\"");
        JsonNode foreign = problem(http.post().uri("/api/v1/interop/case/imports?framework=other" + framework + "&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue(smartLevel).exchange(), 409);
        assertThat(foreign.get("detail").asString()).contains(framework, "other" + framework);
    }

    @Test
    void aBrokenPackageIsRefusedWithEveryFaultAndNothingIsStored() {
        int before = openDrafts();
        JsonNode malformed = problem(http.post().uri("/api/v1/interop/case/imports?framework=broken&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue("{\"CFDocument\": {").exchange(), 422);
        assertThat(malformed.get("type").asString()).endsWith("/invalid-import");
        assertThat(malformed.get("faults").get(0).get("fault").asString()).startsWith("malformed JSON");
        String cyclic = """
                {"CFDocument":{"identifier":"d1","title":"T","uri":"u","creator":"c","lastChangeDateTime":"2020-01-01T00:00:00"},
                 "CFItems":[{"identifier":"a","fullStatement":"A"},{"identifier":"b","fullStatement":"B"},{"identifier":"c"}],
                 "CFAssociations":[
                  {"identifier":"x1","associationType":"isChildOf","originNodeURI":{"identifier":"a"},"destinationNodeURI":{"identifier":"d1"}},
                  {"identifier":"x2","associationType":"isChildOf","originNodeURI":{"identifier":"b"},"destinationNodeURI":{"identifier":"nowhere"}},
                  {"identifier":"x3","associationType":"precedes","originNodeURI":{"identifier":"a"},"destinationNodeURI":{"identifier":"b"}},
                  {"identifier":"x4","associationType":"precedes","originNodeURI":{"identifier":"b"},"destinationNodeURI":{"identifier":"a"}}]}""";
        JsonNode problem = problem(http.post().uri("/api/v1/interop/case/imports?framework=broken&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue(cyclic).exchange(), 422);
        assertThat(problem.get("faults").size()).isEqualTo(3);
        assertThat(problem.get("faults").toString()).contains("precedes forms a cycle", "nowhere", "/CFItems/2/fullStatement");
        String empty = """
                {"CFDocument":{"identifier":"d2","title":"Empty","uri":"u","creator":"c","lastChangeDateTime":"2020-01-01T00:00:00"},
                 "CFItems":[],"CFAssociations":[]}""";
        JsonNode none = problem(http.post().uri("/api/v1/interop/case/imports?framework=broken&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue(empty).exchange(), 422);
        assertThat(none.get("faults").toString()).contains("no items");
        // Latin-1 bytes are not UTF-8: 400 with the offset of the first bad byte.
        byte[] latin1 = "{\"CFDocument\":{\"title\":\"caf\u00e9\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        JsonNode notUtf8 = problem(http.post().uri("/api/v1/interop/case/imports?framework=broken&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue(latin1).exchange(), 400);
        assertThat(notUtf8.get("offset").asInt()).isEqualTo(27);
        assertThat(openDrafts()).isEqualTo(before);
    }

    @Test
    void importsTakePackagesUpTo50MegabytesAndSayTheLimit() {
        byte[] big = new byte[51 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        JsonNode tooLarge = problem(http.post().uri("/api/v1/interop/case/imports?framework=huge&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue(big).exchange(), 413);
        assertThat(tooLarge.get("detail").asString()).contains("50 MB");
        assertThat(tooLarge.get("limit").asLong()).isEqualTo(50L * 1024 * 1024);
        // 3 MB of whitespace around a small package is over every other endpoint's 2 MB, and fine for an import.
        String pkg = """
                {"CFDocument":{"identifier":"5e0c6a3e-1b2a-4c7e-9a41-%s","uri":"https://x.example/d","creator":"x","title":"Padded",
                 "lastChangeDateTime":"2026-01-01T00:00:00+00:00"},
                 "CFItems":[{"identifier":"5e0c6a3e-1b2a-4c7e-9a41-%s","fullStatement":"One","humanCodingScheme":"1"}],
                 "CFAssociations":[]}""".formatted(String.format("%012d", System.nanoTime() % 1_000_000_000_000L),
                String.format("%012d", (System.nanoTime() + 1) % 1_000_000_000_000L));
        String padded = pkg + " ".repeat(3 * 1024 * 1024);
        http.post().uri("/api/v1/interop/case/imports?framework=padded" + (System.nanoTime() % 100000) + "&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward)).bodyValue(padded).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void aSignedTokenWhoseRolesAreNotNamesIsInvalidNotAServerError() {
        String smartLevel = Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json");
        for (Object roles : List.of(123, java.util.Map.of("steward", true), List.of("steward", 7), "steward")) {
            String odd = Tokens.withRolesClaim(roles);
            JsonNode refused = problem(http.post().uri("/api/v1/interop/case/imports?framework=odd&version=1").contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> h.setBearerAuth(odd)).bodyValue(smartLevel).exchange(), 401);
            assertThat(refused.get("type").asString()).endsWith("/invalid-token");
            problem(http.get().uri("/api/v1/drafts").headers(h -> h.setBearerAuth(odd)).exchange(), 401);
        }
        // A list of role names is the one shape that works.
        http.get().uri("/api/v1/drafts").headers(h -> h.setBearerAuth(Tokens.withRolesClaim(List.of("steward")))).exchange().expectStatus().isOk();
    }

    private int openDrafts() {
        return http.get().uri("/api/v1/drafts").headers(h -> h.setBearerAuth(steward)).exchange().expectBody(JsonNode.class)
                .returnResult().getResponseBody().size();
    }

    static JsonNode problem(WebTestClient.ResponseSpec spec, int status) {
        return spec.expectStatus().isEqualTo(status).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
