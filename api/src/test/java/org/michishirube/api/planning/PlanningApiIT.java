package org.michishirube.api.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The three scenario questions of the planner, asked of the running service over the reference dataset.
 * Expected targets are read from the dataset YAML here, independently of the loader and the planner.
 */
@ApiIT
class PlanningApiIT {

    private static final String TODAY = "2026-11-25";
    private static final Map<String, JsonNode> TARGETS = new HashMap<>();
    private static final Map<String, List<String>> PREREQUISITES = new HashMap<>();
    private static final Map<String, String> PARENT = new HashMap<>();
    private static JsonNode roles;

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void readDatasetIndependently() throws Exception {
        YAMLMapper yaml = YAMLMapper.builder().build();
        for (String file : List.of("frameworks/hit@fy2020.yaml", "frameworks/senior-hit@1.6.yaml", "frameworks/miis@2011.yaml")) {
            try (var in = PlanningApiIT.class.getResourceAsStream("/dataset/" + file)) {
                for (JsonNode d : yaml.readTree(in).path("domains")) {
                    walk(d.path("targets"), null);
                }
            }
        }
        try (var in = PlanningApiIT.class.getResourceAsStream("/dataset/roles.yaml")) {
            roles = yaml.readTree(in).path("roles");
        }
    }

    private static void walk(JsonNode list, String parent) {
        for (JsonNode t : list) {
            String id = t.path("id").asString();
            TARGETS.put(id, t);
            PARENT.put(id, parent);
            List<String> pres = new ArrayList<>();
            t.path("prerequisites").forEach(p -> pres.add(p.asString()));
            PREREQUISITES.put(id, pres);
            walk(t.path("children"), id);
        }
    }

    private static Set<String> leavesOf(String framework) {
        Set<String> leaves = new HashSet<>();
        TARGETS.forEach((id, t) -> {
            if (id.startsWith(framework + ".") && t.path("children").isEmpty()) {
                leaves.add(id);
            }
        });
        return leaves;
    }

    @Test
    void aHitHolderBecomesMiisByLearningEveryMiisTargetAndSittingOneExam() {
        JsonNode plan = plan("""
                {"profile": {"credentials": ["hit"], "hoursPerWeek": 5},
                 "goal": {"credential": "miis"}, "today": "%s"}""".formatted(TODAY));
        // The main plan's fields sit at the top level, beside the alternatives.
        assertThat(plan.has("plan")).isFalse();
        assertThat(plan.path("alternatives").isArray()).isTrue();
        Set<String> steps = stepIds(plan);
        assertThat(steps).containsAll(leavesOf("miis"));
        // A HIT holder learns nothing of HIT again; every extra step is a prerequisite of a MIIS target.
        Set<String> closure = closureOf(leavesOf("miis"));
        assertThat(steps).allSatisfy(s -> {
            assertThat(s).doesNotStartWith("hit.");
            assertThat(closure).contains(s);
        });
        assertThat(plan.path("milestones").size()).isEqualTo(1);
        assertThat(plan.path("milestones").get(0).path("kind").asString()).isEqualTo("exam");
        assertThat(plan.path("milestones").get(0).path("credential").path("id").asString()).isEqualTo("miis");
        int sum = 0;
        for (JsonNode s : plan.path("steps")) {
            sum += s.path("hours").asInt();
            assertThat(s.path("why").get(0).path("id").asString()).isEqualTo("miis");
        }
        assertThat(plan.path("totalHours").asInt()).isEqualTo(sum);
        assertThat(plan.path("weeks").asInt()).isGreaterThanOrEqualTo((sum + 4) / 5);
        assertPrerequisitesComeFirst(plan);
    }

