package org.michishirube.api.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_A;
import static org.michishirube.api.revision.RevisionTesting.STEWARD_B;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.TestNeo4j;
import org.michishirube.api.testing.Tokens;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The story, through the API alone on a real Neo4j: a steward drafts a revision of MIIS that adds a DICOM WSI
 * target and splits the broad RIS target, a second steward approves it, it is published, and the diff and the impact on
 * a sample curriculum and a saved plan are as worked out from the dataset files and the operations sent.
 */
@ApiIT
class RevisionStoryIT extends RevisionScenario {

    static final String DRAFT = "/api/v1/drafts/miis@2026";
    static final String WSI = "miis.dicom.wsi-objects";
    static final String RIS = "miis.pacs.ris";
    static final List<String> RIS_PARTS = List.of("miis.pacs.ris-operations", "miis.pacs.ris-orders");

    private final String learner = Tokens.forRoles("learner-r-" + System.nanoTime(), List.of("learner"));

    @Test
    void aStewardDraftsASecondApprovesItIsPublishedAndTheDiffAndImpactAreAsExpected() {
        // A sample curriculum and a saved plan that depend on miis@2011.
        String plan = curriculumAndPlanTowards(learner, RIS);

        // 1. Steward A starts the draft and edits it.
        var created = http.post().uri("/api/v1/frameworks/miis/drafts").headers(h -> h.setBearerAuth(STEWARD_A))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\": \"2026\"}")
                .exchange().expectStatus().isCreated().expectHeader().valueEquals("ETag", "\"d1\"").expectBody(JsonNode.class).returnResult();
        assertThat(created.getResponseBody().path("base").asString()).isEqualTo("miis@2011");
        assertThat(created.getResponseBody().path("status").asString()).isEqualTo("draft");
        String etag = edit("\"d1\"", """
                {"op": "add", "id": "miis.dicom.wsi-objects", "parent": "miis.dicom.objects", "domain": "miis.imaging-standards",
                 "kind": "topic", "name": {"ja": "DICOM WSIオブジェクト (病理)", "en": "DICOM whole-slide imaging objects (pathology)"},
                 "effortHours": 3, "tags": ["non-radiology-imaging"], "note": "pathology imaging"}""");
        assertThat(etag).isEqualTo("\"d2\"");
        etag = edit(etag, """
                {"op": "split", "target": "miis.pacs.ris", "note": "orders and operations are taught apart",
                 "parts": [{"id": "miis.pacs.ris-orders", "name": {"ja": "RISのオーダと予約", "en": "RIS orders and scheduling"}, "effortHours": 2},
                           {"id": "miis.pacs.ris-operations", "name": {"ja": "RISの実施記録と運用", "en": "RIS records and operations"}, "effortHours": 2}]}""");
        assertThat(etag).isEqualTo("\"d3\"");
        http.post().uri(DRAFT + "/comments").headers(h -> h.setBearerAuth(STEWARD_B)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"RIS split reads well.\"}").exchange().expectStatus().isCreated();

        // 2. The impact, read before approval.
        JsonNode impact = get(DRAFT + "/impact", STEWARD_B);
        JsonNode curriculum = only(impact.path("curricula"), "id", "rev-u.radiology-2025");
        List<String> courses = new ArrayList<>();
        curriculum.path("courses").forEach(c -> courses.add(c.path("code").asString()));
        assertThat(courses).containsExactlyInAnyOrderElementsOf(RevisionTesting.sampleCoursesMapping(RIS));
        JsonNode mapping = curriculum.path("courses").get(0).path("mappings").get(0);
        assertThat(mapping.path("target").asString()).isEqualTo(RIS);
        assertThat(mapping.path("mapping").asString()).isEqualTo("split");
        assertThat(strings(mapping.path("proposed"))).isEqualTo(RIS_PARTS);
        // RIS's domain gains a leaf (one split into two, both addressed when re-mapped): covered +1, targets +1.
        JsonNode pacs = only(curriculum.path("domains"), "domain", RevisionTesting.domainOf("miis@2011.yaml", RIS));
        assertThat(pacs.path("after").path("targets").asInt()).isEqualTo(pacs.path("before").path("targets").asInt() + 1);
        assertThat(pacs.path("after").path("covered").asInt()).isEqualTo(pacs.path("before").path("covered").asInt() + 1);
        JsonNode planImpact = only(impact.path("plans"), "plan", plan);
        assertThat(planImpact.path("targets").get(0).path("target").asString()).isEqualTo(RIS);
        List<String> roles = new ArrayList<>();
        impact.path("roles").forEach(r -> roles.add(r.path("role").asString()));
        assertThat(roles).containsExactlyInAnyOrderElementsOf(RevisionTesting.rolesNeeding(RIS));
        // Model career paths: from career-paths.yaml, every stage earning MIIS (its targets change) or holding a role that needs RIS.
        JsonNode yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(
                org.michishirube.dataset.DatasetSource.class.getResourceAsStream("/dataset/career-paths.yaml")).path("careerPaths");
        java.util.Map<String, List<Integer>> pathStages = new java.util.TreeMap<>();
        yaml.forEach(p -> {
            for (int i = 0; i < p.path("stages").size(); i++) {
                JsonNode st = p.path("stages").get(i);
                if ("miis".equals(st.path("credential").asString(null)) || RevisionTesting.rolesNeeding(RIS).contains(st.path("role").asString(null))) {
                    pathStages.computeIfAbsent(p.path("id").asString(), k -> new ArrayList<>()).add(i);
                }
            }
        });
        java.util.Map<String, List<Integer>> actual = new java.util.TreeMap<>();
        impact.path("careerPaths").forEach(p -> p.path("stages").forEach(st ->
                actual.computeIfAbsent(p.path("path").asString(), k -> new ArrayList<>()).add(st.path("index").asInt())));
        assertThat(pathStages).containsKey("radiological-technologist-ladder");
        assertThat(actual).isEqualTo(pathStages);
        assertThat(impact.path("counts").path("careerPaths").asInt()).isEqualTo(pathStages.size());

