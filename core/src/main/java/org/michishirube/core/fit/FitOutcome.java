package org.michishirube.core.fit;

import java.util.List;

import org.michishirube.core.planning.PlanOutcome;

/** The result of ranking: the ranking, or why the profile or scope could not be read. */
public sealed interface FitOutcome {

    /**
     * The ranking.
     *
     * @param ranking the roles ranked
     */
    record Ranked(RoleFitRanking ranking) implements FitOutcome {
        public Ranked {
            if (ranking == null) {
                throw new IllegalArgumentException("ranking is missing");
            }
        }
    }

    /**
     * An id in the profile or the scope the graph does not know.
     *
     * @param reason the same codes the planner uses, e.g. {@code UNKNOWN_ROLE}
     * @param explanation a sentence for the learner
     * @param witness the unknown id
     */
    record Rejected(PlanOutcome.Reason reason, String explanation, List<String> witness) implements FitOutcome {
        public Rejected {
            if (reason == null || explanation == null) {
                throw new IllegalArgumentException("reason and explanation are required");
            }
            witness = List.copyOf(witness);
        }
    }
}
