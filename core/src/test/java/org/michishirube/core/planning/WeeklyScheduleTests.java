package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.Goal.CredentialGoal;
import org.michishirube.core.testing.SampleGraphs;

/** Steps poured into weeks, on the sample graph (HIT: net 8 h, db 6 h, ethics 4 h) and on the random plans. */
class WeeklyScheduleTests {

    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

    @Test
    void stepsFillTheWeeksInPlanOrderAndRunOverWhenTheyDoNotFit() {
        LearningPlan plan = ((PlanOutcome.Planned) LearningPathPlanner.topological().plan(SampleGraphs.hospital(), LearnerProfile.beginner(5),
                CredentialGoal.of(new org.michishirube.core.model.CredentialId("hit")), PlanningOptions.defaults(TODAY))).plan();
        WeeklySchedule schedule = WeeklySchedule.of(plan, TODAY, 5);

        // 18 h at 5 h: net 5 | net 3 + db 2 | db 4 + ethics 1 | ethics 3.
        assertThat(schedule.weeks()).hasSize(4);
        assertThat(schedule.weeks()).extracting(WeeklySchedule.Week::hours).containsExactly(5, 5, 5, 3);
        assertThat(schedule.weeks().get(1).blocks()).containsExactly(new WeeklySchedule.Block(1, SampleGraphs.NET, 3),
                new WeeklySchedule.Block(2, SampleGraphs.DB, 2));
        assertThat(schedule.weeks()).extracting(WeeklySchedule.Week::start)
                .containsExactly(TODAY, TODAY.plusWeeks(1), TODAY.plusWeeks(2), TODAY.plusWeeks(3));
        assertThatThrownBy(() -> WeeklySchedule.of(plan, TODAY, 0)).hasMessageContaining("positive");
    }

    @Test
    void everyStepIsScheduledInFullNoWeekIsOverfullAndTheStudyEndsInTheWeekTheExamIsReady() {
        PlannerPropertiesTests.forSeeds(seed -> {
            PlannerPropertiesTests.Case c = PlannerPropertiesTests.Case.of(seed);
            if (!(c.plan(LearningPathPlanner.topological()) instanceof PlanOutcome.Planned p)) {
                return;
            }
            int perWeek = c.profile().hoursPerWeek();
            WeeklySchedule schedule = WeeklySchedule.of(p.plan(), PlannerPropertiesTests.TODAY, perWeek);
            Map<Integer, Integer> hours = new HashMap<>();
            int lastStep = 0;
            for (WeeklySchedule.Week w : schedule.weeks()) {
                assertThat(w.hours()).isBetween(1, perWeek);
                for (WeeklySchedule.Block b : w.blocks()) {
                    assertThat(b.step()).isGreaterThanOrEqualTo(lastStep); // plan order
                    lastStep = b.step();
                    TargetId expected = p.plan().steps().get(b.step() - 1).target();
                    assertThat(b.target()).isEqualTo(expected);
                    hours.merge(b.step(), b.hours(), Integer::sum);
                }
            }
            for (int i = 0; i < p.plan().steps().size(); i++) {
                assertThat(hours.getOrDefault(i + 1, 0)).isEqualTo(p.plan().steps().get(i).hours());
            }
            assertThat(schedule.weeks()).hasSize((p.plan().totalHours() + perWeek - 1) / perWeek);
        });
    }

    @Test
    void withNoWeekOffEveryWeekIsAStudyWeek() {
        // A period long past takes the general path; no period at all takes the short one. They must agree.
        WeeksOff longPast = new WeeksOff(List.of(new WeeksOff.Period(TODAY.minusYears(3), TODAY.minusYears(2))));
        for (int n = 1; n <= 120; n++) {
            assertThat(WeeksOff.NONE.isOff(TODAY, n)).isFalse();
            assertThat(longPast.isOff(TODAY, n)).isFalse();
        }
        for (long weeks = -2; weeks <= 120; weeks++) {
            assertThat(WeeksOff.NONE.calendarWeeks(TODAY, weeks)).isEqualTo(longPast.calendarWeeks(TODAY, weeks)).isEqualTo(Math.max(0, weeks));
        }
    }

