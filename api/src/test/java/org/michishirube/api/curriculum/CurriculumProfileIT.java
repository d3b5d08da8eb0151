package org.michishirube.api.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A profile seeded from the shipped sample curriculum: a graduate's HIT plan is shorter than a newcomer's by exactly the hours
 * the curriculum's depths imply, worked out here from the CSV file and the dataset YAML alone; private curricula of others
 * are as unknown as ids that do not exist.
 */
@ApiIT
class CurriculumProfileIT {

    static final String INSTITUTION = "profile-it-u";
    static final String OTHER = "profile-it-other";
    static final String ID = INSTITUTION + ".radiology-2025";
    static final String PRIVATE = OTHER + ".private-2025";

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

    /**
     * Hours the sample spares on the way to HIT, from the CSV and hit@fy2020.yaml by the documented rules: {hours of the leaves
     * covered at exam level (reinforces, masters), what introduced-only leaves spare (level 1 → 2 costs half, rounded up), leaves
     * credited}. An inner target that is a prerequisite is studied at level 1 (half its effort, rounded up); covering it
     * spares that.
     */
    static int[] independentSavings() {
        JsonNode yaml = YAMLMapper.builder().build().readTree(CurriculumTesting.locate(
                "dataset/src/main/resources/dataset/frameworks/hit@fy2020.yaml").toFile());
        Map<String, Integer> effort = new TreeMap<>();
        Map<String, List<String>> leavesUnder = new TreeMap<>();
        Map<String, Integer> innerEffort = new TreeMap<>();
        java.util.Set<String> prerequisites = new java.util.TreeSet<>();
        for (JsonNode domain : yaml.path("domains")) {
            for (JsonNode t : domain.path("targets")) {
                walk(t, new java.util.ArrayList<>(), effort, leavesUnder, innerEffort, prerequisites);
            }
        }
        Map<String, Integer> innerPrerequisites = new TreeMap<>(innerEffort);
        innerPrerequisites.keySet().retainAll(prerequisites);
        Map<String, Integer> level = new TreeMap<>();
        java.util.Set<String> mappedInner = new java.util.TreeSet<>();
        Map<String, Integer> byDepth = Map.of("introduces", 1, "reinforces", 2, "masters", 3);
        for (IndependentCoverage.Row r : IndependentCoverage.rows(CurriculumTesting.sample())) {
            if (leavesUnder.containsKey(r.target())) {
                leavesUnder.get(r.target()).forEach(leaf -> level.merge(leaf, byDepth.get(r.depth()), Math::max));
                if (innerPrerequisites.containsKey(r.target())) {
                    mappedInner.add(r.target());
                }
            }
        }
        int examLevel = 0;
        int introduced = 0;
        for (Map.Entry<String, Integer> e : level.entrySet()) {
            int hours = effort.get(e.getKey());
            if (e.getValue() >= 2) {
                examLevel += hours;
            } else {
                // from level 1 the exam level costs half the effort, rounded up
                introduced += hours - (hours + 1) / 2;
            }
        }
        for (String inner : mappedInner) {
            int hours = innerPrerequisites.get(inner);
            examLevel += (hours + 1) / 2;
        }
        return new int[] {examLevel, introduced, level.size()};
    }

    private static void walk(JsonNode t, List<String> ancestors, Map<String, Integer> effort, Map<String, List<String>> leavesUnder,
                             Map<String, Integer> innerEffort, java.util.Set<String> prerequisites) {
        String id = t.path("id").asString();
        t.path("prerequisites").forEach(p -> prerequisites.add(p.asString()));
        leavesUnder.putIfAbsent(id, new java.util.ArrayList<>());
        if (!t.has("children") || t.path("children").isEmpty()) {
            // the planner's documented default for a target without an estimate is 10 hours
            effort.put(id, t.has("effortHours") ? t.path("effortHours").asInt() : 10);
            leavesUnder.get(id).add(id);
            ancestors.forEach(a -> leavesUnder.get(a).add(id));
            return;
        }
        innerEffort.put(id, t.has("effortHours") ? t.path("effortHours").asInt() : 10);
        List<String> down = new java.util.ArrayList<>(ancestors);
        down.add(id);
        for (JsonNode c : t.path("children")) {
            walk(c, down, effort, leavesUnder, innerEffort, prerequisites);
        }
    }

