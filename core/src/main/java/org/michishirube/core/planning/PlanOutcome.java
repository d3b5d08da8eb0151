package org.michishirube.core.planning;

import java.util.List;

/** The result of planning: a plan, a goal already reached, or a goal that cannot be planned. */
public sealed interface PlanOutcome {

    /**
     * A plan, with up to k materially different alternatives (different sets of exam milestones),
     * cheapest first.
     *
     * @param plan the recommended plan: the fewest study hours
     * @param alternatives other plans, ranked by total hours, then weeks, then their exam credentials
     */
    record Planned(LearningPlan plan, List<LearningPlan> alternatives) implements PlanOutcome {
        public Planned {
            if (plan == null) {
                throw new IllegalArgumentException("plan is missing");
            }
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * Nothing to do: the profile already meets the goal.
     *
     * @param goal the goal
     * @param explanation why it counts as reached
     */
    record AlreadyReached(Goal goal, String explanation) implements PlanOutcome {
        public AlreadyReached {
            if (goal == null || explanation == null) {
                throw new IllegalArgumentException("goal and explanation are required");
            }
        }
    }

    /**
     * The goal cannot be planned on this graph for this profile.
     *
     * @param reason a stable code for the API
     * @param explanation a sentence for the learner
     * @param witness the evidence: the unknown id, the requirement chain, or the cycle
     */
    record Unreachable(Reason reason, String explanation, List<String> witness) implements PlanOutcome {
        public Unreachable {
            if (reason == null || explanation == null) {
                throw new IllegalArgumentException("reason and explanation are required");
            }
            witness = List.copyOf(witness);
        }
    }

    /** Why a goal cannot be planned. */
    enum Reason {
        /** The goal or the profile names a credential the graph does not know. */
        UNKNOWN_CREDENTIAL,
        /** The goal names a role the graph does not know. */
        UNKNOWN_ROLE,
        /** The goal or the profile names a target the graph does not know. */
        UNKNOWN_TARGET,
        /** A subject pass names a domain that is not in its credential's framework. */
        UNKNOWN_SUBJECT,
        /** The goal names a framework version the graph does not know, or one of another credential. */
        UNKNOWN_VERSION,
        /** The goal names a framework version that is not the current one. */
        VERSION_NOT_CURRENT,
        /** The goal, or a credential it requires, has no framework of targets (e.g. a national licence). */
        NO_FRAMEWORK,
        /** The goal, or a credential it requires, has a framework with no published version. */
        NO_PUBLISHED_VERSION,
        /** The prerequisites among the steps form a cycle (a valid graph never has one). */
        PREREQUISITE_CYCLE,
        /** The eligibility rules form a cycle (a valid graph never has one). */
        ELIGIBILITY_CYCLE;

        /** {@return the code as the API writes it, e.g. {@code unknown-credential}} */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