    @Test
    void withNoCredentialSeniorHitMeansHitFirstThenFiveYearsOfWorkThenTheSeniorExam() {
        JsonNode plan = plan("""
                {"profile": {"hoursPerWeek": 10}, "goal": {"credential": "senior-hit"}, "today": "%s"}""".formatted(TODAY));
        List<String> kinds = new ArrayList<>();
        List<String> credentials = new ArrayList<>();
        plan.path("milestones").forEach(m -> {
            kinds.add(m.path("kind").asString());
            credentials.add(m.path("credential").path("id").asString());
        });
        assertThat(credentials).containsSubsequence("hit", "senior-hit");
        assertThat(credentials.indexOf("hit")).isLessThan(credentials.lastIndexOf("senior-hit"));
        int wait = kinds.indexOf("wait");
        assertThat(wait).isGreaterThan(credentials.indexOf("hit"));
        JsonNode waiting = plan.path("milestones").get(wait);
        assertThat(waiting.path("experience").asString()).isEqualTo("healthcare-is");
        assertThat(waiting.path("missingYears").asInt()).isEqualTo(5);
        assertThat(LocalDate.parse(waiting.path("earliest").asString())).isEqualTo(LocalDate.parse(TODAY).plusYears(5));
        JsonNode seniorExam = plan.path("milestones").get(credentials.lastIndexOf("senior-hit"));
        assertThat(LocalDate.parse(seniorExam.path("earliest").asString())).isAfterOrEqualTo(LocalDate.parse(TODAY).plusYears(5));
        assertThat(stepIds(plan)).containsAll(leavesOf("hit")).containsAll(leavesOf("senior-hit"));
        assertPrerequisitesComeFirst(plan);
    }

    @Test
    void aPharmacistReachesTheHospitalInformationDepartmentThroughItsNeeds() {
        JsonNode pharmacist = role("pharmacist");
        Map<String, Integer> mastered = new HashMap<>();
        pharmacist.path("needs").forEach(n -> mastered.put(n.path("target").asString(), n.path("level").asInt()));
        JsonNode staff = role("hospital-his-staff");
        StringBuilder masteredJson = new StringBuilder("{");
        mastered.forEach((k, v) -> masteredJson.append(masteredJson.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        masteredJson.append('}');
        JsonNode answer = plan("""
                {"profile": {"mastered": %s, "hoursPerWeek": 6}, "goal": {"role": "hospital-his-staff"}, "today": "%s"}"""
                .formatted(masteredJson, TODAY));
        JsonNode plan = answer;
        Set<String> steps = stepIds(plan);
        staff.path("needs").forEach(n -> {
            String target = n.path("target").asString();
            boolean held = mastered.getOrDefault(target, 0) >= n.path("level").asInt();
            if (held) {
                assertThat(steps).doesNotContain(target);
            } else {
                assertThat(steps).contains(target);
            }
        });
        assertThat(plan.path("goal").path("kind").asString()).isEqualTo("role");
        // Alternatives reach the role through a credential that suits it, and differ in their exams.
        Set<String> exams = new HashSet<>();
        answer.path("alternatives").forEach(a -> {
            assertThat(a.path("examCredentials").size()).isPositive();
            assertThat(exams.add(a.path("examCredentials").toString())).isTrue();
        });
    }

    @Test
    void theSamePlanComesOutTwiceAndAsMarkdown() {
        String body = """
                {"profile": {"credentials": [{"id": "hit", "year": 2020}], "hoursPerWeek": 4}, "goal": {"credential": "miis"}, "today": "%s"}"""
                .formatted(TODAY);
        assertThat(plan(body)).isEqualTo(plan(body));
        String md = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).accept(MediaType.parseMediaType("text/markdown"))
                .bodyValue(body).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).startsWith("# 学習計画 / Learning plan: 医用画像情報専門技師 (Medical Imaging Information Specialist)")
                .contains("| # | 到達目標 / Target");
    }

