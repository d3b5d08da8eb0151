package org.michishirube.core.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Weeks a learner does not study (holidays, busy seasons): a plan week that overlaps a period is off. Plan weeks start on
 * the plan's day: week n runs from {@code today + 7(n − 1)} for seven days. Study hours go to the weeks that are not off,
 * so an exam is ready, and a schedule ends, that many weeks later.
 *
 * @param periods the periods off, each from its first to its last day
 */
public record WeeksOff(List<Period> periods) {

    /** No week off. */
    public static final WeeksOff NONE = new WeeksOff(List.of());

    public WeeksOff {
        periods = List.copyOf(periods);
    }

    /**
     * Days off, both ends included.
     *
     * @param from the first day off
     * @param to the last day off, not before {@code from}
     */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a period off ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    /** {@return whether week {@code n} (from 1) of a plan starting on {@code today} is off} */
    public boolean isOff(LocalDate today, int n) {
        if (periods.isEmpty()) {
            return false; // the common case, asked for every week of every plan
        }
        LocalDate start = today.plusWeeks(n - 1L);
        LocalDate end = start.plusDays(6);
        for (Period p : periods) {
            if (!p.from().isAfter(end) && !p.to().isBefore(start)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the plan weeks it takes to study {@code studyWeeks} weeks from {@code today}, the weeks off passed over} */
    public int calendarWeeks(LocalDate today, long studyWeeks) {
        if (periods.isEmpty()) {
            return Math.toIntExact(Math.max(0, studyWeeks));
        }
        int weeks = 0;
        long studied = 0;
        while (studied < studyWeeks) {
            weeks++;
            if (!isOff(today, weeks)) {
                studied++;
            }
        }
        return weeks;
    }
}
