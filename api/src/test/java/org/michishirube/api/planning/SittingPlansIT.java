package org.michishirube.api.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Exams on real sittings, through the API over the reference dataset. The expected sitting is worked out here from
 * sittings.yaml and the plan's own hours, independently of the planner: the first sitting held on or after the day
 * the study is done whose applications are still open today.
 */
@ApiIT
class SittingPlansIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<JsonNode> SITTINGS = new ArrayList<>();

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void readSittingsIndependently() throws Exception {
        try (var in = SittingPlansIT.class.getResourceAsStream("/dataset/sittings.yaml")) {
            YAMLMapper.builder().build().readTree(in).path("sittings").forEach(SITTINGS::add);
        }
    }

    private static LocalDate examDay(JsonNode s) {
        return LocalDate.parse(s.path("stages").get(0).path("examDays").get(0).asString());
    }

    private static LocalDate closes(JsonNode s) {
        return LocalDate.parse(s.path("stages").get(0).path("applicationCloses").asString());
    }

    /** {@return the day a passer of this sitting holds the credential: the last stage's result day} */
    private static LocalDate certified(JsonNode s) {
        JsonNode last = s.path("stages").get(s.path("stages").size() - 1);
        return LocalDate.parse(last.path("resultDay").asString());
    }

    private static JsonNode firstSitting(String credential, LocalDate sitFrom, LocalDate applyOn) {
        return SITTINGS.stream().filter(s -> s.path("credential").asString().equals(credential))
                .filter(s -> !s.path("cancelled").asBoolean(false))
                .filter(s -> !examDay(s).isBefore(sitFrom) && !closes(s).isBefore(applyOn))
                .min((a, b) -> examDay(a).compareTo(examDay(b))).orElseThrow();
    }

    /**
     * Weeks off: a beginner at 40 h/week who studies nothing from the plan's second week for three months is ready that
     * many weeks later (counted here week by week), the schedule holds no study in those weeks, and the exam is the first
     * sitting after the later ready day.
     */
    @Test
    void weeksOffPushTheStudyOnAndTheScheduleAndTheExamAgree() {
        LocalDate offFrom = TODAY.plusWeeks(1);
        LocalDate offTo = offFrom.plusMonths(3);
        JsonNode plan = plan("""
                {"profile": {"hoursPerWeek": 40, "weeksOff": [{"from": "%s", "to": "%s"}]}, "goal": {"credential": "hit"},
                 "alternatives": 0, "today": "%s"}""".formatted(offFrom, offTo, TODAY));
        int total = plan.path("totalHours").asInt();
        long studyWeeks = (total + 39) / 40;
        // A plan week n (from TODAY + 7(n-1), seven days) is off when it overlaps the period.
        int weeks = 0;
        for (long studied = 0; studied < studyWeeks; ) {
            weeks++;
            LocalDate start = TODAY.plusWeeks(weeks - 1);
            boolean off = !start.isAfter(offTo) && !start.plusDays(6).isBefore(offFrom);
            if (!off) {
                studied++;
            }
        }
        LocalDate ready = TODAY.plusWeeks(weeks);
        JsonNode exam = plan.path("milestones").get(0);
        assertThat(exam.path("ready").asString()).isEqualTo(ready.toString());
        assertThat(exam.path("earliest").asString()).isEqualTo(examDay(firstSitting("hit", ready, TODAY)).toString());
        int lastStudyWeek = 0;
        for (JsonNode w : plan.path("schedule")) {
            LocalDate start = LocalDate.parse(w.path("start").asString());
            boolean off = !start.isAfter(offTo) && !start.plusDays(6).isBefore(offFrom);
            if (off) {
                assertThat(w.path("hours").asInt()).as("week %s", start).isZero();
                assertThat(w.path("blocks")).isEmpty();
            } else {
                lastStudyWeek = w.path("week").asInt();
            }
        }
        assertThat(lastStudyWeek).isEqualTo(weeks);

        JsonNode bad = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"profile": {"hoursPerWeek": 5, "weeksOff": [{"from": "2027-01-10", "to": "2027-01-01"}, {"from": "2027-02-01"}]},
                 "goal": {"credential": "hit"}}""").exchange().expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(bad.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .contains("profile.weeksOff[0].to", "profile.weeksOff[1]");
    }

    @Test
    void aBeginnerTowardHitSitsAnAugustSittingAt4And10And40HoursAWeek() {
        LocalDate previous = null;
        for (int hours : new int[] {4, 10, 40}) {
            JsonNode plan = plan("""
                    {"profile": {"hoursPerWeek": %d}, "goal": {"credential": "hit"}, "alternatives": 0, "today": "%s"}"""
                    .formatted(hours, TODAY));
            JsonNode exam = plan.path("milestones").get(0);
            int total = plan.path("totalHours").asInt();
            LocalDate studied = TODAY.plusWeeks((total + hours - 1) / hours);
            JsonNode expected = firstSitting("hit", studied, TODAY);

            LocalDate earliest = LocalDate.parse(exam.path("earliest").asString());
            assertThat(earliest).as("%d h/week", hours).isEqualTo(examDay(expected));
            assertThat(earliest.getMonth()).isEqualTo(Month.AUGUST);
            assertThat(exam.path("sittingKnown").asBoolean()).isTrue();
            assertThat(exam.path("ready").asString()).isEqualTo(studied.toString());
            assertThat(exam.path("sitting").path("year").asInt()).isEqualTo(expected.path("year").asInt());
            assertThat(exam.path("sitting").path("applicationCloses").asString()).isEqualTo(closes(expected).toString());
            assertThat(exam.path("sitting").path("projected").asBoolean()).isEqualTo(expected.path("projected").asBoolean());
            // weeks follow the sitting
            long days = java.time.temporal.ChronoUnit.DAYS.between(TODAY, earliest);
            assertThat(plan.path("weeks").asLong()).isEqualTo(Math.max((total + hours - 1) / hours, (days + 6) / 7));
            if (previous != null) {
                assertThat(earliest).isBeforeOrEqualTo(previous);
            }
            previous = earliest;
        }
    }

    @Test
    void seniorHitIsSatOnlyOnceHitIsCertifiedAndFiveYearsAreWorked() {
        JsonNode plan = plan("""
                {"profile": {"hoursPerWeek": 10}, "goal": {"credential": "senior-hit"}, "alternatives": 0, "today": "%s"}"""
                .formatted(TODAY));
        JsonNode hitExam = null;
        JsonNode seniorExam = null;
        for (JsonNode m : plan.path("milestones")) {
            if (m.path("kind").asString().equals("exam")) {
                if (m.path("credential").path("id").asString().equals("hit")) {
                    hitExam = m;
                } else {
                    seniorExam = m;
                }
            }
        }
        JsonNode hitSitting = SITTINGS.stream().filter(s -> s.path("credential").asString().equals("hit")
                && examDay(s).toString().equals(hitExam_day(plan))).findFirst().orElseThrow();
        assertThat(hitExam).isNotNull();
        // Five years of healthcare-IS work are counted on the exam day; the HIT certificate is needed at application.
        JsonNode expected = firstSitting("senior-hit", TODAY.plusYears(5), certified(hitSitting));
        assertThat(seniorExam.path("earliest").asString()).isEqualTo(examDay(expected).toString());
        assertThat(seniorExam.path("sitting").path("stages")).hasSize(2);
    }

    private static String hitExam_day(JsonNode plan) {
        for (JsonNode m : plan.path("milestones")) {
            if (m.path("kind").asString().equals("exam") && m.path("credential").path("id").asString().equals("hit")) {
                return m.path("earliest").asString();
            }
        }
        throw new AssertionError("no HIT exam in " + plan);
    }

    @Test
    void whereNoSittingIsKnownTheMilestoneSaysSoAndGivesTheReadyDayOnly() {
        JsonNode plan = plan("""
                {"profile": {"credentials": ["hit", "radiological-technologist"], "hoursPerWeek": 5}, "goal": {"credential": "miis"},
                 "alternatives": 0, "today": "%s"}""".formatted(TODAY));
        JsonNode exam = plan.path("milestones").get(0);
        assertThat(exam.path("credential").path("id").asString()).isEqualTo("miis");
        assertThat(exam.path("sittingKnown").asBoolean()).isFalse();
        assertThat(exam.path("sitting").isNull() || exam.path("sitting").isMissingNode()).isTrue();
        assertThat(exam.path("earliest").asString()).isEqualTo(exam.path("ready").asString());

        String md = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).accept(MediaType.parseMediaType("text/markdown"))
                .bodyValue("""
                        {"profile": {"hoursPerWeek": 10}, "goal": {"credential": "hit"}, "alternatives": 0, "today": "%s"}""".formatted(TODAY))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("出願締切 / Apply by").contains("projected sitting");
    }

    @Test
    void aLearnerWithOnePassedHitSubjectGetsTheSplitThatFinishesEarliest() {
        // hit.it passed in 2025 stays in credit until 2027 (domain.md: valid for the next two years).
        JsonNode plan = plan("""
                {"profile": {"hoursPerWeek": 20, "subjectPasses": [{"credential": "hit", "subject": "hit.it", "year": 2025}]},
                 "goal": {"credential": "hit"}, "alternatives": 0, "today": "%s"}""".formatted(TODAY));
        int total = plan.path("totalHours").asInt();
        plan.path("steps").forEach(s -> assertThat(s.path("domain").asString()).isNotBlank().isNotEqualTo("hit.it"));
        JsonNode expected = firstSitting("hit", TODAY.plusWeeks((total + 19) / 20), TODAY);
        assertThat(expected.path("year").asInt()).isLessThanOrEqualTo(2025 + 2);

        JsonNode strategies = plan.path("subjectStrategies");
        JsonNode chosen = strategies.get(0);
        assertThat(chosen.path("chosen").asBoolean()).isTrue();
        assertThat(chosen.path("kind").asString()).isEqualTo("split");
        assertThat(chosen.path("sittings").asInt()).isEqualTo(2);
        assertThat(chosen.path("banked").get(0).path("subject").path("id").asString()).isEqualTo("hit.it");
        assertThat(chosen.path("banked").get(0).path("year").asInt()).isEqualTo(2025);
        assertThat(chosen.path("parts")).singleElement().satisfies(p -> {
            List<String> subjects = new ArrayList<>();
            p.path("subjects").forEach(x -> subjects.add(x.path("id").asString()));
            assertThat(subjects).containsExactlyInAnyOrder("hit.sys", "hit.med");
        });
        assertThat(chosen.path("completes").asString()).isEqualTo(examDay(expected).toString());
        strategies.forEach(s -> assertThat(s.path("completes").asString()).isGreaterThanOrEqualTo(chosen.path("completes").asString()));
    }

    @Test
    void aBeginnerGetsAllSubjectsAtOnceByDefaultAndSplitsAsOptions() {
        JsonNode plan = plan("""
                {"profile": {"hoursPerWeek": 10}, "goal": {"credential": "hit"}, "alternatives": 0, "today": "%s"}""".formatted(TODAY));
        JsonNode strategies = plan.path("subjectStrategies");
        assertThat(strategies.get(0).path("kind").asString()).isEqualTo("all-at-once");
        assertThat(strategies.get(0).path("completes").asString()).isEqualTo(plan.path("milestones").get(0).path("earliest").asString());
        List<Integer> parts = new ArrayList<>();
        strategies.forEach(s -> {
            parts.add(s.path("parts").size());
            assertThat(s.path("completes").asString()).isGreaterThanOrEqualTo(strategies.get(0).path("completes").asString());
            assertThat(s.path("hours").asInt()).isEqualTo(plan.path("totalHours").asInt());
            // A split never outlasts the two-year credit of its first subject.
            int first = s.path("parts").get(0).path("sitting").path("year").asInt();
            int last = s.path("parts").get(s.path("parts").size() - 1).path("sitting").path("year").asInt();
            assertThat(last - first).isLessThanOrEqualTo(2);
        });
        assertThat(parts).containsExactly(1, 2, 3);

        String md = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).accept(MediaType.parseMediaType("text/markdown"))
                .bodyValue("""
                        {"profile": {"hoursPerWeek": 10}, "goal": {"credential": "hit"}, "alternatives": 0, "today": "%s"}""".formatted(TODAY))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("## 科目の受け方 / Subject strategies").contains("一括 / all at once").contains("分割 / split over 3 sittings");
    }

    @Test
    void theSittingsOfACredentialAreBrowsableOldestFirst() {
        JsonNode hit = get("/api/v1/credentials/hit/sittings");
        assertThat(hit.path("credential").path("id").asString()).isEqualTo("hit");
        List<String> days = new ArrayList<>();
        hit.path("sittings").forEach(s -> days.add(s.path("examDay").asString()));
        // shared/docs/domain.md §1.2 names these days; 2020 was cancelled.
        assertThat(days).contains("2017-08-20", "2018-08-26", "2019-08-25", "2023-08-20").isSorted();
        assertThat(hit.path("sittings")).anySatisfy(s -> {
            assertThat(s.path("year").asInt()).isEqualTo(2020);
            assertThat(s.path("cancelled").asBoolean()).isTrue();
        });
        assertThat(get("/api/v1/credentials/hit/sittings?from=2027").path("sittings"))
                .allSatisfy(s -> {
                    assertThat(s.path("year").asInt()).isGreaterThanOrEqualTo(2027);
                    assertThat(s.path("projected").asBoolean()).isTrue();
                    assertThat(s.path("verification").asString()).isEqualTo("inferred");
                });
        assertThat(get("/api/v1/credentials/miis/sittings").path("sittings")).isEmpty();

        JsonNode problem = http.get().uri("/api/v1/credentials/astronaut/sittings").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.path("type").asString()).isEqualTo("https://michishirube.org/problems/not-found");
        http.get().uri("/api/v1/credentials/hit/sittings?from=soon").exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode plan(String body) {
        return http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build().post().uri("/api/v1/plans")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
