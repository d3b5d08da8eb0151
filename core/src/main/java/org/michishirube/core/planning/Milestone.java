package org.michishirube.core.planning;

import java.time.LocalDate;
import java.util.Optional;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.ExperienceKind;

/**
 * A point in a plan that is not study: sitting an exam, or waiting for experience to build up.
 * A milestone comes once the first {@link #afterSteps()} steps are done (0: before any step).
 */
public sealed interface Milestone {

    /** {@return the credential it concerns} */
    CredentialId credential();

    /** {@return how many steps of the plan come before it} */
    int afterSteps();

    /** {@return the earliest day it can happen} */
    LocalDate earliest();

    /** {@return the kind, for readers that do not switch on types} */
    Kind kind();

    /** The kinds of milestones. */
    enum Kind { EXAM, WAIT }

    /**
     * Sit the exam of a credential. The learner is {@code ready} on the latest of: the day its study is done at the
     * profile's hours a week, the waits it needs, and the day the credentials it requires are held. Where the
     * planner knows sittings of the exam, {@code earliest} is the first day of the first sitting the learner can
     * sit from then on and still apply for, and {@code sitting} names it; where it knows none, {@code sitting} is
     * empty and {@code earliest} is the ready day, which is not an exam date.
     *
     * @param credential the credential earned
     * @param afterSteps steps done before it
     * @param earliest the sitting's exam day, or the ready day when no sitting is known
     * @param ready the day the learner is ready and eligible
     * @param sitting the sitting, when one is known
     */
    record Exam(CredentialId credential, int afterSteps, LocalDate earliest, LocalDate ready, Optional<ExamSitting> sitting)
            implements Milestone {
        public Exam {
            check(credential, afterSteps, earliest);
            if (ready == null || sitting == null) {
                throw new IllegalArgumentException("ready day and sitting (possibly empty) are required");
            }
            if (ready.isAfter(earliest)) {
                throw new IllegalArgumentException("the exam of " + credential + " is dated before the learner is ready");
            }
            if (sitting.filter(s -> !s.examDay().equals(earliest) || !s.credential().equals(credential)).isPresent()) {
                throw new IllegalArgumentException("the exam of " + credential + " is not dated on its sitting");
            }
        }

        /** An exam without a known sitting, dated on the day the learner is ready. */
        public Exam(CredentialId credential, int afterSteps, LocalDate ready) {
            this(credential, afterSteps, ready, ready, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.EXAM;
        }
    }

    /**
     * Wait until enough work experience has built up for a credential's eligibility rule. Experience counts
     * from {@code today}: the learner keeps working while studying.
     *
     * @param credential the credential whose rule is not yet met
     * @param experience the kind of experience
     * @param missingYears the years still missing
     * @param afterSteps steps done before it
     * @param earliest today plus the missing years
     */
    record Wait(CredentialId credential, ExperienceKind experience, int missingYears, int afterSteps, LocalDate earliest)
            implements Milestone {
        public Wait {
            check(credential, afterSteps, earliest);
            if (experience == null || missingYears < 1) {
                throw new IllegalArgumentException("a wait for " + credential + " needs a kind and at least one year");
            }
        }

        @Override
        public Kind kind() {
            return Kind.WAIT;
        }
    }

    private static void check(CredentialId credential, int afterSteps, LocalDate earliest) {
        if (credential == null || earliest == null) {
            throw new IllegalArgumentException("credential and earliest day are required");
        }
        if (afterSteps < 0) {
            throw new IllegalArgumentException("a milestone cannot come after a negative number of steps");
        }
    }
}
