package org.michishirube.core.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.michishirube.core.model.TargetId;

/**
 * What to study in which week: the plan's steps poured in order into weeks of {@code hoursPerWeek} hours from
 * {@code today}, a step running over into the next week when it does not fit. Week {@code n} starts on
 * {@code today + 7(n − 1)} days, so the week the study ends is the one {@code today + ceil(hours / hoursPerWeek)}
 * weeks closes, as the planner dates readiness.
 *
 * @param weeks the weeks with study, in order
 */
public record WeeklySchedule(List<Week> weeks) {

    public WeeklySchedule {
        weeks = List.copyOf(weeks);
    }

    /**
     * One week.
     *
     * @param index the week number, from 1
     * @param start its first day
     * @param blocks the steps studied that week, with hours
     */
    public record Week(int index, LocalDate start, List<Block> blocks) {
        public Week {
            blocks = List.copyOf(blocks);
        }

        /** {@return the hours studied that week} */
        public int hours() {
            int hours = 0;
            for (Block b : blocks) {
                hours += b.hours();
            }
            return hours;
        }
    }

    /**
     * Part or all of one step in one week.
     *
     * @param step the step's number in the plan, from 1
     * @param target the step's target
     * @param hours the hours spent on it that week
     */
    public record Block(int step, TargetId target, int hours) {
    }

    /** {@return the plan's steps in weeks of {@code hoursPerWeek} hours from {@code today}} */
    public static WeeklySchedule of(LearningPlan plan, LocalDate today, int hoursPerWeek) {
        return of(plan, today, hoursPerWeek, WeeksOff.NONE);
    }

    /** {@return the plan's steps in weeks of {@code hoursPerWeek} hours from {@code today}; a week off has no blocks} */
    public static WeeklySchedule of(LearningPlan plan, LocalDate today, int hoursPerWeek, WeeksOff off) {
        if (hoursPerWeek < 1) {
            throw new IllegalArgumentException("hours per week must be positive, was " + hoursPerWeek);
        }
        List<Week> weeks = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int free = hoursPerWeek;
        skipWeeksOff(weeks, today, off, plan.steps().isEmpty());
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            int left = step.hours();
            while (left > 0) {
                int spent = Math.min(left, free);
                current.add(new Block(i + 1, step.target(), spent));
                left -= spent;
                free -= spent;
                if (free == 0) {
                    weeks.add(new Week(weeks.size() + 1, today.plusWeeks(weeks.size()), current));
                    current = new ArrayList<>();
                    free = hoursPerWeek;
                    skipWeeksOff(weeks, today, off, left == 0 && i == plan.steps().size() - 1);
                }
            }
        }
        if (!current.isEmpty()) {
            weeks.add(new Week(weeks.size() + 1, today.plusWeeks(weeks.size()), current));
        }
        return new WeeklySchedule(weeks);
    }

    /** Adds the weeks off that come next, empty, unless the study is over. */
    private static void skipWeeksOff(List<Week> weeks, LocalDate today, WeeksOff off, boolean over) {
        while (!over && off.isOff(today, weeks.size() + 1)) {
            weeks.add(new Week(weeks.size() + 1, today.plusWeeks(weeks.size()), List.of()));
        }
    }
}
