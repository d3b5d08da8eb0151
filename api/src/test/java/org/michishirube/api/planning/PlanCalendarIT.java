package org.michishirube.api.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Plans as iCalendar files, read back with ical4j: the sittings from sittings.yaml (worked out here, not by the
 * planner), the application deadline with its alarm a week before, the study weeks, Asia/Tokyo.
 */
@ApiIT
class PlanCalendarIT {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<JsonNode> SITTINGS = new ArrayList<>();

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void readSittingsIndependently() throws Exception {
        try (var in = PlanCalendarIT.class.getResourceAsStream("/dataset/sittings.yaml")) {
            YAMLMapper.builder().build().readTree(in).path("sittings").forEach(SITTINGS::add);
        }
    }

    private static JsonNode firstHitSitting(LocalDate sitFrom, LocalDate applyOn) {
        return SITTINGS.stream().filter(s -> s.path("credential").asString().equals("hit") && !s.path("cancelled").asBoolean(false))
                .filter(s -> !LocalDate.parse(s.at("/stages/0/examDays/0").asString()).isBefore(sitFrom)
                        && !LocalDate.parse(s.at("/stages/0/applicationCloses").asString()).isBefore(applyOn))
                .min((a, b) -> a.at("/stages/0/examDays/0").asString().compareTo(b.at("/stages/0/examDays/0").asString())).orElseThrow();
    }

    private static String value(Component c, String property) {
        return c.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var validation = calendar.validate();
        assertThat(validation.hasErrors()).as("RFC 5545 validation: %s\n%s", validation.getEntries(), ics).isFalse();
        return calendar;
    }

