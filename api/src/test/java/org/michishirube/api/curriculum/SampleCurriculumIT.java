package org.michishirube.api.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The shipped sample curriculum, imported through the API, measured and checked against figures worked out independently. */
@ApiIT
class SampleCurriculumIT {

    static final String INSTITUTION = "sample-it-u";
    static final String ID = "sample-it-u.radiology-2025";
    static final String BASE = "/api/v1/curricula/" + ID;

    @Autowired
    WebTestClient http;

    @BeforeEach
    void importSample() {
        CurriculumTesting.deleteCurriculaOf(INSTITUTION);
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(INSTITUTION)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", ID, "visibility", "public",
                        "name", Map.of("ja", "診療放射線学科 2025年度", "en", "Radiological technology 2025")))
                .exchange().expectStatus().isCreated().expectHeader().valueEquals("ETag", "\"v1\"");
        JsonNode answer = importCsv(CurriculumTesting.sample(), 200);
        assertThat(answer.path("changed").asBoolean()).isTrue();
        assertThat(answer.path("version").asLong()).isEqualTo(2);
    }

    @AfterAll
    static void cleanUp() {
        CurriculumTesting.deleteCurriculaOf(INSTITUTION);
    }

    private JsonNode importCsv(byte[] csv, int status) {
        return http.put().uri(BASE + "/courses").headers(h -> h.setBearerAuth(CurriculumTesting.educator(INSTITUTION)))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange().expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode json(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void theSampleHasFortyCoursesAndImportsEveryRow() {
        List<IndependentCoverage.Row> rows = IndependentCoverage.rows(CurriculumTesting.sample());
        JsonNode c = json(BASE);
        assertThat(c.path("courses").size()).isEqualTo(40).isEqualTo(IndependentCoverage.courses(rows).size());
        int mappings = 0;
        for (JsonNode k : c.path("courses")) {
            mappings += k.path("mappings").size();
        }
        assertThat(mappings).isEqualTo(rows.stream().filter(r -> !r.target().isEmpty()).count());
        JsonNode first = c.path("courses").get(0);
        assertThat(first.path("code").asString()).isEqualTo("RT-101");
        assertThat(first.path("title").path("ja").asString()).isEqualTo("医療情報科学概論");
        assertThat(first.path("semester").asString()).isEqualTo("first");
        assertThat(first.path("syllabus").asString()).startsWith("医療における情報の役割");
    }

    @Test
    void reImportingTheSameFileOrItsExportChangesNothing() {
        List<String> before = CurriculumTesting.dump();
        JsonNode again = importCsv(CurriculumTesting.sample(), 200);
        assertThat(again.path("changed").asBoolean()).isFalse();
        assertThat(again.path("version").asLong()).isEqualTo(2);
        assertThat(CurriculumTesting.dump()).isEqualTo(before);
        byte[] exported = http.get().uri(BASE + "/courses").accept(MediaType.parseMediaType("text/csv")).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(importCsv(exported, 200).path("changed").asBoolean()).isFalse();
        assertThat(CurriculumTesting.dump()).isEqualTo(before);
    }

    @Test
    void hitCoverageMatchesAnIndependentCount() {
        checkAgainstIndependent("hit@fy2020", "hit");
    }

    @Test
    void miisCoverageMatchesAnIndependentCount() {
        checkAgainstIndependent("miis@2011", "miis@2011");
    }

    private void checkAgainstIndependent(String versionFile, String parameter) {
        IndependentCoverage expected = new IndependentCoverage(versionFile, IndependentCoverage.rows(CurriculumTesting.sample()));
        JsonNode c = json(BASE + "/coverage?version=" + parameter);
        assertThat(c.path("version").asString()).isEqualTo(versionFile);
        JsonNode overall = c.path("overall");
        assertThat(List.of(overall.path("targets").asInt(), overall.path("covered").asInt(), overall.path("hours").asInt(),
                overall.path("coveredHours").asInt())).isEqualTo(List.of(expected.overall[0], expected.overall[1], expected.overall[2], expected.overall[3]));
        assertThat(overall.path("share").asDouble()).isCloseTo(expected.overall[1] / (double) expected.overall[0], within(1e-9));
        assertThat(overall.path("hourShare").asDouble()).isCloseTo(expected.overall[3] / (double) expected.overall[2], within(1e-9));
        Map<String, List<Integer>> domains = new HashMap<>();
        for (JsonNode d : c.path("domains")) {
            domains.put(d.path("id").asString(), List.of(d.path("targets").asInt(), d.path("covered").asInt(), d.path("hours").asInt(),
                    d.path("coveredHours").asInt()));
            assertThat(d.path("share").asDouble()).isCloseTo(d.path("covered").asDouble() / d.path("targets").asDouble(), within(1e-9));
        }
        Map<String, List<Integer>> want = new HashMap<>();
        expected.domains.forEach((k, v) -> want.put(k, List.of(v[0], v[1], v[2], v[3])));
        assertThat(domains).isEqualTo(want);
        assertThat(strings(c.path("uncovered"))).isEqualTo(new ArrayList<>(expected.uncovered));
        assertThat(strings(c.path("introducedOnly"))).isEqualTo(new ArrayList<>(expected.introducedOnly));
        assertThat(strings(c.path("idleCourses"))).isEqualTo(expected.idleCourses);
        // Sanity: the sample is realistic, neither empty nor complete.
        assertThat(expected.overall[1]).isPositive().isLessThan(expected.overall[0]);
        // Per-area shares add up to the domain's.
        Map<String, Integer> areaLeaves = new HashMap<>();
        for (JsonNode a : c.path("areas")) {
            String domain = c.path("targets").valueStream().filter(t -> t.path("area").asString().equals(a.path("id").asString()))
                    .findFirst().orElseThrow().path("domain").asString();
            areaLeaves.merge(domain, a.path("targets").asInt(), Integer::sum);
        }
        expected.domains.forEach((d, v) -> assertThat(areaLeaves.get(d)).as(d).isEqualTo(v[0]));
    }

    @Test
    void comparingHitVersionsNamesTheAddedDataAnalysisTargets() {
        List<IndependentCoverage.Row> rows = IndependentCoverage.rows(CurriculumTesting.sample());
        IndependentCoverage before = new IndependentCoverage("hit@pre-fy2020", rows);
        IndependentCoverage after = new IndependentCoverage("hit@fy2020", rows);
        Set<String> added = new TreeSet<>(after.leafIds);
        added.removeAll(before.leafIds);
        Set<String> retired = new TreeSet<>(before.leafIds);
        retired.removeAll(after.leafIds);
        JsonNode cmp = json(BASE + "/coverage/compare?from=hit@pre-fy2020&to=hit@fy2020");
        Set<String> movedAdded = new TreeSet<>();
        Set<String> movedRetired = new TreeSet<>();
        for (JsonNode m : cmp.path("movers")) {
            if (m.path("change").asString().equals("added")) {
                movedAdded.add(m.path("target").asString());
            } else if (m.path("change").asString().equals("retired")) {
                movedRetired.add(m.path("target").asString());
            }
        }
        assertThat(movedAdded).isEqualTo(added).contains("hit.it.analysis.bi", "hit.it.emerging.ai");
        assertThat(movedRetired).isEqualTo(retired);
        assertThat(cmp.path("overallBefore").path("covered").asInt()).isEqualTo(before.overall[1]);
        assertThat(cmp.path("overallAfter").path("covered").asInt()).isEqualTo(after.overall[1]);
        assertThat(cmp.path("overallAfter").path("targets").asInt()).isEqualTo(after.overall[0]);
        http.get().uri(BASE + "/coverage/compare?from=hit@fy2020&to=miis@2011").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theXlsxIsAStyledMatrixOfCoursesByTargets() throws Exception {
        IndependentCoverage expected = new IndependentCoverage("hit@fy2020", IndependentCoverage.rows(CurriculumTesting.sample()));
        byte[] xlsx = http.get().uri(BASE + "/coverage?version=hit@fy2020")
                .accept(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2))).containsExactly("Matrix", "Domains and areas", "Targets");
            Sheet matrix = wb.getSheet("Matrix");
            assertThat(matrix.getPaneInformation().isFreezePane()).isTrue();
            Row ids = matrix.getRow(2);
            List<String> targetColumns = new ArrayList<>();
            for (int col = 4; col < ids.getLastCellNum(); col++) {
                targetColumns.add(ids.getCell(col).getStringCellValue());
            }
            assertThat(targetColumns).isEqualTo(new ArrayList<>(expected.leafIds));
            List<String> courseRows = new ArrayList<>();
            for (int r = 4; r < 44; r++) {
                courseRows.add(matrix.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(courseRows).containsExactlyElementsOf(IndependentCoverage.courses(IndependentCoverage.rows(CurriculumTesting.sample())));
            // RT-205 maps the SBO hit.it.db.relational at M, which reaches the topic hit.it.db.sql.
            int sql = 4 + targetColumns.indexOf("hit.it.db.sql");
            XSSFCell cell = (XSSFCell) matrix.getRow(4 + courseRows.indexOf("RT-205")).getCell(sql);
            assertThat(cell.getStringCellValue()).isEqualTo("M");
            assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(ids.getCell(sql).getCellStyle().getRotation()).isEqualTo((short) 90);
            // The "deepest" row marks uncovered targets with a red dash.
            Row deepest = matrix.getRow(45);
            long dashes = 0;
            for (int col = 4; col < ids.getLastCellNum(); col++) {
                if (deepest.getCell(col).getStringCellValue().equals("–")) {
                    dashes++;
                }
            }
            assertThat(dashes).isEqualTo(expected.uncovered.size());
            Sheet shares = wb.getSheet("Domains and areas");
            assertThat(shares.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(expected.overall[1]);
            assertThat(shares.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(wb.getSheet("Targets").getLastRowNum()).isEqualTo(expected.leafIds.size());
        }
    }

    @Test
    void csvAndMarkdownReportsCarryTheSameFigures() {
        IndependentCoverage expected = new IndependentCoverage("miis@2011", IndependentCoverage.rows(CurriculumTesting.sample()));
        byte[] body = http.get().uri(BASE + "/coverage?version=miis").accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(byte[].class).returnResult().getResponseBody();
        String csv = new String(body, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("target,name_ja,name_en,domain,area,hours,covered,depth,courses");
        assertThat(lines).hasSize(1 + expected.leafIds.size());
        assertThat(lines.stream().filter(l -> l.contains(",false,")).count()).isEqualTo(expected.uncovered.size());
        String md = new String(http.get().uri(BASE + "/coverage?version=miis").accept(MediaType.parseMediaType("text/markdown")).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/markdown")
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# 診療放射線学科 2025年度")
                .contains("**" + expected.overall[1] + " of " + expected.overall[0] + "**")
                .contains("## Uncovered targets / 未カバーの目標 (" + expected.uncovered.size() + ")")
                .contains("RT-109 医療英語");
    }

    @Test
    void suggestionsCanBeAcceptedAndRejected() {
        JsonNode all = json(BASE + "/suggestions?version=miis&course=RT-207&limit=5");
        assertThat(all.size()).isEqualTo(1);
        JsonNode suggestions = all.get(0).path("suggestions");
        assertThat(suggestions.size()).isBetween(1, 5);
        String first = suggestions.get(0).path("target").asString();
        String token = CurriculumTesting.educator(INSTITUTION);
        JsonNode c = http.post().uri(BASE + "/courses/RT-207/suggestions/" + first + "/accept").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("depth", "reinforces")).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"v3\"").expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode course = c.path("courses").valueStream().filter(k -> k.path("code").asString().equals("RT-207")).findFirst().orElseThrow();
        assertThat(course.path("mappings").toString()).contains("\"target\":\"" + first + "\"").contains("\"depth\":\"reinforces\"");
        JsonNode next = json(BASE + "/suggestions?version=miis&course=RT-207&limit=5").get(0).path("suggestions");
        assertThat(strings(next, "target")).doesNotContain(first);
        if (!next.isEmpty()) {
            String second = next.get(0).path("target").asString();
            http.post().uri(BASE + "/courses/RT-207/suggestions/" + second + "/reject").headers(h -> h.setBearerAuth(token))
                    .header("If-Match", "\"v3\"").exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"v4\"");
            assertThat(strings(json(BASE + "/suggestions?version=miis&course=RT-207&limit=5").get(0).path("suggestions"), "target"))
                    .doesNotContain(first, second);
        }
    }

    @Test
    void theBenchmarkListsPublicCurriculaPerDomain() {
        JsonNode b = json("/api/v1/benchmarks/coverage?version=hit");
        assertThat(b.path("version").asString()).isEqualTo("hit@fy2020");
        JsonNode ours = b.path("entries").valueStream().filter(e -> e.path("curriculum").asString().equals(ID)).findFirst().orElseThrow();
        IndependentCoverage expected = new IndependentCoverage("hit@fy2020", IndependentCoverage.rows(CurriculumTesting.sample()));
        assertThat(ours.path("overall").path("covered").asInt()).isEqualTo(expected.overall[1]);
        assertThat(ours.path("domains").size()).isEqualTo(expected.domains.size());
        assertThat(b.path("domains").size()).isEqualTo(expected.domains.size());
        assertThat(b.path("domains").get(0).path("curricula").asInt()).isEqualTo(b.path("curricula").asInt());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asString()));
        return out;
    }
}
