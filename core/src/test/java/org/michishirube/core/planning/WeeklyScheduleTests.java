package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
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
}
