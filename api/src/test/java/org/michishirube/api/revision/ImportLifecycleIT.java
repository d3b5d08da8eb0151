package org.michishirube.api.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_A;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_B;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.Fixtures;
import org.michishirube.api.testing.Tokens;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One lifecycle for every framework version, through the HTTP API: a package is imported as a draft, a second steward approves
 * it, it is published, and then the diff, impact, search and the CASE provider serve it like any edited revision.
 */
@ApiIT
class ImportLifecycleIT extends RevisionScenario {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String learner = Tokens.forRoles("learner-r-" + System.nanoTime(), List.of("learner"));

    @Test
    void theNextVersionOfMiisFromACasePackageIsReviewedPublishedAndTracedThroughCurriculaAndPlans() {
        String ris = "miis.pacs.ris";
        String plan = curriculumAndPlanTowards(learner, ris);

        // The certifying body's next version, written in a CASE tool: our export of the current version with RIS taken out
        // and a new pathology-imaging item added.
        ObjectNode pkg = (ObjectNode) get("/api/v1/frameworks/miis/versions/current/case", null);
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        String risIdentifier = null;
        String parentOfNew = null;
        for (int i = items.size() - 1; i >= 0; i--) {
            String code = items.get(i).path("humanCodingScheme").asString("");
            if (code.equals(ris)) {
                risIdentifier = items.get(i).get("identifier").asString();
                items.remove(i);
            } else if (code.equals("miis.dicom.objects")) {
                parentOfNew = items.get(i).get("identifier").asString();
            }
        }
        assertThat(risIdentifier).isNotNull();
        assertThat(parentOfNew).isNotNull();
        ArrayNode associations = (ArrayNode) pkg.get("CFAssociations");
        for (int i = associations.size() - 1; i >= 0; i--) {
            if (associations.get(i).toString().contains(risIdentifier)) {
                associations.remove(i);
            }
        }
        String newIdentifier = "7b7c0c1e-4a55-4c51-9a7e-5f3b2c1d0e01";
        ObjectNode wsi = items.addObject();
        wsi.put("identifier", newIdentifier);
        wsi.put("uri", "https://jami.example/case/" + newIdentifier);
        wsi.put("fullStatement", "病理WSIビューアとDICOM WSI");
        wsi.put("humanCodingScheme", "miis.dicom.wsi-viewer");
        wsi.put("language", "ja");
        wsi.put("lastChangeDateTime", "2026-11-01T00:00:00+00:00");
        wsi.putObject("extensions").putObject("translations").putObject("en").put("fullStatement", "Pathology WSI viewers and DICOM WSI");
        ObjectNode child = associations.addObject();
        child.put("identifier", "7b7c0c1e-4a55-4c51-9a7e-5f3b2c1d0e02");
        child.put("associationType", "isChildOf");
        child.putObject("originNodeURI").put("identifier", newIdentifier).put("uri", "https://jami.example/case/" + newIdentifier).put("title", "WSI");
        child.putObject("destinationNodeURI").put("identifier", parentOfNew).put("uri", "https://jami.example/case/" + parentOfNew).put("title", "objects");
        child.put("lastChangeDateTime", "2026-11-01T00:00:00+00:00");

        assertThat(search("病理WSIビューア")).doesNotContain("miis.dicom.wsi-viewer");
        var created = http.post().uri("/api/v1/interop/case/imports?framework=miis&version=2027").headers(h -> h.setBearerAuth(STEWARD_A))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(pkg.toString()).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult();
        JsonNode draft = created.getResponseBody();
        assertThat(draft.path("base").asString()).isEqualTo("miis@2011");
        assertThat(draft.path("changes").path("added").asInt()).isEqualTo(1);
        assertThat(draft.path("changes").path("retired").asInt()).isEqualTo(1);
        // Nothing unpublished is public: an anonymous search for words only the draft has does not find it.
        assertThat(search("病理WSIビューア")).doesNotContain("miis.dicom.wsi-viewer");
        http.get().uri("/api/v1/targets/miis.dicom.wsi-viewer").exchange().expectStatus().isNotFound();

        // The draft is a draft like any other: typed edits, diff, impact.
        String etag = edit("/api/v1/drafts/miis@2027", "\"d1\"", """
                {"op": "adjust", "target": "miis.dicom.wsi-viewer", "effortHours": 3}""");
        JsonNode diff = get("/api/v1/drafts/miis@2027/diff", STEWARD_B);
        List<String> kinds = new ArrayList<>();
        diff.path("changes").forEach(c -> kinds.add(c.path("kind").asString() + " " + c.path("subject").asString()));
        assertThat(kinds).contains("added miis.dicom.wsi-viewer", "retired " + ris);
        JsonNode impact = get("/api/v1/drafts/miis@2027/impact", STEWARD_B);
        List<String> curricula = new ArrayList<>();
        impact.path("curricula").forEach(c -> curricula.add(c.path("id").asString()));
        assertThat(curricula).contains("rev-u.radiology-2025");
        List<String> plans = new ArrayList<>();
        impact.path("plans").forEach(p -> plans.add(p.path("plan").asString()));
        assertThat(plans).contains(plan);

        // Four eyes: submit, a second steward approves, the author publishes.
        etag = post("/api/v1/drafts/miis@2027/submit", STEWARD_A, etag, 200);
        etag = post("/api/v1/drafts/miis@2027/approve", STEWARD_B, etag, 200);
        JsonNode published = http.post().uri("/api/v1/drafts/miis@2027/publish").headers(h -> h.setBearerAuth(STEWARD_A)).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"effectiveDate\": \"2027-04-01\"}")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(published.path("report").path("published").asString()).isEqualTo("miis@2027");
        assertThat(published.path("report").path("retired").asString()).isEqualTo("miis@2011");

