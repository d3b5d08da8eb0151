package org.michishirube.api.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Model career paths through the API, for a graduate of the shipped sample curriculum: the catalogue and what each stage
 * needs, their position on the radiological-technologist ladder with the plan to HIT, and the school's report naming the
 * same hours. Expected figures come from the dataset files and the CSV (CurriculumProfileIT's independent count).
 */
@ApiIT
class CareerPathsIT {

    static final String INSTITUTION = "career-it-u";
    static final String OTHER = "career-it-other";
    static final String ID = INSTITUTION + ".radiology-2025";
    static final String PRIVATE = OTHER + ".private-2025";
    static final String LADDER = "radiological-technologist-ladder";

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void importSample(@Autowired WebTestClient http) {
        CurriculumTesting.deleteCurriculaOf(INSTITUTION);
        CurriculumTesting.deleteCurriculaOf(OTHER);
        CurriculumTesting.createSample(http, INSTITUTION, ID, "public");
        CurriculumTesting.createSample(http, OTHER, PRIVATE, "private");
    }

    @AfterAll
    static void cleanUp() {
        CurriculumTesting.deleteCurriculaOf(INSTITUTION);
        CurriculumTesting.deleteCurriculaOf(OTHER);
    }

    private JsonNode get(String uri, int status) {
        return http.get().uri(uri).exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode post(String uri, Object body, int status) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> graduate() {
        return Map.of("hoursPerWeek", 5, "credentials", List.of("radiological-technologist"),
                "curricula", List.of(Map.of("curriculum", ID, "completed", 2025)));
    }

    @Test
    void theCatalogueListsTheSeededPathsAndAStageSaysWhatItNeeds() {
        JsonNode yaml = YAMLMapper.builder().build().readTree(CurriculumTesting.locate("dataset/src/main/resources/dataset/career-paths.yaml").toFile());
        JsonNode page = get("/api/v1/career-paths?size=50", 200);
        assertThat(page.path("total").asInt()).isEqualTo(yaml.path("careerPaths").size());
        assertThat(page.path("items").valueStream().map(p -> p.path("id").asString())).contains(LADDER, "pharmacist-second-career");

        JsonNode ladder = get("/api/v1/career-paths/" + LADDER, 200);
        JsonNode hit = ladder.path("stages").get(1);
        assertThat(hit.path("credential").path("id").asString()).isEqualTo("hit");
        assertThat(hit.path("frameworkVersion").asString()).isEqualTo("hit@fy2020");
        // The HIT stage needs every leaf of hit@fy2020 at the exam level, counted here from the YAML file.
        assertThat(hit.path("targets").size()).isEqualTo(leaves("dataset/src/main/resources/dataset/frameworks/hit@fy2020.yaml"));
        assertThat(hit.path("targets").valueStream().allMatch(t -> t.path("level").asInt() == 2)).isTrue();
        // domain.md §2: Senior HIT needs HIT and at least five years of work.
        JsonNode senior = ladder.path("stages").get(4);
        assertThat(senior.path("credential").path("id").asString()).isEqualTo("senior-hit");
        assertThat(senior.path("minimumYearsOfWork").asInt()).isEqualTo(5);
        assertThat(senior.path("eligibility").path("en").asString()).contains("Healthcare Information Technologist");
        // A role stage needs the role's needs, as roles.yaml lists them.
        JsonNode pacs = ladder.path("stages").get(2);
        assertThat(pacs.path("targets").size()).isEqualTo(needs("pacs-administrator"));

        JsonNode unknown = get("/api/v1/career-paths/no-such-path", 404);
        assertThat(unknown.path("type").asString()).endsWith("/not-found");
    }

    @Test
    void aGraduateStandsOnTheFirstStageAndThePlanToHitIsTheGraduatesHitPlan() {
        JsonNode position = post("/api/v1/career-paths/" + LADDER + "/position", Map.of("profile", graduate(), "today", "2026-04-01"), 200);
        assertThat(position.path("reached").path("index").asInt()).isZero();
        assertThat(position.path("next").path("credential").path("id").asString()).isEqualTo("hit");
        assertThat(position.path("summary").path("ja").asString()).contains("診療放射線技師", "医療情報技師");

        int[] saved = CurriculumProfileIT.independentSavings();
        JsonNode newcomer = post("/api/v1/plans", Map.of("profile", Map.of("hoursPerWeek", 5), "goal", Map.of("credential", "hit"),
                "alternatives", 0, "today", "2026-04-01"), 200);
        assertThat(newcomer.path("totalHours").asInt() - position.path("plan").path("totalHours").asInt()).isEqualTo(saved[0] + saved[1]);

        // Without the licence and with no role, nothing is reached and the first stage is next.
        JsonNode none = post("/api/v1/career-paths/" + LADDER + "/position", Map.of("profile", Map.of("hoursPerWeek", 5)), 200);
        assertThat(none.path("reached").isNull()).isTrue();
        assertThat(none.path("next").path("index").asInt()).isZero();

        String md = http.post().uri("/api/v1/career-paths/" + LADDER + "/position").accept(MediaType.parseMediaType("text/markdown"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("profile", graduate())).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("現在地 / you are here", "## 学習計画 / Learning plan");
    }

    @Test
    void theSchoolsReportNamesTheSameHoursAndFormats() throws java.io.IOException {
        int[] saved = CurriculumProfileIT.independentSavings();
        JsonNode report = get("/api/v1/curricula/" + ID + "/career-paths?today=2026-04-01", 200);
        JsonNode ladder = report.path("paths").valueStream().filter(p -> p.path("path").path("id").asString().equals(LADDER)).findFirst().orElseThrow();
        JsonNode hit = ladder.path("stages").get(1);
        assertThat(hit.path("hoursSaved").asInt()).isEqualTo(saved[0] + saved[1]);
        assertThat(hit.path("targets").asInt()).isEqualTo(leaves("dataset/src/main/resources/dataset/frameworks/hit@fy2020.yaml"));
        // Leaves the sample covers at exam level (reinforces or masters), counted from the CSV.
        assertThat(hit.path("covered").asInt()).isPositive().isLessThanOrEqualTo(saved[2]);
        assertThat(hit.path("share").asDouble()).isEqualTo(Math.round(hit.path("covered").asDouble() / hit.path("targets").asInt() * 1000) / 1000.0);

        String csv = http.get().uri("/api/v1/curricula/" + ID + "/career-paths?today=2026-04-01").accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("path")).isEqualTo(LADDER);
            assertThat(r.get("stage")).isEqualTo("2");
            assertThat(Integer.parseInt(r.get("hours_saved"))).isEqualTo(saved[0] + saved[1]);
        });
        byte[] xlsx = http.get().uri("/api/v1/curricula/" + ID + "/career-paths").accept(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        String md = http.get().uri("/api/v1/curricula/" + ID + "/career-paths").accept(MediaType.parseMediaType("text/markdown"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("# キャリアパス準備度 / Career-path readiness", "診療放射線技師から病院情報部門の長へ");

        // Another institution's private curriculum is as unknown as one that does not exist.
        assertThat(get("/api/v1/curricula/" + PRIVATE + "/career-paths", 404).path("type").asString()).endsWith("/not-found");
        assertThat(get("/api/v1/curricula/no-such.curriculum/career-paths", 404).path("type").asString()).endsWith("/not-found");
    }

    @Test
    void aPathIsACtdlPathwayWithCredentialJobAndWorkExperienceComponents() {
        JsonNode graph = http.get().uri("/api/v1/career-paths/" + LADDER).accept(MediaType.valueOf("application/ld+json")).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(graph.path("@context").asString()).isEqualTo("https://credreg.net/ctdl/schema/context/json");
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        graph.path("@graph").forEach(n -> byId.put(n.path("@id").asString(), n));
        JsonNode pathway = graph.path("@graph").get(0);
        assertThat(pathway.path("@type").asString()).isEqualTo("ceterms:Pathway");
        pathway.path("ceasn:hasPart").forEach(p -> assertThat(byId).containsKey(p.asString()));
        // career-paths.yaml: the ladder ends with the CIO role, so the destination is a JobComponent.
        JsonNode destination = byId.get(pathway.path("ceterms:hasDestinationComponent").asString());
        assertThat(destination.path("@type").asString()).isEqualTo("ceterms:JobComponent");
        assertThat(destination.path("ceterms:componentDesignation").get(0).asString()).isEqualTo("cio");
        // Senior HIT asks for five years of work (domain.md): a WorkExperienceComponent is a child of its CredentialComponent.
        JsonNode senior = graph.path("@graph").valueStream().filter(n -> n.path("@type").asString().equals("ceterms:CredentialComponent")
                && n.path("ceterms:name").path("ja").asString().equals("上級医療情報技師")).findFirst().orElseThrow();
        JsonNode work = byId.get(senior.path("ceasn:hasChild").get(0).asString());
        assertThat(work.path("@type").asString()).isEqualTo("ceterms:WorkExperienceComponent");
        assertThat(work.path("ceterms:name").path("en").asString()).startsWith("5+ years");
        JsonNode condition = senior.path("ceterms:hasCondition").get(0);
        assertThat(condition.path("@type").asString()).isEqualTo("ceterms:ComponentCondition");
        assertThat(condition.path("ceterms:requiredNumber").asInt()).isEqualTo(1);
        // The radiological-technologist licence is a licence.
        assertThat(graph.path("@graph").valueStream().filter(n -> n.path("ceterms:credentialType").asString().equals("ceterms:License"))).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingItsField() {
        JsonNode role = post("/api/v1/career-paths/" + LADDER + "/position", Map.of("profile", graduate(), "roles", List.of("nope")), 404);
        assertThat(role.path("field").asString()).isEqualTo("roles[0]");
        JsonNode hours = post("/api/v1/career-paths/" + LADDER + "/position", Map.of("profile", Map.of("hoursPerWeek", 500)), 400);
        assertThat(hours.path("type").asString()).endsWith("/validation-failed");
        JsonNode empty = post("/api/v1/career-paths/" + LADDER + "/position", Map.of(), 400);
        assertThat(empty.path("type").asString()).endsWith("/malformed-body");
        assertThat(get("/api/v1/career-paths?size=0", 400).path("type").asString()).contains("invalid");
    }

    private static int leaves(String file) {
        JsonNode yaml = YAMLMapper.builder().build().readTree(CurriculumTesting.locate(file).toFile());
        int[] count = {0};
        yaml.path("domains").forEach(d -> d.path("targets").forEach(t -> countLeaves(t, count)));
        return count[0];
    }

    private static void countLeaves(JsonNode t, int[] count) {
        if (!t.has("children") || t.path("children").isEmpty()) {
            count[0]++;
        } else {
            t.path("children").forEach(c -> countLeaves(c, count));
        }
    }

    private static int needs(String role) {
        JsonNode yaml = YAMLMapper.builder().build().readTree(CurriculumTesting.locate("dataset/src/main/resources/dataset/roles.yaml").toFile());
        return yaml.path("roles").valueStream().filter(r -> r.path("id").asString().equals(role)).findFirst().orElseThrow().path("needs").size();
    }
}
