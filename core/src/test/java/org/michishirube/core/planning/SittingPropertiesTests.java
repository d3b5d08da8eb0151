package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Verification;
import org.michishirube.core.planning.PlannerPropertiesTests.Case;

/**
 * Properties of exams on sittings, on the planner's random graphs and profiles with a random calendar per seed
 * (some credentials without sittings, some sittings cancelled). A failure names its seed.
 */
class SittingPropertiesTests {

    static final LocalDate TODAY = PlannerPropertiesTests.TODAY;
    final LearningPathPlanner planner = LearningPathPlanner.topological();

    /** Yearly sittings on a random day per credential from 2024 to 2045; about one credential in five has none. */
    static SittingCalendar calendar(long seed, CompetencyGraph graph) {
        Random random = new Random(seed * 17 + 3);
        List<ExamSitting> sittings = new ArrayList<>();
        for (Credential c : graph.credentials()) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            int month = 1 + random.nextInt(12);
            for (int y = 2024; y <= 2045; y++) {
                LocalDate day = LocalDate.of(y, month, 1 + random.nextInt(28));
                LocalDate closes = day.minusWeeks(random.nextInt(12));
                List<ExamSitting.Stage> stages = new ArrayList<>();
                stages.add(new ExamSitting.Stage("first", List.of(day), Optional.of(closes.minusWeeks(8)), closes,
                        random.nextBoolean() ? Optional.of(day.plusWeeks(1 + random.nextInt(8))) : Optional.empty()));
                if (random.nextBoolean()) {
                    LocalDate second = day.plusWeeks(10);
                    stages.add(new ExamSitting.Stage("second", List.of(second, second.plusDays(1)), Optional.empty(), second.minusWeeks(2),
                            Optional.of(second.plusWeeks(3))));
                }
                sittings.add(new ExamSitting(c.id(), y, stages, y > 2025, random.nextInt(10) == 0,
                        new Provenance("generated", Verification.INFERRED), Optional.empty()));
            }
        }
        return SittingCalendar.of(sittings);
    }

    static PlanningOptions options(long seed, CompetencyGraph graph) {
        return PlannerPropertiesTests.OPTIONS.withSittings(calendar(seed, graph));
    }

    static List<LearningPlan> plans(PlanOutcome outcome) {
        if (!(outcome instanceof PlanOutcome.Planned p)) {
            return List.of();
        }
        List<LearningPlan> plans = new ArrayList<>(List.of(p.plan()));
        plans.addAll(p.alternatives());
        return plans;
    }

    @Test
    void anExamIsDatedOnASittingOfItsCredentialThatTheLearnerCanStillApplyForOrSaysNoneIsKnown() {
        int scheduled = 0;
        for (long seed = 0; seed < PlannerPropertiesTests.SEEDS; seed++) {
            try {
                Case c = Case.of(seed);
                PlanningOptions options = options(seed, c.graph());
                for (LearningPlan plan : plans(planner.plan(c.graph(), c.profile(), c.goal(), options))) {
                    Map<CredentialId, LocalDate> certified = new HashMap<>();
                    for (Milestone m : plan.milestones()) {
                        if (!(m instanceof Milestone.Exam exam)) {
                            continue;
                        }
                        List<ExamSitting> own = options.sittings().of(exam.credential());
                        if (exam.sitting().isPresent()) {
                            scheduled++;
                            ExamSitting s = exam.sitting().get();
                            assertThat(own).contains(s);
                            assertThat(exam.earliest()).isEqualTo(s.examDay());
                            assertThat(s.cancelled()).isFalse();
                            assertThat(s.applicationCloses()).isAfterOrEqualTo(TODAY);
                            assertThat(exam.earliest()).isAfterOrEqualTo(exam.ready());
                            // A required credential earned in this plan is held before the application closes.
                            for (Requirement r : c.graph().credential(exam.credential()).orElseThrow().requirements()) {
                                if (r instanceof Requirement.HoldsCredential h && certified.containsKey(h.credential())) {
                                    assertThat(certified.get(h.credential())).isBeforeOrEqualTo(s.applicationCloses());
                                }
                            }
                        } else {
                            assertThat(exam.earliest()).isEqualTo(exam.ready());
                        }
                        // No earlier usable sitting was skipped: none held on or after the ready day whose
                        // applications are open then is before the chosen day (or exists at all when none was chosen).
                        for (ExamSitting s : own) {
                            if (!s.cancelled() && !s.examDay().isBefore(exam.ready()) && !s.applicationCloses().isBefore(exam.ready())) {
                                assertThat(exam.sitting()).as("a usable sitting on %s was skipped", s.examDay()).isPresent();
                                assertThat(exam.earliest()).isBeforeOrEqualTo(s.examDay());
                            }
                        }
                        certified.put(exam.credential(), exam.sitting().map(ExamSitting::certifiedFrom).orElse(exam.earliest()));
                    }
                    for (Milestone m : plan.milestones()) {
                        assertThat(plan.weeks()).isGreaterThanOrEqualTo((int) Math.ceil(
                                java.time.temporal.ChronoUnit.DAYS.between(TODAY, m.earliest()) / 7.0));
                    }
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
        assertThat(scheduled).as("exams put on sittings over all seeds").isGreaterThan(100);
    }

    @Test
    void moreHoursPerWeekNeverMakeAnExamLater() {
        for (long seed = 0; seed < PlannerPropertiesTests.SEEDS; seed++) {
            try {
                Case c = Case.of(seed);
                PlanningOptions options = options(seed, c.graph());
                LearnerProfile slow = c.profile();
                int more = slow.hoursPerWeek() + 1 + new Random(seed).nextInt(20);
                LearnerProfile fast = new LearnerProfile(slow.credentials(), slow.mastered(), slow.experienceYears(), more,
                        slow.subjectPasses(), slow.evidence());
                PlanOutcome a = planner.plan(c.graph(), slow, c.goal(), options);
                PlanOutcome b = planner.plan(c.graph(), fast, c.goal(), options);
                if (!(a instanceof PlanOutcome.Planned pa)) {
                    continue;
                }
                LearningPlan slowPlan = pa.plan();
                LearningPlan fastPlan = ((PlanOutcome.Planned) b).plan();
                assertThat(fastPlan.milestones()).hasSameSizeAs(slowPlan.milestones());
                for (int i = 0; i < slowPlan.milestones().size(); i++) {
                    Milestone s = slowPlan.milestones().get(i);
                    Milestone f = fastPlan.milestones().get(i);
                    assertThat(f.credential()).isEqualTo(s.credential());
                    assertThat(f.earliest()).as("%s at %d h/week vs %d", f.credential(), more, slow.hoursPerWeek())
                            .isBeforeOrEqualTo(s.earliest());
                    if (f instanceof Milestone.Exam fe && fe.sitting().isEmpty()) {
                        assertThat(((Milestone.Exam) s).sitting()).isEmpty();
                    }
                }
                assertThat(fastPlan.weeks()).isLessThanOrEqualTo(slowPlan.weeks());
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }
}