        // Served like any version: the framework diff, search, the CASE provider with the package's own identifier.
        JsonNode frameworkDiff = get("/api/v1/frameworks/miis/diff?from=2011&to=2027", null);
        assertThat(frameworkDiff.toString()).contains("miis.dicom.wsi-viewer");
        assertThat(search("病理WSIビューア")).contains("miis.dicom.wsi-viewer");
        JsonNode item = get("/ims/case/v1p1/CFItems/" + newIdentifier, null);
        assertThat(item.path("fullStatement").asString()).isEqualTo("病理WSIビューアとDICOM WSI");
        JsonNode target = get("/api/v1/targets/miis.dicom.wsi-viewer", null);
        assertThat(target.toString()).contains("Pathology WSI viewers and DICOM WSI");
    }

    @Test
    void theNextVersionWrittenInASpreadsheetIsReviewedPublishedAndServed() throws Exception {
        String ris = "miis.pacs.ris";
        http.put().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"credentials\": [{\"id\": \"hit\", \"year\": 2021}], \"hoursPerWeek\": 6}").exchange().expectStatus().isOk();
        String plan = http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\": \"RIS\", \"goal\": {\"targets\": [\"" + ris + "\"]}}")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().path("id").asString();
        // The steward downloads the current version in OpenSALT's layout, edits it in Excel and imports it again.
        byte[] current = http.get().uri("/api/v1/frameworks/miis/versions/current/spreadsheet").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType(DraftImportsApi.XLSX))
                .expectBody(byte[].class).returnResult().getResponseBody();
        byte[] edited;
        String reworded = "miis.dicom.objects";
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(current))) {
            var items = book.getSheet("CF Item");
            java.util.Map<String, Integer> col = new java.util.HashMap<>();
            items.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            String risIdentifier = null;
            for (int r = items.getLastRowNum(); r >= 1; r--) {
                var row = items.getRow(r);
                if (row == null) {
                    continue;
                }
                String code = text(row, col.get("humanCodingScheme"));
                if (code.equals(ris)) {
                    risIdentifier = text(row, col.get("identifier"));
                    items.removeRow(row);
                    if (r < items.getLastRowNum()) {
                        items.shiftRows(r + 1, items.getLastRowNum(), -1);
                    }
                } else if (code.equals(reworded)) {
                    row.getCell(col.get("fullStatement_en")).setCellValue("DICOM information objects (revised)");
                }
                if (col.containsKey("prerequisites") && row.getCell(col.get("prerequisites")) != null) {
                    String pre = text(row, col.get("prerequisites"));
                    row.getCell(col.get("prerequisites")).setCellValue(java.util.Arrays.stream(pre.split(";")).map(String::strip)
                            .filter(x -> !x.equals(ris)).collect(java.util.stream.Collectors.joining(";")));
                }
            }
            assertThat(risIdentifier).isNotNull();
            var associations = book.getSheet("CF Association");
            for (int r = associations.getLastRowNum(); r >= 1; r--) {
                var row = associations.getRow(r);
                boolean mentions = false;
                if (row != null) {
                    for (var cell : row) {
                        mentions |= cell.toString().contains(risIdentifier) || cell.toString().equals(ris);
                    }
                }
                if (mentions) {
                    associations.removeRow(row);
                    if (r < associations.getLastRowNum()) {
                        associations.shiftRows(r + 1, associations.getLastRowNum(), -1);
                    }
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            edited = out.toByteArray();
        }
        var created = http.post().uri("/api/v1/interop/spreadsheet/imports?framework=miis&version=2028").headers(h -> h.setBearerAuth(STEWARD_A))
                .contentType(MediaType.parseMediaType(DraftImportsApi.XLSX)).bodyValue(edited).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(created.path("base").asString()).isEqualTo("miis@2011");
        JsonNode diff = get("/api/v1/drafts/miis@2028/diff", STEWARD_B);
        List<String> kinds = new ArrayList<>();
        diff.path("changes").forEach(c -> kinds.add(c.path("kind").asString() + " " + c.path("subject").asString()));
        assertThat(kinds).contains("retired " + ris, "modified " + reworded);
        // Nothing else changed on the way through a file: no other target lost a link (those into HIT included), only the
        // targets that named the retired one as prerequisite or related target were relinked.
        JsonNode risBefore = get("/api/v1/targets/" + ris, null);
        java.util.Set<String> touching = new java.util.HashSet<>();
        for (String field : List.of("requiredBy", "related", "prerequisites")) {
            risBefore.path(field).forEach(r -> touching.add(r.path("id").asString()));
        }
        assertThat(kinds).filteredOn(k -> k.startsWith("relinked ")).allSatisfy(k -> assertThat(touching).contains(k.substring("relinked ".length())));
        assertThat(kinds).filteredOn(k -> !k.startsWith("relinked ")).containsExactlyInAnyOrder("retired " + ris, "modified " + reworded);
        JsonNode impact = get("/api/v1/drafts/miis@2028/impact", STEWARD_B);
        List<String> plans = new ArrayList<>();
        impact.path("plans").forEach(p -> plans.add(p.path("plan").asString()));
        assertThat(plans).contains(plan);
        assertThat(search("revised")).doesNotContain(reworded);
        String etag = post("/api/v1/drafts/miis@2028/submit", STEWARD_A, "\"d1\"", 200);
        etag = post("/api/v1/drafts/miis@2028/approve", STEWARD_B, etag, 200);
        post("/api/v1/drafts/miis@2028/publish", STEWARD_A, etag, 200);
        assertThat(search("revised")).contains(reworded);
        String published = get("/api/v1/frameworks/miis/versions/2028/case", null).toString();
        assertThat(published).contains("DICOM information objects (revised)").doesNotContain("\"humanCodingScheme\":\"" + ris + "\"");
        assertThat(get("/api/v1/frameworks/miis", null).path("currentVersion").asString()).isEqualTo("miis@2028");
    }

    private static String text(org.apache.poi.ss.usermodel.Row row, Integer column) {
        if (column == null || row.getCell(column) == null) {
            return "";
        }
        return new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(column));
    }

    @Test
    void aCasePackageBecomesANewFrameworkAndACtdlFrameworkAnotherOnlyOnceAnotherStewardApproves() {
        String smart = Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json");
        JsonNode draft = http.post().uri("/api/v1/interop/case/imports?framework=smartlevel&version=1&credentialNameJa=スマートレベル&credentialNameEn=SmartLevel")
                .headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.APPLICATION_JSON).bodyValue(smart)
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(draft.path("imported").path("createsFramework").asString()).isEqualTo("smartlevel");
        http.get().uri("/api/v1/credentials/smartlevel").exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/frameworks/smartlevel/versions/1/case").exchange().expectStatus().isNotFound();
        String etag = post("/api/v1/drafts/smartlevel@1/submit", STEWARD_A, "\"d1\"", 200);
        RevisionApiIT.problem(http.post().uri("/api/v1/drafts/smartlevel@1/approve").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch("\"d2\""); })
                .exchange(), 409);
        etag = post("/api/v1/drafts/smartlevel@1/approve", STEWARD_B, etag, 200);
        post("/api/v1/drafts/smartlevel@1/publish", STEWARD_A, etag, 200);
        JsonNode credential = get("/api/v1/credentials/smartlevel", null);
        assertThat(credential.path("name").path("ja").asString()).isEqualTo("スマートレベル");
        JsonNode exported = get("/api/v1/frameworks/smartlevel/versions/1/case", null);
        assertThat(exported.path("CFDocument").path("identifier").asString()).isEqualTo(JSON.readTree(smart).at("/CFDocument/identifier").asString());
        assertThat(exported.path("CFDocument").path("adoptionStatus").asString()).isEqualTo("Adopted");
        assertThat(get("/api/v1/frameworks/smartlevel/versions/1/ctdl", null).toString()).contains("ceasn:CompetencyFramework");

        // CTDL-ASN: the O*NET Knowledge framework as it is published.
        String onet = Fixtures.read("ctdl/competency-framework/onet-knowledge_ctdlasn-graph.json");
        JsonNode ctdlDraft = http.post().uri("/api/v1/interop/ctdl/imports?framework=onet-knowledge&version=29-2")
                .headers(h -> h.setBearerAuth(STEWARD_A)).contentType(MediaType.valueOf("application/ld+json")).bodyValue(onet)
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        int competencies = ctdlDraft.path("targetCount").asInt();
        assertThat(competencies).isEqualTo(41);
        assertThat(search("stenography")).isEmpty();
        etag = post("/api/v1/drafts/onet-knowledge@29-2/submit", STEWARD_A, "\"d1\"", 200);
        etag = post("/api/v1/drafts/onet-knowledge@29-2/approve", STEWARD_B, etag, 200);
        post("/api/v1/drafts/onet-knowledge@29-2/publish", STEWARD_A, etag, 200);
        assertThat(search("stenography")).isNotEmpty();
        JsonNode ctdl = get("/api/v1/frameworks/onet-knowledge/versions/29-2/ctdl", null);
        long exportedCompetencies = 0;
        for (JsonNode n : ctdl.path("@graph")) {
            if (n.path("@type").asString().equals("ceasn:Competency")) {
                exportedCompetencies++;
            }
        }
        assertThat(exportedCompetencies).isGreaterThanOrEqualTo(competencies);
        JsonNode caseOfCtdl = get("/api/v1/frameworks/onet-knowledge/versions/29-2/case", null);
        caseOfCtdl.path("CFItems").forEach(i -> assertThat(i.path("identifier").asString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void twoStewardsImportingTheSameNewVersionAtOnceGetOneCreatedAndOneConflict() {
        String smart = Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json");
        List<CompletableFuture<Integer>> racing = new ArrayList<>();
        for (String token : List.of(STEWARD_A, STEWARD_B)) {
            racing.add(CompletableFuture.supplyAsync(() -> http.post().uri("/api/v1/interop/case/imports?framework=race&version=1")
                    .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(smart)
                    .exchange().returnResult(String.class).getStatus().value()));
        }
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();
        // The second either finds the first's draft (its author differs, so not the same import: 409) or loses the race on the constraint.
        assertThat(statuses).containsExactly(201, 409);
    }

    private List<String> search(String q) {
        JsonNode page = http.get().uri(u -> u.path("/api/v1/search").queryParam("q", q).build()).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(h -> ids.add(h.path("id").asString()));
        return ids;
    }

    private String edit(String draft, String etag, String operation) {
        return http.post().uri(draft + "/operations").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch(etag); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(operation).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
    }

    private String post(String uri, String token, String etag, int status) {
        return http.post().uri(uri).headers(h -> { h.setBearerAuth(token); h.setIfMatch(etag); })
                .exchange().expectStatus().isEqualTo(status).returnResult(String.class).getResponseHeaders().getETag();
    }

    private JsonNode get(String uri, String token) {
        return http.get().uri(uri).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