    @Test
    void selfAssessedLevelsAreTakenOnTrustAndSaySoAndCanBeLeftOut() {
        JsonNode fresh = plan("""
                {"profile": {"credentials": ["hit"], "hoursPerWeek": 5}, "goal": {"credential": "miis"}, "alternatives": 0, "today": "%s"}"""
                .formatted(TODAY));
        assertThat(fresh.path("selfAssessment").isNull()).isTrue();
        String evidenced = fresh.path("steps").get(0).path("target").path("id").asString();
        String selfRated = fresh.path("steps").get(1).path("target").path("id").asString();
        String profile = """
                {"credentials": ["hit"], "hoursPerWeek": 5, "mastered": {"%s": 4, "%s": 4}, "evidence": {"%s": "RT-403 (A, 2024)"}}"""
                .formatted(evidenced, selfRated, evidenced);
        JsonNode trusting = plan("""
                {"profile": %s, "goal": {"credential": "miis"}, "alternatives": 0, "today": "%s"}""".formatted(profile, TODAY));
        JsonNode cautious = plan("""
                {"profile": %s, "goal": {"credential": "miis"}, "alternatives": 0, "today": "%s", "countSelfAssessed": false}"""
                .formatted(profile, TODAY));
        // Trusted, neither level is studied; left out, the self-rated one is, and the evidenced one still is not.
        assertThat(stepIds(trusting)).doesNotContain(evidenced, selfRated);
        assertThat(stepIds(cautious)).contains(selfRated).doesNotContain(evidenced);
        assertThat(cautious.path("selfAssessment").isNull()).isTrue();
        JsonNode onTrust = trusting.path("selfAssessment");
        assertThat(onTrust.path("hoursSpared").asInt()).isEqualTo(cautious.path("totalHours").asInt() - trusting.path("totalHours").asInt())
                .isPositive();
        assertThat(onTrust.path("targets").findValuesAsString("id")).contains(selfRated).doesNotContain(evidenced);
        String md = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).accept(MediaType.parseMediaType("text/markdown"))
                .bodyValue("""
                        {"profile": %s, "goal": {"credential": "miis"}, "alternatives": 0, "today": "%s"}""".formatted(profile, TODAY))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("Spared on self-assessment alone: " + onTrust.path("hoursSpared").asInt() + " h");

        // Role fit leaves them out the same way: as if the self-rated level had never been given.
        String withoutSelfRated = """
                {"credentials": ["hit"], "hoursPerWeek": 5, "mastered": {"%s": 4}, "evidence": {"%s": "RT-403 (A, 2024)"}}"""
                .formatted(evidenced, evidenced);
        JsonNode fitCautious = roleFit("""
                {"profile": %s, "countSelfAssessed": false}""".formatted(profile));
        JsonNode fitWithout = roleFit("""
                {"profile": %s}""".formatted(withoutSelfRated));
        JsonNode fitTrusting = roleFit("""
                {"profile": %s}""".formatted(profile));
        assertThat(fitCautious).isEqualTo(fitWithout);
        assertThat(fitTrusting).isNotEqualTo(fitWithout);

