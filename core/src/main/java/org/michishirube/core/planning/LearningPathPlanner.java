package org.michishirube.core.planning;

import org.michishirube.core.model.CompetencyGraph;

/** Plans how a learner gets from a profile to a goal. */
public interface LearningPathPlanner {

    /**
     * {@return the plan and its alternatives, a note that the goal is already reached, or why it cannot be
     * planned (unknown ids included); never throws for bad ids}
     *
     * @param graph the snapshot to plan on
     * @param profile what the learner brings
     * @param goal where the learner wants to get
     * @param options how to plan
     */
    PlanOutcome plan(CompetencyGraph graph, LearnerProfile profile, Goal goal, PlanningOptions options);

    /**
     * {@return the planner that orders the gaps and their prerequisites topologically, explains every step
     * and offers cheaper alternatives}
     */
    static LearningPathPlanner topological() {
        return new TopologicalLearningPathPlanner();
    }
}
