package org.michishirube.api.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Ownership, visibility, optimistic locking, CSV errors and atomicity, each checked through the API. */
@ApiIT
class CurriculumRulesIT {

    static final String OWNER = "rules-it-u";
    static final String OTHER = "rules-it-other";
    static final String PRIVATE = "rules-it-u.private";
    static final String PUBLIC = "rules-it-u.public";
    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final String HEADER = "course_code,title_ja,title_en,year,semester,hours,credits,syllabus,target,depth,evidence\n";

    @Autowired
    WebTestClient http;

    @BeforeEach
    void create() {
        cleanUp();
        for (String[] c : new String[][] {{PRIVATE, "private"}, {PUBLIC, "public"}}) {
            http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OWNER)))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", c[0], "visibility", c[1],
                            "name", Map.of("ja", "テスト課程", "en", "Test curriculum"),
                            "courses", List.of(Map.of("code", "A-1", "title", Map.of("ja", "医療情報学", "en", "Medical informatics"),
                                    "year", 1, "semester", "前期", "hours", 30,
                                    "mappings", List.of(Map.of("target", "hit.it.db", "depth", "I"))))))
                    .exchange().expectStatus().isCreated();
        }
    }

    @AfterEach
    void cleanUp() {
        CurriculumTesting.deleteCurriculaOf(OWNER);
        CurriculumTesting.deleteCurriculaOf(OTHER);
    }

    @Test
    void privateCurriculaAreInvisibleToOthersAndVisibleToTheirOwners() {
        http.get().uri("/api/v1/curricula/" + PRIVATE).exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/curricula/" + PRIVATE).headers(h -> h.setBearerAuth(CurriculumTesting.educator(OTHER)))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/curricula/" + PRIVATE + "/coverage?version=hit").exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/curricula/" + PRIVATE + "/courses").accept(CSV).exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/curricula/" + PRIVATE).headers(h -> h.setBearerAuth(CurriculumTesting.educator(OWNER)))
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"v1\"");
        http.get().uri("/api/v1/curricula/" + PRIVATE).headers(h -> h.setBearerAuth(CurriculumTesting.admin())).exchange().expectStatus().isOk();
        http.get().uri("/api/v1/curricula/" + PUBLIC).exchange().expectStatus().isOk();
        assertThat(ids(list(null))).contains(PUBLIC).doesNotContain(PRIVATE);
        assertThat(ids(list(CurriculumTesting.educator(OWNER)))).contains(PUBLIC, PRIVATE);
        // The benchmark counts public curricula only.
        JsonNode b = http.get().uri("/api/v1/benchmarks/coverage?version=hit").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(b.path("entries").toString()).contains(PUBLIC).doesNotContain(PRIVATE);
    }

    @Test
    void onlyEducatorsOfTheOwnerOrAdminsChangeACurriculum() {
        String body = HEADER + "A-1,医療情報学,Medical informatics,1,前期,30,,,hit.it.db,masters,\n";
        // No token, wrong role: refused before anything is read.
        problem(http.put().uri("/api/v1/curricula/" + PUBLIC + "/courses").contentType(CSV).bodyValue(body).exchange(), 401, "unauthenticated");
        problem(http.put().uri("/api/v1/curricula/" + PUBLIC + "/courses").headers(h -> h.setBearerAuth(Tokens.forRoles("l", List.of("learner"))))
                .contentType(CSV).bodyValue(body).exchange(), 403, "forbidden");
        // Another institution's educator: 403 on a public curriculum, 404 on a private one.
        problem(http.put().uri("/api/v1/curricula/" + PUBLIC + "/courses").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OTHER)))
                .contentType(CSV).bodyValue(body).exchange(), 403, "forbidden");
        problem(http.delete().uri("/api/v1/curricula/" + PRIVATE).headers(h -> h.setBearerAuth(CurriculumTesting.educator(OTHER)))
                .exchange(), 404, "not-found");
        // An educator without an institution claim cannot own one.
        problem(http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(Tokens.forRoles("e", List.of("educator"))))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "rules-it-u.x", "name", Map.of("ja", "x", "en", "x")))
                .exchange(), 403, "forbidden");
        // Nor create one for another institution.
        problem(http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OTHER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "rules-it-other.x", "institution", OWNER,
                        "name", Map.of("ja", "x", "en", "x"))).exchange(), 403, "forbidden");
        // The owner's educator and an admin may.
        http.put().uri("/api/v1/curricula/" + PUBLIC + "/courses").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OWNER)))
                .contentType(CSV).bodyValue(body).exchange().expectStatus().isOk();
        http.delete().uri("/api/v1/curricula/" + PRIVATE).headers(h -> h.setBearerAuth(CurriculumTesting.admin())).exchange()
                .expectStatus().isNoContent();
        http.get().uri("/api/v1/curricula/" + PRIVATE).headers(h -> h.setBearerAuth(CurriculumTesting.admin())).exchange().expectStatus().isNotFound();
        // Admins create for any institution they name.
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.admin())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "rules-it-other.by-admin", "institution", OTHER, "name", Map.of("ja", "管理者", "en", "By admin")))
                .exchange().expectStatus().isCreated();
        problem(http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OWNER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", PUBLIC, "name", Map.of("ja", "x", "en", "x")))
                .exchange(), 409, "conflict");
    }

    @Test
    void anInstitutionOwnsItsNamespaceAndTheAnswerDoesNotTellWhatExists() {
        // PRIVATE exists under OWNER's namespace; "rules-it-u.absent" does not. To another institution's educator both
        // are the same 403, naming their own namespace, never 409 "exists already".
        for (String id : List.of(PRIVATE, "rules-it-u.absent")) {
            JsonNode refused = problem(http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OTHER)))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", id, "name", Map.of("ja", "x", "en", "x")))
                    .exchange(), 403, "forbidden");
            assertThat(refused.path("namespace").asString()).isEqualTo(OTHER + ".");
            assertThat(refused.path("detail").asString()).doesNotContain("exists");
        }
        // An id with no namespace at all is refused the same way.
        problem(http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OTHER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "radiology-2025", "name", Map.of("ja", "x", "en", "x")))
                .exchange(), 403, "forbidden");
        // In its own namespace the educator creates; an admin naming an institution must use its namespace too.
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OTHER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", OTHER + ".radiology", "name", Map.of("ja", "x", "en", "x")))
                .exchange().expectStatus().isCreated();
        JsonNode invalid = problem(http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.admin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "elsewhere.x", "institution", OTHER,
                        "name", Map.of("ja", "x", "en", "x"))).exchange(), 400, "validation-failed");
        assertThat(invalid.toString()).contains(OTHER + ".radiology-2025");
        http.get().uri("/api/v1/curricula/elsewhere.x").headers(h -> h.setBearerAuth(CurriculumTesting.admin())).exchange().expectStatus().isNotFound();
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String token = CurriculumTesting.educator(OWNER);
        Map<String, Object> course = Map.of("title", Map.of("ja", "データベース", "en", "Databases"), "year", 2, "semester", "second",
                "mappings", List.of(Map.of("target", "hit.it.db.sql", "depth", "masters")));
        http.put().uri("/api/v1/curricula/" + PUBLIC + "/courses/B-2").headers(h -> h.setBearerAuth(token)).header("If-Match", "\"v1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(course).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"v2\"");
        List<String> before = CurriculumTesting.dump();
        JsonNode p = problem(http.put().uri("/api/v1/curricula/" + PUBLIC + "/courses/B-3").headers(h -> h.setBearerAuth(token))
                .header("If-Match", "\"v1\"").contentType(MediaType.APPLICATION_JSON).bodyValue(course).exchange(), 412, "precondition-failed");
        assertThat(p.path("currentVersion").asLong()).isEqualTo(2);
        problem(http.delete().uri("/api/v1/curricula/" + PUBLIC).headers(h -> h.setBearerAuth(token)).header("If-Match", "garbage")
                .exchange(), 412, "precondition-failed");
        // If-Match compares strongly (RFC 9110): the current version as a weak validator does not match.
        problem(http.delete().uri("/api/v1/curricula/" + PUBLIC).headers(h -> h.setBearerAuth(token)).header("If-Match", "W/\"v2\"")
                .exchange(), 412, "precondition-failed");
        assertThat(CurriculumTesting.dump()).isEqualTo(before);
        // Sending the stored content again is not a change.
        http.put().uri("/api/v1/curricula/" + PUBLIC + "/courses/B-2").headers(h -> h.setBearerAuth(token)).header("If-Match", "\"v2\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(course).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"v2\"");
        assertThat(CurriculumTesting.dump()).isEqualTo(before);
    }

    @Test
    void aFileWithBadRowsIsRejectedWithEveryRowAndNothingIsStored() {
        List<String> before = CurriculumTesting.dump();
        String csv = HEADER
                + "A-1,医療情報学,Medical informatics,1,前期,30,2,\"シラバス, 引用符\"\"付き\",hit.it.db,introduces,\n" // row 2: fine
                + "A-1,,,,,,,,hit.it.nope,masters,\n"                                               // row 3: unknown target
                + "B-2,データベース,Databases,7,春,x,-1,,hit.it.db.sql,deep,\n"                       // row 4: year, semester, hours, credits, depth
                + "A-1,医療情報学 改,,,,,,,hit.it.net,I,\n"                                          // row 5: title differs
                + "A-1,,,,,,,,hit.it.db,M,\n"                                                       // row 6: duplicate mapping
                + "C 3,科目,Course,1,前期,,,,,,\n"                                                  // row 7: bad code
                + "D-4,科目,,1,前期,,,,,masters,\n";                                                // row 8: no title_en; depth without target
        JsonNode p = problem(importCsv(PUBLIC, csv.getBytes(StandardCharsets.UTF_8)), 422, "invalid-csv");
        List<Long> rows = new ArrayList<>();
        p.path("rows").forEach(r -> rows.add(r.path("row").asLong()));
        assertThat(rows.stream().distinct().toList()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(p.path("detail").asString()).startsWith("6 bad row(s)");
        String all = p.path("rows").toString();
        assertThat(all).contains("hit.it.nope", "year '7'", "semester '春'", "hours 'x'", "credits '-1'", "depth 'deep'",
                "differs from its first row (row 2)", "already maps hit.it.db on row 2", "course_code 'C 3'", "title_en");
        assertThat(CurriculumTesting.dump()).isEqualTo(before);
    }

    @Test
    void malformedFilesAreProblemsNotErrors() {
        List<String> before = CurriculumTesting.dump();
        byte[] sjis = (HEADER + "A-1,医療情報学,Medical informatics,1,前期,30,2,,hit.it.db,I,\n").getBytes(Charset.forName("Shift_JIS"));
        assertThat(problem(importCsv(PUBLIC, sjis), 422, "invalid-csv").path("rows").get(0).path("reason").asString()).contains("UTF-8");
        problem(importCsv(PUBLIC, new byte[0]), 422, "invalid-csv");
        problem(importCsv(PUBLIC, "course,title\nA,B\n".getBytes(StandardCharsets.UTF_8)), 422, "invalid-csv");
        problem(importCsv(PUBLIC, HEADER.getBytes(StandardCharsets.UTF_8)), 422, "invalid-csv");
        JsonNode quote = problem(importCsv(PUBLIC, (HEADER + "A-1,\"unclosed,x,1,前期,,,,,,\n").getBytes(StandardCharsets.UTF_8)), 422, "invalid-csv");
        assertThat(quote.path("rows").get(0).path("row").asLong()).isEqualTo(2);
        problem(importCsv(PUBLIC, (HEADER + "A-1,a,b,1\n").getBytes(StandardCharsets.UTF_8)), 422, "invalid-csv");
        // A UTF-8 byte-order mark, as Excel writes one, is fine; this file says what the JSON create said, so nothing changes.
        byte[] bom = ("\uFEFF" + HEADER + "A-1,医療情報学,Medical informatics,1,前期,30,,,hit.it.db,I,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(importCsv(PUBLIC, bom).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .path("changed").asBoolean()).isFalse();
        JsonNode invalidJson = problem(http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OWNER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "Bad Id", "visibility", "secret",
                        "courses", List.of(Map.of("code", "X", "year", 9)))).exchange(), 400, "validation-failed");
        assertThat(invalidJson.path("errors").toString()).contains("\"id\"", "\"name\"", "\"visibility\"", "courses[0].title",
                "courses[0].year", "courses[0].semester");
        assertThat(CurriculumTesting.dump()).isEqualTo(before);
        http.get().uri("/api/v1/curricula/" + PUBLIC + "/coverage?version=hit@2099").exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/curricula/" + PUBLIC + "/coverage?version=Not+A+Version@").exchange().expectStatus().isBadRequest();
        http.get().uri("/api/v1/curricula/" + PUBLIC + "/coverage").exchange().expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec importCsv(String id, byte[] body) {
        return http.put().uri("/api/v1/curricula/" + id + "/courses").headers(h -> h.setBearerAuth(CurriculumTesting.educator(OWNER)))
                .contentType(CSV).bodyValue(body).exchange();
    }

    private JsonNode list(String token) {
        return http.get().uri("/api/v1/curricula?size=200").headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    private static JsonNode problem(WebTestClient.ResponseSpec spec, int status, String slug) {
        JsonNode body = spec.expectStatus().isEqualTo(status).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body.path("type").asString()).isEqualTo("https://michishirube.org/problems/" + slug);
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }
}