        // 3. Review: the author cannot approve; the second steward can.
        etag = post(DRAFT + "/submit", STEWARD_A, etag, 200);
        RevisionApiIT.problem(http.post().uri(DRAFT + "/approve").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch(etagOf(3 + 1)); })
                .exchange(), 409);
        etag = post(DRAFT + "/approve", STEWARD_B, etag, 200);
        var published = http.post().uri(DRAFT + "/publish").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch(etagOf(5)); })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"effectiveDate\": \"2026-04-01\", \"migrateCurricula\": true, \"migratePlans\": true}")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode report = published.path("report");
        assertThat(report.path("published").asString()).isEqualTo("miis@2026");
        assertThat(report.path("retired").asString()).isEqualTo("miis@2011");
        assertThat(report.path("roleNeedsDropped").size()).isZero();
        assertThat(report.path("curriculumMappingsLeft").size()).isZero();
        assertThat(published.path("draft").path("status").asString()).isEqualTo("published");
        assertThat(published.path("draft").path("approvedBy").asString()).isEqualTo("steward-b");

        // 4. The new version is current, the old one still readable, and the diff is what the two operations make.
        JsonNode versions = http.get().uri("/api/v1/frameworks/miis/versions").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(only(versions, "id", "miis@2011").path("status").asString()).isEqualTo("retired");
        assertThat(only(versions, "id", "miis@2026").path("status").asString()).isEqualTo("published");
        assertThat(only(versions, "id", "miis@2026").path("effectiveDate").asString()).isEqualTo("2026-04-01");
        http.get().uri("/api/v1/frameworks/miis/versions/2011/targets").exchange().expectStatus().isOk();
        http.get().uri("/api/v1/targets/" + RIS_PARTS.get(1)).exchange().expectStatus().isOk();
        http.get().uri("/api/v1/targets/" + WSI).exchange().expectStatus().isOk();

        JsonNode diff = get("/api/v1/frameworks/miis/diff?from=2011&to=2026", null);
        assertThat(diff.path("counts").path("byKind").path("added").asInt()).isEqualTo(1);
        assertThat(diff.path("counts").path("byKind").path("split").asInt()).isEqualTo(1);
        // Only miis.pacs.reporting needed miis.pacs.ris (miis@2011.yaml), so it is relinked to both parts; each part is new and
        // carries RIS's prerequisites and related targets from the YAML, each set reported as a relink of the part.
        JsonNode reporting = only(diff.path("changes"), "subject", "miis.pacs.reporting");
        assertThat(reporting.path("kind").asString()).isEqualTo("relinked");
        assertThat(strings(reporting.path("added"))).isEqualTo(RIS_PARTS);
        assertThat(strings(reporting.path("removed"))).isEqualTo(List.of(RIS));
        JsonNode ris = RevisionTesting.target("miis@2011.yaml", RIS);
        int partRelinks = 0;
        for (String part : RIS_PARTS) {
            for (var link : List.of(Map.entry("prerequisite", "prerequisites"), Map.entry("related", "related"))) {
                List<String> expected = strings(ris.path(link.getValue()));
                List<JsonNode> found = new ArrayList<>();
                diff.path("changes").forEach(c -> {
                    if (c.path("subject").asString().equals(part) && c.path("link").asString().equals(link.getKey())) {
                        found.add(c);
                    }
                });
                if (expected.isEmpty()) {
                    assertThat(found).isEmpty();
                } else {
                    assertThat(found).hasSize(1);
                    assertThat(strings(found.get(0).path("added"))).isEqualTo(expected);
                    partRelinks++;
                }
            }
        }
        int total = 1 + 1 + 1 + partRelinks;
        assertThat(diff.path("counts").path("byKind").path("relinked").asInt()).isEqualTo(1 + partRelinks);
        assertThat(diff.path("counts").path("total").asInt()).isEqualTo(total);
        assertThat(diff.path("crosswalk").size()).isEqualTo(RevisionTesting.targetIds("miis@2011.yaml").size());
        JsonNode split = only(diff.path("crosswalk"), "from", RIS);
        assertThat(split.path("mapping").asString()).isEqualTo("split");
        assertThat(strings(split.path("to"))).isEqualTo(RIS_PARTS);
        assertThat(split.path("note").asString()).isEqualTo("orders and operations are taught apart");
        assertThat(diff.path("changelog").path("ja").size()).isEqualTo(total);
        assertThat(diff.path("changelog").path("en").size()).isEqualTo(total);
        String markdown = http.get().uri("/api/v1/frameworks/miis/diff?from=2011&to=2026&lang=en").accept(MediaType.parseMediaType("text/markdown"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(markdown).startsWith("## Changes from miis@2011 to miis@2026").contains("### Added (1)").contains("### Split (1)")
                .contains(WSI);
        assertThat(http.get().uri("/api/v1/frameworks/miis/diff?lang=ja").accept(MediaType.parseMediaType("text/markdown"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).contains("### 分割 (1)");

        // 5. Dependents followed the crosswalk: read back with the plain driver.
        try (var session = TestNeo4j.driver().session()) {
            List<String> mapped = session.run("""
                    MATCH (:Curriculum {id: 'rev-u.radiology-2025'})-[:HAS_COURSE]->(k:Course)-[a:ADDRESSES]->(t:Target)
                    WHERE t.id STARTS WITH 'miis.pacs.ris'
                    RETURN k.code + ' ' + t.uid + ' ' + a.depth AS line ORDER BY line""").list(r -> r.get("line").asString());
            List<String> expected = new ArrayList<>();
            for (String code : RevisionTesting.sampleCoursesMapping(RIS)) {
                for (String part : RIS_PARTS) {
                    expected.add(code + " miis@2026/" + part + " masters");
                }
            }
            assertThat(mapped).containsExactlyInAnyOrderElementsOf(expected);
            List<String> referenced = session.run("MATCH (:SavedPlan {id: $id})-[:REFERENCES]->(t:Target) RETURN t.uid AS uid",
                    Map.of("id", plan)).list(r -> r.get("uid").asString());
            assertThat(referenced).contains("miis@2026/" + RIS_PARTS.get(0), "miis@2026/" + RIS_PARTS.get(1))
                    .noneMatch(u -> u.startsWith("miis@2011/"));
            for (String role : RevisionTesting.rolesNeeding(RIS)) {
                assertThat(session.run("MATCH (:Role {id: $r})-[:NEEDS]->(t:Target) WHERE t.id STARTS WITH 'miis.pacs.ris' RETURN t.uid AS uid",
                        Map.of("r", role)).list(r -> r.get("uid").asString()))
                        .containsExactlyInAnyOrder("miis@2026/" + RIS_PARTS.get(0), "miis@2026/" + RIS_PARTS.get(1));
            }
        }
        // The planner runs on the new snapshot.
        http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"profile\": {\"hoursPerWeek\": 5}, \"goal\": {\"targets\": [\"" + RIS_PARTS.get(1) + "\"]}}")
                .exchange().expectStatus().isOk();

        // 6. The audit log has every change with who, what and before/after; comments are there for reviewers.
        JsonNode audit = get(DRAFT + "/audit", RevisionTesting.ADMIN);
        List<String> actions = new ArrayList<>();
        audit.forEach(a -> actions.add(a.path("action").asString() + " by " + a.path("actor").asString()));
        assertThat(actions).containsExactly("create by steward-a", "operation by steward-a", "operation by steward-a", "submit by steward-a",
                "approve by steward-b", "publish by steward-a");
        JsonNode splitEntry = audit.get(2);
        assertThat(splitEntry.path("operation").path("op").asString()).isEqualTo("split");
        assertThat(splitEntry.path("before").toString()).contains(RIS + " [sbo]");
        assertThat(splitEntry.path("after").toString()).contains(RIS_PARTS.get(0)).contains(RIS_PARTS.get(1)).doesNotContain(RIS + " [sbo]");
        assertThat(get(DRAFT + "/comments", STEWARD_A).get(0).path("author").asString()).isEqualTo("steward-b");
    }

    private String edit(String etag, String operation) {
        return http.post().uri(DRAFT + "/operations").headers(h -> { h.setBearerAuth(STEWARD_A); h.setIfMatch(etag); })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(operation)
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    }

    private String post(String uri, String token, String etag, int status) {
        return http.post().uri(uri).headers(h -> { h.setBearerAuth(token); h.setIfMatch(etag); })
                .exchange().expectStatus().isEqualTo(status).returnResult(String.class).getResponseHeaders().getETag();
    }

    private static String etagOf(int revision) {
        return "\"d" + revision + "\"";
    }

    private JsonNode get(String uri, String token) {
        return http.get().uri(uri).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static JsonNode only(JsonNode array, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(n -> {
            if (value.equals(n.path(field).asString())) {
                found.add(n);
            }
        });
        assertThat(found).as(field + " = " + value + " in " + array).hasSize(1);
        return found.get(0);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return new ArrayList<>(new TreeSet<>(out));
    }
}