    @Test
    void aWeekOffIsOverlappedByAPeriodAndPushesTheStudyOn() {
        WeeksOff off = new WeeksOff(List.of(new WeeksOff.Period(TODAY.plusDays(9), TODAY.plusDays(9))));
        assertThat(off.isOff(TODAY, 1)).isFalse();
        assertThat(off.isOff(TODAY, 2)).isTrue(); // days 7..13 hold day 9
        assertThat(off.isOff(TODAY, 3)).isFalse();
        assertThat(off.calendarWeeks(TODAY, 0)).isZero();
        assertThat(off.calendarWeeks(TODAY, 1)).isEqualTo(1);
        assertThat(off.calendarWeeks(TODAY, 2)).isEqualTo(3);
        assertThatThrownBy(() -> new WeeksOff.Period(TODAY, TODAY.minusDays(1))).hasMessageContaining("before it starts");

        // 18 h at 5 h a week with week 2 off: net 5 | off | net 3 + db 2 | db 4 + ethics 1 | ethics 3, and HIT is ready a week later.
        PlanningOptions options = PlanningOptions.defaults(TODAY).withWeeksOff(off);
        LearningPlan plan = ((PlanOutcome.Planned) LearningPathPlanner.topological().plan(SampleGraphs.hospital(), LearnerProfile.beginner(5),
                CredentialGoal.of(new org.michishirube.core.model.CredentialId("hit")), options)).plan();
        WeeklySchedule schedule = WeeklySchedule.of(plan, TODAY, 5, off);
        assertThat(schedule.weeks()).extracting(WeeklySchedule.Week::hours).containsExactly(5, 0, 5, 5, 3);
        Milestone.Exam exam = (Milestone.Exam) plan.milestones().get(0);
        assertThat(exam.ready()).isEqualTo(TODAY.plusWeeks(5));
        assertThat(plan.weeks()).isGreaterThanOrEqualTo(5);
    }

    /** Seeded: with random weeks off, no study falls in a week off, every hour is scheduled, and study ends when exams say it does. */
    @Test
    void weeksOffHoldNoStudyAndTheScheduleEndsInTheWeekTheExamsAreReady() {
        PlannerPropertiesTests.forSeeds(seed -> {
            PlannerPropertiesTests.Case c = PlannerPropertiesTests.Case.of(seed);
            java.util.Random random = new java.util.Random(seed);
            List<WeeksOff.Period> periods = new java.util.ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                LocalDate from = PlannerPropertiesTests.TODAY.plusDays(random.nextInt(120));
                periods.add(new WeeksOff.Period(from, from.plusDays(random.nextInt(21))));
            }
            WeeksOff off = new WeeksOff(periods);
            PlanningOptions options = PlannerPropertiesTests.OPTIONS.withWeeksOff(off);
            if (!(LearningPathPlanner.topological().plan(c.graph(), c.profile(), c.goal(), options) instanceof PlanOutcome.Planned p)
                    || !(c.plan(LearningPathPlanner.topological()) instanceof PlanOutcome.Planned without)) {
                return;
            }
            int perWeek = c.profile().hoursPerWeek();
            WeeklySchedule schedule = WeeklySchedule.of(p.plan(), PlannerPropertiesTests.TODAY, perWeek, off);
            int scheduled = 0;
            int lastStudyWeek = 0;
            for (WeeklySchedule.Week w : schedule.weeks()) {
                if (off.isOff(PlannerPropertiesTests.TODAY, w.index())) {
                    assertThat(w.blocks()).isEmpty();
                } else {
                    assertThat(w.hours()).isBetween(1, perWeek);
                }
                scheduled += w.hours();
                if (w.hours() > 0) {
                    lastStudyWeek = w.index();
                }
            }
            assertThat(scheduled).isEqualTo(p.plan().totalHours());
            assertThat(lastStudyWeek).isEqualTo(options.calendarWeeks(p.plan().totalHours(), perWeek));
            for (int i = 0; i < p.plan().milestones().size(); i++) {
                if (p.plan().milestones().get(i) instanceof Milestone.Exam exam) {
                    Milestone.Exam before = (Milestone.Exam) without.plan().milestones().get(i);
                    // Weeks off never make an exam earlier.
                    assertThat(exam.ready()).isAfterOrEqualTo(before.ready());
                    assertThat(exam.earliest()).isAfterOrEqualTo(before.earliest());
                }
            }
        });
    }
}
