package org.michishirube.api.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16's eligibility scenario through {@code POST /api/v1/plans}. Senior HIT's rule, from
 * /work/shared/docs/domain.md §0: HIT and (≥5 years of healthcare-IS work, or ≥5 years of IS work plus some
 * healthcare-IS work).
 */
@ApiIT
class EligibilityRulesApiIT {

    private static final String TODAY = "2026-11-25";

    @Autowired
    WebTestClient http;

    @Test
    void aHitHolderWithSixYearsOfIsWorkAndOneOfHealthcareIsWorkIsEligibleNow() {
        JsonNode plan = seniorPlan("{\"general-is\": 6, \"healthcare-is\": 1}");
        // Branch (a) met outright: the exam date then depends on study alone, the yardstick for "eligible now".
        JsonNode yardstick = seniorPlan("{\"healthcare-is\": 10}");

        assertThat(kinds(plan)).doesNotContain("wait");
        assertThat(kinds(yardstick)).doesNotContain("wait");
        assertThat(seniorExam(plan)).isEqualTo(seniorExam(yardstick));
        assertThat(seniorExam(plan)).isBefore(LocalDate.parse(TODAY).plusYears(1));
    }

    @Test
    void withoutHealthcareIsWorkTheyWaitForSomeOfIt() {
        JsonNode plan = seniorPlan("{\"general-is\": 6}");

        List<JsonNode> waits = new ArrayList<>();
        plan.path("milestones").forEach(m -> {
            if (m.path("kind").asString().equals("wait")) {
                waits.add(m);
            }
        });
        // Branch (b) lacks only "some" healthcare-IS work; profiles count whole years, so one year, not the five of (a).
        assertThat(waits).singleElement().satisfies(w -> {
            assertThat(w.path("credential").path("id").asString()).isEqualTo("senior-hit");
            assertThat(w.path("experience").asString()).isEqualTo("healthcare-is");
            assertThat(w.path("missingYears").asInt()).isEqualTo(1);
            assertThat(LocalDate.parse(w.path("earliest").asString())).isEqualTo(LocalDate.parse(TODAY).plusYears(1));
        });
        assertThat(seniorExam(plan)).isAfterOrEqualTo(LocalDate.parse(TODAY).plusYears(1));
    }

    @Test
    void theCredentialShowsTheRuleAsATreeAndInWords() {
        JsonNode senior = http.get().uri("/api/v1/credentials/senior-hit").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode rule = senior.path("eligibility");
        assertThat(rule.size()).isEqualTo(2);
        assertThat(rule.get(0).path("credential").path("id").asString()).isEqualTo("hit");
        JsonNode any = rule.get(1);
        assertThat(any.path("kind").asString()).isEqualTo("anyOf");
        assertThat(any.path("conditions").get(0).path("years").asInt()).isEqualTo(5);
        JsonNode both = any.path("conditions").get(1);
        assertThat(both.path("kind").asString()).isEqualTo("allOf");
        assertThat(both.path("conditions").get(0).path("experience").asString()).isEqualTo("general-is");
        assertThat(both.path("conditions").get(1).path("anyAmount").asBoolean()).isTrue();
        assertThat(both.path("conditions").get(1).path("years").isNumber()).isFalse();
        assertThat(senior.path("eligibilityText").path("en").asString()).contains(" or ").contains("any amount");
        assertThat(senior.path("eligibilityText").path("ja").asString()).contains("または").contains("期間不問");
    }

    private JsonNode seniorPlan(String experience) {
        String body = """
                {"profile": {"credentials": ["hit"], "hoursPerWeek": 10, "experience": %s},
                 "goal": {"credential": "senior-hit"}, "today": "%s"}""".formatted(experience, TODAY);
        return http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build().post().uri("/api/v1/plans")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> kinds(JsonNode plan) {
        List<String> kinds = new ArrayList<>();
        plan.path("milestones").forEach(m -> kinds.add(m.path("kind").asString()));
        return kinds;
    }

    private static LocalDate seniorExam(JsonNode plan) {
        for (JsonNode m : plan.path("milestones")) {
            if (m.path("kind").asString().equals("exam") && m.path("credential").path("id").asString().equals("senior-hit")) {
                return LocalDate.parse(m.path("earliest").asString());
            }
        }
        throw new AssertionError("no senior-hit exam in " + plan);
    }
}