    private JsonNode plan(Map<String, Object> profile, String token, int status) {
        var request = http.post().uri("/api/v1/plans");
        if (token != null) {
            request = request.headers(h -> h.setBearerAuth(token));
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("profile", profile, "goal", Map.of("credential", "hit"),
                        "alternatives", 0, "today", "2026-04-01"))
                .exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> graduateOf(String curriculum) {
        return Map.of("hoursPerWeek", 5, "curricula", List.of(Map.of("curriculum", curriculum, "completed", 2025)));
    }

    @Test
    void aGraduatesHitPlanIsShorterByTheHoursTheCurriculumCovers() {
        int[] saved = independentSavings();
        assertThat(saved[0]).as("the sample covers some HIT targets at exam level").isPositive();
        JsonNode none = plan(Map.of("hoursPerWeek", 5), null, 200);
        JsonNode graduate = plan(graduateOf(ID), null, 200);

        assertThat(none.path("totalHours").asInt() - graduate.path("totalHours").asInt()).isEqualTo(saved[0] + saved[1]);
        // every target credited is named with its curriculum, institution and course
        JsonNode from = graduate.path("fromCurricula");
        assertThat(from.size()).isGreaterThanOrEqualTo(saved[2]);
        for (JsonNode c : from) {
            assertThat(c.path("curriculum").asString()).isEqualTo(ID);
            assertThat(c.path("institution").asString()).isEqualTo(INSTITUTION);
            assertThat(c.path("course").asString()).startsWith("RT-");
            assertThat(c.path("completed").asInt()).isEqualTo(2025);
            assertThat(c.path("level").asInt()).isEqualTo(Map.of("introduces", 1, "reinforces", 2, "masters", 3).get(c.path("depth").asString()));
        }
        // course levels are evidenced, so counting only evidenced levels plans the same
        Map<String, Object> cautious = new java.util.HashMap<>(Map.of("profile", graduateOf(ID), "goal", Map.of("credential", "hit"),
                "alternatives", 0, "today", "2026-04-01", "countSelfAssessed", false));
        JsonNode evidenced = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(cautious).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(evidenced.path("totalHours").asInt()).isEqualTo(graduate.path("totalHours").asInt());
        assertThat(graduate.path("selfAssessment").isNull() || graduate.path("selfAssessment").isMissingNode()).isTrue();
    }

    @Test
    void aLevelTheLearnerSetHigherStaysTheirs() {
        JsonNode graduate = plan(graduateOf(ID), null, 200);
        java.util.Set<String> steps = new java.util.HashSet<>();
        plan(Map.of("hoursPerWeek", 5), null, 200).path("steps").forEach(s -> steps.add(s.path("target").path("id").asString()));
        String target = null;
        for (JsonNode c : graduate.path("fromCurricula")) {
            if (target == null && steps.contains(c.path("target").path("id").asString())) {
                target = c.path("target").path("id").asString();
            }
        }
        assertThat(target).isNotNull();
        Map<String, Object> profile = Map.of("hoursPerWeek", 5, "mastered", Map.of(target, 4),
                "curricula", List.of(Map.of("curriculum", ID, "completed", 2025)));
        JsonNode own = plan(profile, null, 200);
        for (JsonNode c : own.path("fromCurricula")) {
            assertThat(c.path("target").path("id").asString()).isNotEqualTo(target);
        }
        assertThat(own.path("fromCurricula").size()).isEqualTo(graduate.path("fromCurricula").size() - 1);
        assertThat(own.path("selfAssessment").path("targets").toString()).contains(target);
    }

    @Test
    void theMarkdownPlanSaysWhichLevelsCameFromTheCurriculum() {
        String md = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).accept(MediaType.parseMediaType("text/markdown"))
                .bodyValue(Map.of("profile", graduateOf(ID), "goal", Map.of("credential", "hit"), "alternatives", 0))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("修了した課程から / From curricula completed").contains(ID).contains("RT-");
    }

    @Test
    void aPrivateCurriculumOfAnotherInstitutionIsAsUnknownAsOneThatDoesNotExist() {
        String learner = Tokens.forRoles("learner-" + System.nanoTime(), List.of("learner"));
        JsonNode hidden = plan(graduateOf(PRIVATE), learner, 404);
        JsonNode absent = plan(graduateOf(OTHER + ".no-such"), learner, 404);
        assertThat(hidden.path("type")).isEqualTo(absent.path("type"));
        assertThat(hidden.path("errors").get(0).path("field").asString()).isEqualTo("profile.curricula[0].curriculum");
        assertThat(hidden.path("errors").get(0).path("message").asString().replace(PRIVATE, "X"))
                .isEqualTo(absent.path("errors").get(0).path("message").asString().replace(OTHER + ".no-such", "X"));
        // another institution's educator does not see it either; its own educator plans for a student with it
        plan(graduateOf(PRIVATE), CurriculumTesting.educator(INSTITUTION), 404);
        JsonNode own = plan(graduateOf(PRIVATE), CurriculumTesting.educator(OTHER), 200);
        assertThat(own.path("fromCurricula").get(0).path("curriculum").asString()).isEqualTo(PRIVATE);
    }

    @Test
    void badEntriesAre400AndNameTheirField() {
        JsonNode bad = plan(Map.of("hoursPerWeek", 5, "curricula", List.of(Map.of("curriculum", ID, "completed", 1800))), null, 400);
        assertThat(bad.path("errors").get(0).path("field").asString()).isEqualTo("profile.curricula[0].completed");
        JsonNode twice = plan(Map.of("hoursPerWeek", 5, "curricula", List.of(Map.of("curriculum", ID, "completed", 2025),
                Map.of("curriculum", ID, "completed", 2024))), null, 400);
        assertThat(twice.path("errors").get(0).path("field").asString()).isEqualTo("profile.curricula[1].curriculum");
    }

    @Test
    void aSavedProfileWithACurriculumPlansSavedPlansAndRoleFit() {
        String learner = Tokens.forRoles("grad-" + System.nanoTime(), List.of("learner"));
        http.put().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(graduateOf(ID)).exchange().expectStatus().is2xxSuccessful();
        JsonNode saved = http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "HIT", "goal", Map.of("credential", "hit"), "alternatives", 0)).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(saved.path("plan").path("fromCurricula").size()).isPositive();
        // a private curriculum the learner cannot see is refused when saving the profile, as unknown
        http.put().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(graduateOf(PRIVATE)).exchange().expectStatus().isNotFound();

        JsonNode fitNone = http.post().uri("/api/v1/role-fit").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("profile", Map.of("hoursPerWeek", 5))).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode fit = http.post().uri("/api/v1/role-fit").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("profile", graduateOf(ID))).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fit.path("fromCurricula").size()).isPositive();
        int hoursNone = 0;
        int hoursGrad = 0;
        for (JsonNode r : fitNone.path("roles")) {
            hoursNone += r.path("hoursToClose").asInt();
        }
        for (JsonNode r : fit.path("roles")) {
            hoursGrad += r.path("hoursToClose").asInt();
        }
        assertThat(hoursGrad).isLessThan(hoursNone);
    }
}
