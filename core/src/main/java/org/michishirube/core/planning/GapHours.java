package org.michishirube.core.planning;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.michishirube.core.internal.Dag;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;

/**
 * The total hours of many plans for one learner, without building them: for a map of wanted levels it
 * gives exactly the {@link LearningPlan#totalHours()} that {@link TopologicalLearningPathPlanner} gives for
 * a {@link Goal.TargetsGoal} of the same levels (or a role goal's main plan). Ranking thousands of roles
 * needs this: on a dense prerequisite graph each plan covers most of the graph.
 * <p>
 * Every target the learner holds at level 0 gets, once, the set of level-0 targets it reaches through
 * level-0 prerequisites (a bitset); a gap is then the wanted targets below their level plus the union of
 * those sets, and prerequisites cost {@link Effort#hours} from 0 to {@value TopologicalLearningPathPlanner#PREREQUISITE_LEVEL}.
 * Memory is about n²/8 bytes for n targets (25 MB at 14,000).
 */
public final class GapHours {

    private final Attainment attainment;
    private final int defaultEffortHours;
    private final Map<TargetId, Integer> index = new HashMap<>();
    private final Target[] targets;
    private final int[] levels;
    private final int[] prerequisiteHours;
    private final long[][] reach;

    private GapHours(CompetencyGraph graph, Attainment attainment, PlanningOptions options) {
        this.attainment = attainment;
        this.defaultEffortHours = options.defaultEffortHours();
        List<Target> all = graph.targets();
        int n = all.size();
        targets = all.toArray(new Target[0]);
        levels = new int[n];
        prerequisiteHours = new int[n];
        for (int i = 0; i < n; i++) {
            index.put(targets[i].id(), i);
            levels[i] = attainment.level(targets[i].id());
            prerequisiteHours[i] = Effort.hours(targets[i], 0, TopologicalLearningPathPlanner.PREREQUISITE_LEVEL,
                    defaultEffortHours);
        }
        reach = new long[n][];
        int words = (n + 63) / 64;
        List<TargetId> order = Dag.topologicalOrder(index.keySet(), graph::prerequisites, Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("a valid graph has no prerequisite cycle"));
        for (TargetId id : order) {
            int i = index.get(id);
            long[] set = null;
            for (TargetId p : graph.prerequisites(id)) {
                int j = index.get(p);
                if (levels[j] != 0) {
                    continue; // held at level ≥ 1: the closure stops here
                }
                if (set == null) {
                    set = new long[words];
                }
                set[j >>> 6] |= 1L << j;
                if (reach[j] != null) {
                    for (int w = 0; w < words; w++) {
                        set[w] |= reach[j][w];
                    }
                }
            }
            reach[i] = set;
        }
    }

    /**
     * {@return a calculator for one learner on one graph}
     *
     * @param graph a snapshot (valid, hence acyclic)
     * @param attainment the learner's levels on that graph
     * @param options supplies the default effort
     */
    public static GapHours of(CompetencyGraph graph, Attainment attainment, PlanningOptions options) {
        return new GapHours(graph, attainment, options);
    }

    /**
     * {@return the study hours to reach the wanted levels, prerequisites included}
     *
     * @param wanted the level (1..4) wanted for each target; targets unknown to the graph are ignored
     */
    public int hours(Map<TargetId, Integer> wanted) {
        long total = 0;
        long[] union = null;
        Set<Integer> roots = new java.util.HashSet<>();
        for (Map.Entry<TargetId, Integer> e : wanted.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null || e.getValue() <= levels[i]) {
                continue;
            }
            roots.add(i);
            total += Effort.hours(targets[i], levels[i], e.getValue(), defaultEffortHours);
            if (reach[i] != null) {
                if (union == null) {
                    union = new long[reach[i].length];
                }
                for (int w = 0; w < union.length; w++) {
                    union[w] |= reach[i][w];
                }
            }
        }
        if (union != null) {
            for (int w = 0; w < union.length; w++) {
                long bits = union[w];
                while (bits != 0) {
                    int j = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    if (!roots.contains(j)) {
                        total += prerequisiteHours[j];
                    }
                }
            }
        }
        return Math.toIntExact(total);
    }

    /** {@return the learner's levels this calculator reads} */
    public Attainment attainment() {
        return attainment;
    }
}
