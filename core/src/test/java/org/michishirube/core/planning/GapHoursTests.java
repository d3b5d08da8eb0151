package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.testing.RandomGraphs;
import org.michishirube.core.testing.RandomProfiles;

/**
 * {@link GapHours} gives the planner's total by either method, and the adaptive one switches from walking to
 * bitsets only when gaps grow large. Seeded; a failure names its seed and shape.
 */
class GapHoursTests {

    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    static final PlanningOptions OPTIONS = PlanningOptions.defaults(TODAY).withAlternatives(0);
    final TopologicalLearningPathPlanner planner = new TopologicalLearningPathPlanner();

    /** A few hundred targets with about one prerequisite each: gaps stay small. */
    static RandomGraphs.Shape sparse() {
        return new RandomGraphs.Shape(3, 4, 3, 4, 2, 1.0, 1, 30, 10, 4, 0.3, 0.1, 0.8);
    }

    /** The same size with eight prerequisites each: gaps cover most of the graph. */
    static RandomGraphs.Shape dense() {
        return new RandomGraphs.Shape(3, 4, 3, 4, 2, 8.0, 1, 30, 10, 4, 0.3, 0.1, 0.8);
    }

    @Test
    void everyMethodGivesThePlannersTotalOnSmallGraphs() {
        for (long seed = 0; seed < 300; seed++) {
            CompetencyGraph graph = RandomGraphs.small(seed);
            checkAllMethods(seed, "small", graph, new Random(seed * 17 + 3));
        }
    }

    @Test
    void everyMethodGivesThePlannersTotalOnSparseAndDenseGraphs() {
        for (long seed = 0; seed < 12; seed++) {
            checkAllMethods(seed, "sparse", RandomGraphs.generate(seed, sparse()), new Random(seed));
            checkAllMethods(seed, "dense", RandomGraphs.generate(seed, dense()), new Random(seed));
        }
    }

    @Test
    void theAdaptiveMethodWalksSmallGapsAndBuildsBitsetsForLargeOnes() {
        for (long seed = 0; seed < 5; seed++) {
            assertThat(adaptiveAfterEveryRole(RandomGraphs.generate(seed, sparse())).usesBitsets())
                    .as("sparse graph, seed %d", seed).isFalse();
            assertThat(adaptiveAfterEveryRole(RandomGraphs.generate(seed, dense())).usesBitsets())
                    .as("dense graph, seed %d", seed).isTrue();
        }
    }

    private GapHours adaptiveAfterEveryRole(CompetencyGraph graph) {
        GapHours gap = GapHours.of(graph, Attainment.of(graph, LearnerProfile.beginner(10), OPTIONS), OPTIONS);
        for (Role role : graph.roles()) {
            gap.hours(levels(role));
        }
        return gap;
    }

    private void checkAllMethods(long seed, String shape, CompetencyGraph graph, Random random) {
        List<LearnerProfile> profiles = List.of(LearnerProfile.beginner(10),
                RandomProfiles.generate(random, graph, TODAY), RandomProfiles.generate(random, graph, TODAY));
        for (LearnerProfile profile : profiles) {
            Attainment attainment = Attainment.of(graph, profile, OPTIONS);
            // One calculator of each method for all the goals, as a ranking uses it: the adaptive one may switch
            // part way through.
            Map<GapHours.Method, GapHours> calculators = new HashMap<>();
            for (GapHours.Method method : GapHours.Method.values()) {
                calculators.put(method, GapHours.of(graph, attainment, OPTIONS, method));
            }
            List<Map<TargetId, Integer>> goals = new ArrayList<>();
            graph.roles().forEach(r -> goals.add(levels(r)));
            List<Target> targets = graph.targets();
            for (int g = 0; g < 10; g++) {
                Map<TargetId, Integer> levels = new HashMap<>();
                for (int k = 1 + random.nextInt(6); k > 0; k--) {
                    levels.put(targets.get(random.nextInt(targets.size())).id(), 1 + random.nextInt(Need.MAX_LEVEL));
                }
                goals.add(levels);
            }
            for (Map<TargetId, Integer> levels : goals) {
                PlanOutcome plan = planner.plan(graph, profile, new Goal.TargetsGoal(levels), OPTIONS);
                int expected = plan instanceof PlanOutcome.Planned p ? p.plan().totalHours() : 0;
                calculators.forEach((method, gap) -> assertThat(gap.hours(levels))
                        .as("%s, %s graph, seed %d, goal %s", method, shape, seed, levels).isEqualTo(expected));
            }
        }
    }

    private static Map<TargetId, Integer> levels(Role role) {
        Map<TargetId, Integer> levels = new HashMap<>();
        role.needs().forEach(n -> levels.merge(n.target(), n.level(), Math::max));
        return levels;
    }
}
