package org.michishirube.core.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.planning.LearningPathPlanner;
import org.michishirube.core.testing.RandomGraphs;
import org.michishirube.core.testing.RandomProfiles;

/**
 * The graphs, learners and goals the benchmarks plan on, built the same way every time.
 * <p>
 * Two make-ups, each at several sizes that keep 20 frameworks (one credential each), 3 licences and the same
 * eligibility odds, and scale targets, edges and roles together:
 * <ul>
 *   <li>ESCO's: {@link Size#ESCO} is {@link RandomGraphs.Shape#esco()} (14,000 targets, 3,000 roles of 40
 *       needs, about one prerequisite per target: ≈134k edges, most of them role needs, as in ESCO);
 *       {@link Size#TENTH} and {@link Size#HUNDREDTH} are 10× and 100× smaller;</li>
 *   <li>a dense stress make-up: {@link Size#DENSE_ESCO} is {@link RandomGraphs.Shape#escoDense()} (14,000
 *       targets with 9.3 prerequisites each, ≈129k prerequisite edges, 3,000 roles of 12 needs), where almost
 *       every closure spans most of the graph; {@link Size#DENSE_TENTH} is 10× smaller.</li>
 * </ul>
 */
public final class Workload {

    /** The day every plan starts, so that plans do not depend on the clock. */
    public static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

    /** A graph size and make-up. */
    public enum Size {
        /** ESCO scale and make-up ({@link RandomGraphs.Shape#esco()}): 14,000 targets, 3,000 roles of 40 needs, one prerequisite per target. */
        ESCO(RandomGraphs.Shape.esco()),
        /** 10× smaller: 20 × 7 × 1 GIO × (1 + 9) = 1,400 targets, 300 roles. */
        TENTH(new RandomGraphs.Shape(20, 7, 1, 9, 0, 1.0, 3, 300, 40, 40, 0.3, 0.1, 0.8)),
        /** 100× smaller: 20 × 7 × 1 GIO without SBOs = 140 targets, 30 roles. */
        HUNDREDTH(new RandomGraphs.Shape(20, 7, 1, 0, 0, 1.0, 3, 30, 40, 40, 0.3, 0.1, 0.8)),
        /** The stress make-up at ESCO scale ({@link RandomGraphs.Shape#escoDense()}): 9.3 prerequisites per target, 12 needs per role. */
        DENSE_ESCO(RandomGraphs.Shape.escoDense()),
        /** The stress make-up 10× smaller: 1,400 targets, 300 roles. */
        DENSE_TENTH(new RandomGraphs.Shape(20, 7, 1, 9, 0, 9.3, 3, 300, 12, 40, 0.3, 0.1, 0.8));

        private final RandomGraphs.Shape shape;

        Size(RandomGraphs.Shape shape) {
            this.shape = shape;
        }

        public RandomGraphs.Shape shape() {
            return shape;
        }
    }

    /** A learner. */
    public enum Learner {
        /** Holds nothing: every plan covers the whole prerequisite closure of its goal. */
        BEGINNER,
        /** {@link RandomProfiles} with seed 1: some credentials, up to half the targets mastered, subject passes. */
        RANDOM
    }

    /** How many credential goals {@link #credentialGoals} gives. */
    public static final int CREDENTIAL_GOALS = 4;
    /** How many role goals {@link #roleGoals} gives. */
    public static final int ROLE_GOALS = 10;

    private static final long GRAPH_SEED = 1;
    private static final LearningPathPlanner PLANNER = LearningPathPlanner.topological();

    private Workload() {
    }

    public static CompetencyGraph graph(Size size) {
        return RandomGraphs.generate(GRAPH_SEED, size.shape());
    }

    public static LearnerProfile learner(Learner learner, CompetencyGraph graph) {
        return switch (learner) {
            case BEGINNER -> LearnerProfile.beginner(10);
            case RANDOM -> RandomProfiles.generate(new Random(1), graph, TODAY);
        };
    }

    public static PlanningOptions options() {
        return PlanningOptions.defaults(TODAY);
    }

    /**
     * {@return the credential goals a benchmark plans, one after another: the last {@value #CREDENTIAL_GOALS}
     * credentials ({@code c19, c18, …}) that give this learner a plan, skipping those held or that require a
     * licence (no framework, so unreachable); several, so that one eligibility chain does not decide the figure}
     */
    public static List<Goal> credentialGoals(Size size, CompetencyGraph graph, LearnerProfile learner) {
        List<Goal> goals = new ArrayList<>();
        for (int f = size.shape().frameworks() - 1; f >= 0 && goals.size() < CREDENTIAL_GOALS; f--) {
            Goal goal = Goal.CredentialGoal.of(CredentialId.of("c" + f));
            if (PLANNER.plan(graph, learner, goal, options()) instanceof PlanOutcome.Planned) {
                goals.add(goal);
            }
        }
        return checked(goals, CREDENTIAL_GOALS, size);
    }

    /**
     * {@return the role goals a benchmark plans, one after another: {@value #ROLE_GOALS} roles spread evenly
     * over the ids (each the first at or below {@code r(k·roles/10 − 1)} that gives this learner a plan), so
     * that the few roles with alternatives weigh alike at each size}
     */
    public static List<Goal> roleGoals(Size size, CompetencyGraph graph, LearnerProfile learner) {
        int roles = size.shape().roles();
        List<Goal> goals = new ArrayList<>();
        for (int k = 1; k <= ROLE_GOALS; k++) {
            for (int r = k * roles / ROLE_GOALS - 1; r >= (k - 1) * roles / ROLE_GOALS; r--) {
                Goal goal = new Goal.RoleGoal(RoleId.of("r" + r));
                if (PLANNER.plan(graph, learner, goal, options()) instanceof PlanOutcome.Planned) {
                    goals.add(goal);
                    break;
                }
            }
        }
        return checked(goals, ROLE_GOALS, size);
    }

    private static List<Goal> checked(List<Goal> goals, int wanted, Size size) {
        if (goals.size() != wanted) {
            throw new IllegalStateException("only " + goals.size() + " of " + wanted + " goals can be planned on the "
                    + size + " graph: " + goals);
        }
        return List.copyOf(goals);
    }
}
