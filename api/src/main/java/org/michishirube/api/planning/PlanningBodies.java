package org.michishirube.api.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;

/** The request shapes of the planning API. Fields are nullable here; {@link ProfileReader} checks them and names the field at fault. */
final class PlanningBodies {

    static final String COUNT_SELF_ASSESSED = "Whether self-assessed levels count (default true); false counts only the levels "
            + "the profile's evidence backs, as an institution or a cautious learner would";

    private PlanningBodies() {
    }

    @Schema(description = "A credential held: its id, or an object with the id and the year it was obtained")
    record HeldCredentialBody(@Schema(example = "hit") String id, @Schema(example = "2019") Integer year) {
        /** Lets a client write just the id, as in {@code "credentials": ["hit"]}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static HeldCredentialBody of(String id) {
            return new HeldCredentialBody(id, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        HeldCredentialBody {
        }
    }

    @Schema(description = "Days without study, both included")
    record WeeksOffBody(@Schema(example = "2026-12-28") java.time.LocalDate from, @Schema(example = "2027-01-03") java.time.LocalDate to) {
    }

    record SubjectPassBody(@Schema(example = "hit") String credential, @Schema(example = "hit.it") String subject,
                           @Schema(example = "2025") Integer year) {
    }

    @Schema(description = "What the learner brings")
    record ProfileBody(
            @Schema(description = "Credentials held") List<HeldCredentialBody> credentials,
            @Schema(description = "Targets already mastered, id → level 0..4", example = "{\"hit.it.db.sql\": 3}") Map<String, Integer> mastered,
            @Schema(description = "Years of work by kind: healthcare-is, general-is, imaging-exam", example = "{\"healthcare-is\": 2}")
            Map<String, Integer> experience,
            @Schema(description = "Study hours a week, 1..80", example = "5") Integer hoursPerWeek,
            @Schema(description = "Exam subjects passed, still in credit for two years") List<SubjectPassBody> subjectPasses,
            @Schema(description = "What evidences a mastered level (a course passed, a certificate), by target id; a level without "
                    + "evidence is self-assessed", example = "{\"hit.it.db.sql\": \"RT-403 データベース演習 (A, 2024)\"}")
            Map<String, String> evidence,
            @Schema(description = "Curricula completed: each mapped target counts at the level its depth implies (introduces 1, "
                    + "reinforces 2, masters 3), evidenced by the course; public curricula, or private ones of the caller's own "
                    + "institution for its educators") List<CompletedCurriculumBody> curricula,
            @Schema(description = "Periods without study (holidays, busy seasons): a plan week that overlaps one is off, and study "
                    + "hours, readiness for exams and the weekly schedule pass over it; at most 20 periods of up to a year each")
            List<WeeksOffBody> weeksOff) {
    }

    record CompletedCurriculumBody(
            @Schema(description = "The curriculum id", example = "example-u.radiology-2025") String curriculum,
            @Schema(description = "The year it was completed", example = "2025") Integer completed) {
    }

    @Schema(description = "Exactly one of credential, role or targets")
    record GoalBody(
            @Schema(description = "A credential to earn", example = "miis") String credential,
            @Schema(description = "Optionally, the framework version of that credential, e.g. hit@fy2020") String version,
            @Schema(description = "A role to reach", example = "pacs-administrator") String role,
            @Schema(description = "Targets to master") List<String> targets,
            @Schema(description = "The level wanted for targets, 1..4 (default 2)") Integer level) {
    }

    record PlanRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProfileBody profile,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) GoalBody goal,
            @Schema(description = "How many alternatives at most, 0..5 (default 3)") Integer alternatives,
            @Schema(description = "The date to plan from (default today)") LocalDate today,
            @Schema(description = COUNT_SELF_ASSESSED) Boolean countSelfAssessed) {
    }

    record RoleFitRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProfileBody profile,
            @Schema(description = "Second-career mode: leave out these roles' families and these families") SecondCareerBody secondCareer,
            @Schema(description = "How many roles to return, 1..200 (default all)") Integer limit,
            @Schema(description = COUNT_SELF_ASSESSED) Boolean countSelfAssessed) {
    }

    record SecondCareerBody(List<String> currentRoles, List<String> currentFamilies) {
    }

    record SavePlanRequest(
            @Schema(description = "A label for the plan", example = "HIT → MIIS") String title,
            @Schema(description = "The profile to plan from; default: the saved profile") ProfileBody profile,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) GoalBody goal,
            @Schema(description = "How many alternatives at most, 0..5 (default 3)") Integer alternatives,
            @Schema(description = COUNT_SELF_ASSESSED) Boolean countSelfAssessed) {
    }
}