    @Test
    void aPlanDownloadsAsACalendarWithItsSittingDeadlineAlarmAndStudyWeeks() throws Exception {
        String body = """
                {"profile": {"hoursPerWeek": 10}, "goal": {"credential": "hit"}, "alternatives": 0, "today": "%s"}""".formatted(TODAY);
        JsonNode json = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        int total = json.path("totalHours").asInt();
        int weeks = (total + 9) / 10;
        JsonNode sitting = firstHitSitting(TODAY.plusWeeks(weeks), TODAY);

        var result = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).accept(CALENDAR).bodyValue(body).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(CALENDAR)
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan.ics\"")
                .expectBody(String.class).returnResult();
        String ics = result.getResponseBody();
        assertThat(ics).contains("\r\n");
        Calendar calendar = parse(ics);

        assertThat(calendar.<CalendarComponent>getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(tz -> assertThat(value(tz, Property.TZID)).isEqualTo("Asia/Tokyo"));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        String day = sitting.at("/stages/0/examDays/0").asString().replace("-", "");
        VEvent exam = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("試験 / Exam")).findFirst().orElseThrow();
        assertThat(value(exam, Property.DTSTART)).isEqualTo(day + "T100000");
        assertThat(exam.<Property>getProperty(Property.DTSTART).orElseThrow().<Parameter>getParameter(Parameter.TZID))
                .map(Parameter::getValue).contains("Asia/Tokyo");
        assertThat(value(exam, Property.SUMMARY)).contains("医療情報技師")
                .contains(sitting.path("projected").asBoolean() ? "projected" : "");

        VEvent deadline = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("出願締切")).findFirst().orElseThrow();
        assertThat(value(deadline, Property.DTSTART)).isEqualTo(sitting.at("/stages/0/applicationCloses").asString().replace("-", ""));
        assertThat(deadline.getAlarms()).singleElement().satisfies(a -> assertThat(java.time.Period.parse(value(a, Property.TRIGGER))).isEqualTo(java.time.Period.ofDays(-7)));

        List<VEvent> study = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("学習 / Study week")).toList();
        assertThat(study).hasSize(weeks);
        assertThat(value(study.get(0), Property.DTSTART)).isEqualTo(TODAY.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(value(study.get(0), Property.DESCRIPTION)).contains(json.at("/steps/0/target/id").asString());
        // The JSON answer carries the same weeks.
        assertThat(json.path("schedule")).hasSize(weeks);
        int scheduled = 0;
        for (JsonNode w : json.path("schedule")) {
            assertThat(w.path("hours").asInt()).isBetween(1, 10);
            scheduled += w.path("hours").asInt();
        }
        assertThat(scheduled).isEqualTo(total);
    }

    /** Weeks off: the calendar, parsed and validated by ical4j, has no study event in the weeks of a holiday, and as many as before. */
    @Test
    void aHolidayLeavesItsWeeksWithoutStudyInTheCalendar() throws Exception {
        LocalDate from = TODAY.plusWeeks(2);
        LocalDate to = from.plusDays(13);
        String body = """
                {"profile": {"hoursPerWeek": 10, "weeksOff": [{"from": "%s", "to": "%s"}]}, "goal": {"credential": "hit"},
                 "alternatives": 0, "today": "%s"}""".formatted(from, to, TODAY);
        String ics = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).accept(CALENDAR).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode json = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<VEvent> study = parse(ics).<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> value(e, Property.SUMMARY).startsWith("学習 / Study week")).toList();
        assertThat(study).hasSize((json.path("totalHours").asInt() + 9) / 10);
        for (VEvent e : study) {
            LocalDate start = LocalDate.parse(value(e, Property.DTSTART), DateTimeFormatter.BASIC_ISO_DATE);
            // A plan week overlapping the holiday (weeks 3 and 4 here, and 5, which starts before it ends) holds no study.
            assertThat(!start.isAfter(to) && !start.plusDays(6).isBefore(from)).as("study in the week of %s", start).isFalse();
        }
    }

    @Test
    void aSavedPlanDownloadsAsACalendarForItsOwnerOnly() throws Exception {
        String alice = Tokens.forRoles("alice-ics-" + System.nanoTime(), List.of("learner"));
        String bob = Tokens.forRoles("bob-ics-" + System.nanoTime(), List.of("learner"));
        JsonNode saved = http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(alice)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"title": "HIT 10 h", "profile": {"hoursPerWeek": 10}, "goal": {"credential": "hit"}, "alternatives": 0}""")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = saved.path("id").asString();
        JsonNode exam = saved.at("/plan/milestones/0");

        String ics = http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(alice)).accept(CALENDAR).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(CALENDAR).expectBody(String.class).returnResult()
                .getResponseBody();
        Calendar calendar = parse(ics);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("HIT 10 h");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).anySatisfy(e -> assertThat(value(e, Property.DTSTART))
                .isEqualTo(exam.path("earliest").asString().replace("-", "") + "T100000"));
        Optional<VEvent> deadline = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("出願締切")).findFirst();
        assertThat(deadline).isPresent();

        http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(bob)).accept(CALENDAR).exchange().expectStatus().isNotFound();
    }

    @Test
    void aHitHolderCertifiedIn2022GetsTheExpiryPointsAndWindowTheRulesGive() throws Exception {
        // domain.md §1.4 and JAMI's renewal pages: certified on 1 November of the exam year; the first period ends on 31 March
        // five years and five months later; 50 points and the seminar within it; apply from 1 November to 31 March.
        int year = 2022;
        LocalDate certified = LocalDate.of(year, 11, 1);
        LocalDate expires = certified.plusYears(5).plusMonths(5).withDayOfMonth(1).minusDays(1);
        assertThat(expires).isEqualTo(LocalDate.of(2028, 3, 31));
        LocalDate opens = LocalDate.of(expires.getYear() - 1, 11, 1);
        String body = """
                {"credential": "hit", "year": %d, "points": 20, "seminarDone": false, "today": "%s"}""".formatted(year, TODAY);

        JsonNode r = http.post().uri("/api/v1/renewals").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(r.path("periodStart").asString()).isEqualTo(certified.toString());
        assertThat(r.path("expires").asString()).isEqualTo(expires.toString());
        assertThat(r.path("applicationOpens").asString()).isEqualTo(opens.toString());
        assertThat(r.path("applicationCloses").asString()).isEqualTo(expires.toString());
        assertThat(r.path("pointsNeeded").asInt()).isEqualTo(50);
        assertThat(r.path("pointsMissing").asInt()).isEqualTo(50 - 20);
        assertThat(r.path("seminarMissing").asBoolean()).isTrue();

        String ics = http.post().uri("/api/v1/renewals").contentType(MediaType.APPLICATION_JSON).accept(CALENDAR).bodyValue(body).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(CALENDAR).expectBody(String.class).returnResult().getResponseBody();
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        VEvent deadline = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("更新申請締切")).findFirst().orElseThrow();
        assertThat(value(deadline, Property.DTSTART)).isEqualTo(expires.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(deadline.getAlarms()).singleElement().satisfies(a -> assertThat(java.time.Period.parse(value(a, Property.TRIGGER))).isEqualTo(java.time.Period.ofDays(-7)));
        assertThat(events).anySatisfy(e -> assertThat(value(e, Property.DTSTART)).isEqualTo(opens.format(DateTimeFormatter.BASIC_ISO_DATE)));

        // MIIS's rules are not known (domain.md §3.4): 422, not a made-up date; an unknown credential is 404.
        http.post().uri("/api/v1/renewals").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"credential": "miis", "year": 2020}""").exchange().expectStatus().isEqualTo(422)
                .expectBody(JsonNode.class).value(p -> assertThat(p.path("type").asString()).endsWith("/unplannable"));
        http.post().uri("/api/v1/renewals").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"credential": "astronaut", "year": 2020}""").exchange().expectStatus().isNotFound();
        http.post().uri("/api/v1/renewals").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"credential": "hit", "year": 2020, "points": -1}""").exchange().expectStatus().isBadRequest();
        http.post().uri("/api/v1/renewals").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"credential": "hit"}""").exchange().expectStatus().isBadRequest();
    }

    private static String value(Calendar c, String property) {
        return c.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }
}
