package org.michishirube.core.fit;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanningOptions;

/** Ranks roles by how well a learner fits them. */
public interface RoleFit {

    /**
     * {@return the roles in scope ranked by fit, or why the profile or scope cannot be read; never throws
     * for unknown ids}
     *
     * @param graph the snapshot
     * @param profile the learner
     * @param scope all roles, or only those of other families (second career)
     * @param options supply today, the credential level and the default effort used for the hours
     */
    FitOutcome rank(CompetencyGraph graph, LearnerProfile profile, FitScope scope, PlanningOptions options);

    /** {@return the role fit that weighs each need by its importance and reports the hours to close the gaps} */
    static RoleFit weightedCoverage() {
        return new WeightedCoverageRoleFit();
    }
}
