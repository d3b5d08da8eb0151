package org.michishirube.core.planning;

import java.time.LocalDate;

import org.michishirube.core.model.CredentialId;
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
     * Sit the exam of a credential. Its earliest day is the latest of: the day its study is done at the
     * profile's hours a week, the waits it needs, and the exams of the credentials it requires.
     *
     * @param credential the credential earned
     * @param afterSteps steps done before it
     * @param earliest the earliest day
     */
    record Exam(CredentialId credential, int afterSteps, LocalDate earliest) implements Milestone {
        public Exam {
            check(credential, afterSteps, earliest);
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