        expectProblem("""
                {"profile": {"hoursPerWeek": 5, "evidence": {"%s": "RT-403"}}, "goal": {"credential": "miis"}}""".formatted(evidenced),
                400, "profile.evidence." + evidenced);
        expectProblem("""
                {"profile": {"hoursPerWeek": 5, "mastered": {"%s": 2}, "evidence": {"%s": " "}}, "goal": {"credential": "miis"}}"""
                .formatted(evidenced, evidenced), 400, "profile.evidence." + evidenced);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        expectProblem("""
                {"profile": {"hoursPerWeek": -3}, "goal": {"credential": "miis"}}""", 400, "profile.hoursPerWeek");
        expectProblem("""
                {"profile": {"hoursPerWeek": 5, "mastered": {"hit.it.db.sql": 9}}, "goal": {"credential": "miis"}}""", 400, "profile.mastered.hit.it.db.sql");
        expectProblem("""
                {"profile": {"hoursPerWeek": 5}, "goal": {"credential": "miis", "role": "cio"}}""", 400, "goal");
        expectProblem("""
                {"profile": {"hoursPerWeek": 5, "experience": {"astronomy": 3}}, "goal": {"credential": "miis"}}""", 400, "profile.experience.astronomy");
        expectProblem("""
                {"profile": {"hoursPerWeek": 5}, "goal": {"credential": "astronaut"}}""", 404, "goal.credential");
        expectProblem("""
                {"profile": {"hoursPerWeek": 5, "credentials": ["hit", "nope"]}, "goal": {"role": "cio"}}""", 404, "profile.credentials[1]");
        expectProblem("""
                {"profile": {"hoursPerWeek": 5}, "goal": {"targets": ["hit.no.such"]}}""", 404, "goal.targets[0]");
        JsonNode reached = problem(http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"profile": {"hoursPerWeek": 5, "credentials": ["hit"]}, "goal": {"credential": "hit"}}""").exchange(), 422);
        assertThat(reached.path("type").asString()).endsWith("/goal-already-reached");
        for (String broken : List.of("{", "[]", "{\"profile\": 3, \"goal\": {}}", "\"text\"")) {
            JsonNode p = problem(http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(broken).exchange(), 400);
            assertThat(p.path("detail").asString()).doesNotContain("tools.jackson").doesNotContain("Exception");
        }
        for (String wrongShape : List.of("[]", "\"text\"", "3")) {
            JsonNode p = problem(http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(wrongShape).exchange(), 400);
            assertThat(p.path("detail").asString()).as(wrongShape).isEqualTo("The request body must be an object.");
        }
        problem(http.post().uri("/api/v1/plans").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange(), 415);
        // A value of the wrong JSON type is named by its path, with what it takes, not by Java types.
        JsonNode wrongType = problem(http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"profile": {"hoursPerWeek": "五"}, "goal": {"credential": "miis"}}""").exchange(), 400);
        assertThat(wrongType.path("type").asString()).endsWith("/malformed-body");
        assertThat(wrongType.path("field").asString()).isEqualTo("profile.hoursPerWeek");
        assertThat(wrongType.path("detail").asString()).contains("'profile.hoursPerWeek' must be a whole number").doesNotContain("``");
        // A date that does not exist is named by its path too, not only by the codec's words.
        Map<String, String> impossibleDates = Map.of(
                "today", "{\"profile\": {\"hoursPerWeek\": 5}, \"goal\": {\"credential\": \"hit\"}, \"today\": \"2027-02-30\"}",
                "profile.weeksOff[0].from", "{\"profile\": {\"hoursPerWeek\": 5, \"weeksOff\": [{\"from\": \"2027-13-01\", \"to\": \"2027-12-31\"}]},"
                        + " \"goal\": {\"credential\": \"hit\"}}");
        impossibleDates.forEach((field, body) -> {
            JsonNode date = problem(http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 400);
            assertThat(date.path("type").asString()).endsWith("/malformed-body");
            assertThat(date.path("field").asString()).isEqualTo(field);
            assertThat(date.path("detail").asString()).contains("'" + field + "' must be a date that exists, written YYYY-MM-DD");
        });
        // A misspelt field is refused, not ignored: the plan would otherwise silently leave out what was mastered.
        JsonNode misspelt = problem(http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"profile": {"hoursPerWeek": 5, "masterd": {"hit.it.db.sql": 3}}, "goal": {"credential": "miis"}}""").exchange(), 400);
        assertThat(misspelt.path("type").asString()).endsWith("/malformed-body");
        assertThat(misspelt.path("field").asString()).isEqualTo("profile.masterd");
        assertThat(misspelt.path("detail").asString()).contains("'profile.masterd' is not a field this request knows");
    }

    @Test
    void roleFitRanksEveryRoleWithScoresInRangeAndSecondCareerLeavesTheFamilyOut() {
        JsonNode all = http.post().uri("/api/v1/role-fit").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"profile": {"credentials": ["hit"], "hoursPerWeek": 5}}""").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(all.path("roles").size()).isEqualTo(roles.size());
        double previous = 2;
        for (JsonNode r : all.path("roles")) {
            double score = r.path("score").asDouble();
            assertThat(score).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = score;
        }
        JsonNode second = http.post().uri("/api/v1/role-fit").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"profile": {"hoursPerWeek": 5}, "secondCareer": {"currentRoles": ["pharmacist"]}}""").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String pharmacistFamily = role("pharmacist").path("family").asString();
        assertThat(second.path("excludedFamilies").toString()).contains(pharmacistFamily);
        second.path("roles").forEach(r -> assertThat(r.path("family").asString()).isNotEqualTo(pharmacistFamily));
        assertThat(second.path("roles").size()).isPositive().isLessThan(roles.size());

        // What a pharmacist needs is credited: the same ranking as a learner who rated those needs themselves.
        Map<String, Integer> needs = new HashMap<>();
        role("pharmacist").path("needs").forEach(n -> needs.put(n.path("target").asString(), n.path("level").asInt()));
        Map<String, Integer> credited = new HashMap<>();
        second.path("credited").forEach(c -> credited.put(c.path("target").path("id").asString(), c.path("level").asInt()));
        assertThat(credited).isEqualTo(needs);
        StringBuilder masteredJson = new StringBuilder("{");
        needs.forEach((k, v) -> masteredJson.append(masteredJson.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        masteredJson.append('}');
        JsonNode rated = http.post().uri("/api/v1/role-fit").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"profile": {"hoursPerWeek": 5, "mastered": %s}}""".formatted(masteredJson)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> expected = new ArrayList<>();
        rated.path("roles").forEach(r -> {
            if (!r.path("family").asString().equals(pharmacistFamily)) {
                expected.add(r);
            }
        });
        List<JsonNode> actual = new ArrayList<>();
        second.path("roles").forEach(actual::add);
        assertThat(actual).isEqualTo(expected);
        assertThat(all.path("credited").isEmpty()).isTrue();
    }

    private void assertPrerequisitesComeFirst(JsonNode plan) {
        Map<String, Integer> position = new HashMap<>();
        plan.path("steps").forEach(s -> position.put(s.path("target").path("id").asString(), s.path("index").asInt()));
        position.forEach((target, index) -> PREREQUISITES.getOrDefault(target, List.of()).forEach(p -> {
            if (position.containsKey(p)) {
                assertThat(position.get(p)).as("%s before %s", p, target).isLessThan(index);
            }
        }));
    }

    private static Set<String> closureOf(Set<String> start) {
        Set<String> seen = new HashSet<>(start);
        List<String> todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            for (String p : PREREQUISITES.getOrDefault(todo.remove(todo.size() - 1), List.of())) {
                if (seen.add(p)) {
                    todo.add(p);
                }
            }
        }
        return seen;
    }

    private static JsonNode role(String id) {
        for (JsonNode r : roles) {
            if (r.path("id").asString().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static Set<String> stepIds(JsonNode plan) {
        Set<String> ids = new HashSet<>();
        plan.path("steps").forEach(s -> ids.add(s.path("target").path("id").asString()));
        return ids;
    }

    private JsonNode plan(String body) {
        // Role plans with alternatives run to hundreds of kilobytes; the test client buffers 256 KB by default.
        return http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build().post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode roleFit(String body) {
        return http.post().uri("/api/v1/role-fit").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private void expectProblem(String body, int status, String field) {
        JsonNode p = problem(http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), status);
        assertThat(p.path("errors").findValuesAsString("field")).as(body).contains(field);
    }

    static JsonNode problem(WebTestClient.ResponseSpec spec, int status) {
        return spec.expectStatus().isEqualTo(status).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
