package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Verification;
import org.michishirube.core.planning.Goal.CredentialGoal;
import org.michishirube.core.testing.SampleGraphs;

/** Exams on sittings, on the hospital sample graph with hand-worked dates (see docs/planning.md). */
class ExamSchedulingTests {

    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    static final CredentialId HIT = new CredentialId("hit");
    static final CredentialId SENIOR_HIT = new CredentialId("senior-hit");
    static final Provenance PATTERN = new Provenance("test pattern", Verification.INFERRED);

    final CompetencyGraph graph = SampleGraphs.hospital();
    final LearningPathPlanner planner = LearningPathPlanner.topological();

    /** A yearly sitting on 24 August, applications 1 April to 30 June, results 5 October. */
    static ExamSitting yearly(CredentialId credential, int year) {
        return new ExamSitting(credential, year, List.of(new ExamSitting.Stage("exam", List.of(LocalDate.of(year, 8, 24)),
                Optional.of(LocalDate.of(year, 4, 1)), LocalDate.of(year, 6, 30), Optional.of(LocalDate.of(year, 10, 5)))),
                year > 2025, false, PATTERN, Optional.empty());
    }

    static SittingCalendar calendar(CredentialId credential, int from, int to) {
        List<ExamSitting> sittings = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            sittings.add(yearly(credential, y));
        }
        return SittingCalendar.of(sittings);
    }

    LearningPlan plan(LearnerProfile profile, Goal goal, SittingCalendar sittings) {
        PlanOutcome outcome = planner.plan(graph, profile, goal, PlanningOptions.defaults(TODAY).withDefaultEffortHours(12).withSittings(sittings));
        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        return ((PlanOutcome.Planned) outcome).plan();
    }

    @Test
    void theExamLandsOnTheNextSittingAfterTheLearnerIsReadyAndNamesIt() {
        // HIT is 18 h: ready on 2025-04-29 at 5 h a week, so the 2025-08-24 sitting (applications open until 30 June).
        LearningPlan plan = plan(LearnerProfile.beginner(5), CredentialGoal.of(HIT), calendar(HIT, 2024, 2030));

        Milestone.Exam exam = (Milestone.Exam) plan.milestones().get(0);
        assertThat(exam.ready()).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(exam.earliest()).isEqualTo(LocalDate.of(2025, 8, 24));
        assertThat(exam.sitting()).contains(yearly(HIT, 2025));
        // weeks follow the sitting: 145 days from 2025-04-01 → 21 weeks.
        assertThat(plan.weeks()).isEqualTo(21);
    }

    @Test
    void aLearnerReadyAfterTheSittingWaitsForNextYears() {
        // 18 h at 1 h a week: ready on 2025-08-05, before the exam day but after applications closed on 30 June;
        // the learner still sits in 2025 because applying needs no readiness, only the exam day does.
        LearningPlan plan = plan(LearnerProfile.beginner(1), CredentialGoal.of(HIT), calendar(HIT, 2024, 2030));
        assertThat(plan.milestones().get(0).earliest()).isEqualTo(LocalDate.of(2025, 8, 24));

        // Today after the 2025 window closed: the 2026 sitting.
        PlanOutcome late = planner.plan(graph, LearnerProfile.beginner(40), CredentialGoal.of(HIT),
                PlanningOptions.defaults(LocalDate.of(2025, 7, 1)).withSittings(calendar(HIT, 2024, 2030)));
        assertThat(((PlanOutcome.Planned) late).plan().milestones().get(0).earliest()).isEqualTo(LocalDate.of(2026, 8, 24));
    }

    @Test
    void withoutAKnownSittingTheMilestoneSaysSoAndKeepsTheReadyDay() {
        LearningPlan none = plan(LearnerProfile.beginner(5), CredentialGoal.of(HIT), SittingCalendar.none());
        assertThat(none.milestones()).containsExactly(new Milestone.Exam(HIT, 3, LocalDate.of(2025, 4, 29)));

        // Sittings that all lie before the learner is ready give no date either.
        LearningPlan past = plan(LearnerProfile.beginner(5), CredentialGoal.of(HIT), calendar(HIT, 2020, 2024));
        Milestone.Exam exam = (Milestone.Exam) past.milestones().get(0);
        assertThat(exam.sitting()).isEmpty();
        assertThat(exam.earliest()).isEqualTo(exam.ready());
    }

    @Test
    void aRequiredCredentialMustBeCertifiedBeforeTheApplicationCloses() {
        // 2 years of healthcare-IS work, 10 h a week: HIT on 2025-08-24, certified 2025-10-05; the 3-year wait ends
        // 2028-04-01, so Senior HIT is sat on 2028-08-24.
        SittingCalendar both = SittingCalendar.of(concat(calendar(HIT, 2025, 2032).all(), calendar(SENIOR_HIT, 2025, 2032).all()));
        LearningPlan plan = plan(LearnerProfile.beginner(10).withExperience(ExperienceKind.HEALTHCARE_IS, 2),
                CredentialGoal.of(SENIOR_HIT), both);
        List<Milestone> exams = plan.milestones().stream().filter(m -> m.kind() == Milestone.Kind.EXAM).toList();
        assertThat(exams).extracting(Milestone::earliest).containsExactly(LocalDate.of(2025, 8, 24), LocalDate.of(2028, 8, 24));

        // With 5 years already worked, Senior HIT cannot be sat in 2025 (HIT is certified only in October), so 2026.
        LearningPlan experienced = plan(LearnerProfile.beginner(10).withExperience(ExperienceKind.HEALTHCARE_IS, 5),
                CredentialGoal.of(SENIOR_HIT), both);
        assertThat(experienced.milestones()).extracting(Milestone::earliest)
                .containsExactly(LocalDate.of(2025, 8, 24), LocalDate.of(2026, 8, 24));
    }

    @Test
    void cancelledSittingsAreSkipped() {
        ExamSitting cancelled = new ExamSitting(HIT, 2025, yearly(HIT, 2025).stages(), false, true, PATTERN, Optional.of("cancelled"));
        SittingCalendar calendar = SittingCalendar.of(List.of(cancelled, yearly(HIT, 2026)));
        assertThat(plan(LearnerProfile.beginner(5), CredentialGoal.of(HIT), calendar).milestones().get(0).earliest())
                .isEqualTo(LocalDate.of(2026, 8, 24));
    }

    @Test
    void sittingsAndExamMilestonesRefuseInconsistentDates() {
        ExamSitting s = yearly(HIT, 2025);
        assertThatThrownBy(() -> new Milestone.Exam(HIT, 0, LocalDate.of(2025, 8, 25), TODAY, Optional.of(s)))
                .hasMessageContaining("not dated on its sitting");
        assertThatThrownBy(() -> new Milestone.Exam(HIT, 0, TODAY, LocalDate.of(2025, 8, 25), Optional.empty()))
                .hasMessageContaining("before the learner is ready");
        assertThatThrownBy(() -> new ExamSitting.Stage("exam", List.of(TODAY), Optional.empty(), TODAY.plusDays(1), Optional.empty()))
                .hasMessageContaining("close after its exam day");
        assertThatThrownBy(() -> new ExamSitting.Stage("exam", List.of(TODAY, TODAY), Optional.empty(), TODAY, Optional.empty()))
                .hasMessageContaining("not ascending");
        assertThatThrownBy(() -> new ExamSitting.Stage("exam", List.of(TODAY), Optional.of(TODAY.plusDays(1)), TODAY, Optional.empty()))
                .hasMessageContaining("closes before it opens");
        assertThatThrownBy(() -> new ExamSitting.Stage("exam", List.of(TODAY), Optional.empty(), TODAY, Optional.of(TODAY.minusDays(1))))
                .hasMessageContaining("result day");
        assertThatThrownBy(() -> new ExamSitting(HIT, 2025, List.of(), false, false, PATTERN, Optional.empty()))
                .hasMessageContaining("no stage");
        ExamSitting.Stage late = s.stages().get(0);
        ExamSitting.Stage early = new ExamSitting.Stage("second", List.of(TODAY), Optional.empty(), TODAY, Optional.empty());
        assertThatThrownBy(() -> new ExamSitting(HIT, 2025, List.of(late, early), false, false, PATTERN, Optional.empty()))
                .hasMessageContaining("comes before");
        assertThat(SittingCalendar.of(List.of(s))).isEqualTo(SittingCalendar.of(List.of(s)))
                .hasSameHashCodeAs(SittingCalendar.of(List.of(s))).hasToString("SittingCalendar[1 sittings]");
        assertThat(SittingCalendar.of(List.of())).isSameAs(SittingCalendar.none());
    }

    static List<ExamSitting> concat(List<ExamSitting> a, List<ExamSitting> b) {
        List<ExamSitting> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
