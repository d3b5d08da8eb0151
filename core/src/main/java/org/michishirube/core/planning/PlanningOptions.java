package org.michishirube.core.planning;

import java.time.LocalDate;

import org.michishirube.core.model.Need;

/**
 * How to plan.
 *
 * @param alternatives how many alternative plans to return at most (k ≥ 0)
 * @param today the day the plan starts; waits and exam dates count from it, so plans do not depend on the clock
 * @param defaultEffortHours study hours assumed for a target without {@code effortHours} (≥ 0)
 * @param credentialLevel the level (1..4) at which a credential's targets are needed, and at which a
 *                        held credential's targets count as mastered
 * @param subjectCreditYears how many years after the pass year an exam subject still counts (≥ 0)
 * @param sittings the exam sittings to put exams on; {@link SittingCalendar#none()} dates them by readiness alone
 * @param weeksOff the weeks the learner does not study; readiness and the weekly schedule pass over them
 */
public record PlanningOptions(int alternatives, LocalDate today, int defaultEffortHours, int credentialLevel,
                              int subjectCreditYears, SittingCalendar sittings, WeeksOff weeksOff) {

    /** Alternatives returned unless asked otherwise. */
    public static final int DEFAULT_ALTERNATIVES = 3;
    /** An inferred figure: about one study weekend for a target whose effort nobody published. */
    public static final int DEFAULT_EFFORT_HOURS = 10;
    /** Level 2 ("can explain"): what a multiple-choice credential exam checks. */
    public static final int DEFAULT_CREDENTIAL_LEVEL = 2;
    /** HIT keeps a passed subject for the next two years. */
    public static final int DEFAULT_SUBJECT_CREDIT_YEARS = 2;

    public PlanningOptions {
        if (alternatives < 0) {
            throw new IllegalArgumentException("alternatives must not be negative, was " + alternatives);
        }
        if (today == null) {
            throw new IllegalArgumentException("today is missing");
        }
        if (defaultEffortHours < 0) {
            throw new IllegalArgumentException("default effort must not be negative, was " + defaultEffortHours);
        }
        if (credentialLevel < 1 || credentialLevel > Need.MAX_LEVEL) {
            throw new IllegalArgumentException("credential level must be 1..4, was " + credentialLevel);
        }
        if (subjectCreditYears < 0) {
            throw new IllegalArgumentException("subject credit years must not be negative, was " + subjectCreditYears);
        }
        if (sittings == null) {
            throw new IllegalArgumentException("sittings are missing (use SittingCalendar.none())");
        }
        if (weeksOff == null) {
            throw new IllegalArgumentException("weeks off are missing (use WeeksOff.NONE)");
        }
    }

    /** Options without weeks off. */
    public PlanningOptions(int alternatives, LocalDate today, int defaultEffortHours, int credentialLevel, int subjectCreditYears,
                           SittingCalendar sittings) {
        this(alternatives, today, defaultEffortHours, credentialLevel, subjectCreditYears, sittings, WeeksOff.NONE);
    }

    /** Options without sittings. */
    public PlanningOptions(int alternatives, LocalDate today, int defaultEffortHours, int credentialLevel, int subjectCreditYears) {
        this(alternatives, today, defaultEffortHours, credentialLevel, subjectCreditYears, SittingCalendar.none());
    }

    /** {@return the default options for plans starting on the given day} */
    public static PlanningOptions defaults(LocalDate today) {
        return new PlanningOptions(DEFAULT_ALTERNATIVES, today, DEFAULT_EFFORT_HOURS, DEFAULT_CREDENTIAL_LEVEL,
                DEFAULT_SUBJECT_CREDIT_YEARS);
    }

    /** {@return these options asking for at most {@code k} alternatives} */
    public PlanningOptions withAlternatives(int k) {
        return new PlanningOptions(k, today, defaultEffortHours, credentialLevel, subjectCreditYears, sittings, weeksOff);
    }

    /** {@return these options with another default effort} */
    public PlanningOptions withDefaultEffortHours(int hours) {
        return new PlanningOptions(alternatives, today, hours, credentialLevel, subjectCreditYears, sittings, weeksOff);
    }

    /** {@return the plan weeks it takes to study {@code hours} at {@code perWeek} hours a week, the weeks off passed over} */
    public int calendarWeeks(long hours, int perWeek) {
        return weeksOff.calendarWeeks(today, (hours + perWeek - 1) / perWeek);
    }

    /** {@return these options putting exams on the given sittings} */
    public PlanningOptions withSittings(SittingCalendar calendar) {
        return new PlanningOptions(alternatives, today, defaultEffortHours, credentialLevel, subjectCreditYears, calendar, weeksOff);
    }

    /** {@return these options passing over the given weeks off} */
    public PlanningOptions withWeeksOff(WeeksOff off) {
        return new PlanningOptions(alternatives, today, defaultEffortHours, credentialLevel, subjectCreditYears, sittings, off);
    }
}
