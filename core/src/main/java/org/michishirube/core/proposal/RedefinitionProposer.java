package org.michishirube.core.proposal;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.FrameworkId;

/** Proposes how a framework could be redefined, from role needs, curriculum usage and the other frameworks. */
public interface RedefinitionProposer {

    /**
     * {@return the proposals for the framework's current version, ranked, or why there are none; never throws
     * for an unknown framework}
     *
     * @param graph the snapshot holding the current versions and the roles
     * @param framework the framework to redefine
     * @param usage how many curricula address each target
     * @param options thresholds
     */
    ProposalOutcome propose(CompetencyGraph graph, FrameworkId framework, CurriculumUsage usage, ProposalOptions options);

    /** {@return the proposer that ranks proposals by the evidence behind them} */
    static RedefinitionProposer evidenceRanked() {
        return new EvidenceRankedProposer();
    }
}
