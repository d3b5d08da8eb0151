package org.michishirube.core.planning;

import java.util.Map;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetIndex;

/**
 * The total hours of many plans for one learner, without building them: for a map of wanted levels it
 * gives exactly the {@link LearningPlan#totalHours()} that {@link TopologicalLearningPathPlanner} gives for
 * a {@link Goal.TargetsGoal} of the same levels (or a role goal's main plan). Ranking thousands of roles
 * needs this: on a dense prerequisite graph each plan covers most of the graph.
 * <p>
 * The targets the learner holds at level 0 are ranked in a topological order. Each gets, once, the set of
 * level-0 targets it reaches through level-0 prerequisites, as a bitset over ranks no longer than its own
 * rank (about n²/16 bytes for n targets, 12 MB at 14,000). A gap is then the wanted targets below their
 * level plus the union of those sets, and prerequisites cost {@link Effort#hours} from 0 to
 * {@value TopologicalLearningPathPlanner#PREREQUISITE_LEVEL}. Both the sets and a role's union skip any
 * target already inside the set being built, whose own set is then inside it too, and the hours of a union
 * are summed from popcounts of the bit planes of the prerequisite hours.
 * <p>
 * Building the sets is quadratic in the number of level-0 targets (with a small constant: a 64th of a
 * word per pair), and each {@link #hours} call is linear in it; no known exact method for closure sizes
 * does much better on a general DAG. See docs/performance.md.
 */
public final class GapHours {

    private final Attainment attainment;
    private final TargetIndex index;
    private final int defaultEffortHours;
    /** Position in the graph's {@link TargetIndex} → rank in a topological order of the level-0 targets, or −1. */
    private final int[] rank;
    /** Rank → the ranks reached through level-0 prerequisites, as a bitset no longer than the rank; null if none. */
    private final long[][] reach;
    /** Bit b of every rank's prerequisite hours, as a bitset over ranks: sums over a set become popcounts. */
    private final long[][] hourBits;

    private GapHours(CompetencyGraph graph, Attainment attainment, PlanningOptions options) {
        this.attainment = attainment;
        this.index = graph.index();
        this.defaultEffortHours = options.defaultEffortHours();
        int n = index.size();
        // Only targets held at level 0 are ever reached: the closure stops at a prerequisite held at level ≥ 1.
        rank = new int[n];
        int[] byRank = new int[n];
        int ranked = 0;
        for (int k = 0; k < n; k++) {
            int t = index.topological(k);
            if (attainment.level(t) == 0) {
                rank[t] = ranked;
                byRank[ranked++] = t;
            } else {
                rank[t] = -1;
            }
        }
        int[] prerequisiteHours = new int[ranked];
        int maxHours = 0;
        for (int r = 0; r < ranked; r++) {
            prerequisiteHours[r] = Effort.hours(index.effortHours(byRank[r]), 0,
                    TopologicalLearningPathPlanner.PREREQUISITE_LEVEL, defaultEffortHours);
            maxHours = Math.max(maxHours, prerequisiteHours[r]);
        }
        int words = (ranked + 63) >>> 6;
        hourBits = new long[32 - Integer.numberOfLeadingZeros(maxHours)][words];
        for (int r = 0; r < ranked; r++) {
            for (int b = 0; b < hourBits.length; b++) {
                if ((prerequisiteHours[r] >>> b & 1) != 0) {
                    hourBits[b][r >>> 6] |= 1L << r;
                }
            }
        }
        // A prerequisite has a lower rank than its dependent, so its set is complete when needed. Taking the
        // prerequisites from the highest rank down, one already in the set needs no union: its own set lies
        // inside the set of the prerequisite that brought it in.
        reach = new long[ranked][];
        int[] direct = new int[16];
        for (int r = 0; r < ranked; r++) {
            int t = byRank[r];
            int count = 0;
            for (int k = 0, c = index.prerequisiteCount(t); k < c; k++) {
                int p = rank[index.prerequisite(t, k)];
                if (p >= 0) {
                    if (count == direct.length) {
                        direct = java.util.Arrays.copyOf(direct, count * 2);
                    }
                    direct[count++] = p;
                }
            }
            if (count == 0) {
                continue;
            }
            java.util.Arrays.sort(direct, 0, count);
            int top = direct[count - 1];
            int length = (top >>> 6) + 1;
            // Start from a copy of the highest prerequisite's set rather than from zeros.
            long[] set = reach[top] == null ? new long[length] : java.util.Arrays.copyOf(reach[top], length);
            set[top >>> 6] |= 1L << top;
            for (int k = count - 2; k >= 0; k--) {
                int p = direct[k];
                if ((set[p >>> 6] & 1L << p) != 0) {
                    continue;
                }
                set[p >>> 6] |= 1L << p;
                long[] sub = reach[p];
                if (sub != null) {
                    for (int w = 0; w < sub.length; w++) {
                        set[w] |= sub[w];
                    }
                }
            }
            reach[r] = set;
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
        int[] positions = new int[wanted.size()];
        int[] levels = new int[wanted.size()];
        int count = 0;
        for (Map.Entry<TargetId, Integer> e : wanted.entrySet()) {
            int t = index.positionOf(e.getKey());
            if (t >= 0) {
                positions[count] = t;
                levels[count++] = e.getValue();
            }
        }
        return hours(positions, levels, count);
    }

    /**
     * {@return the study hours to reach the wanted levels, prerequisites included}, for targets given by their
     * positions in the graph's {@link TargetIndex}; a target given twice is wanted at the higher level
     *
     * @param positions the targets' positions (the first {@code count} are read)
     * @param wanted the level (1..{@value org.michishirube.core.model.Need#MAX_LEVEL}) wanted for the target at
     *               the same place in {@code positions}
     * @param count how many targets are given
     */
    public int hours(int[] positions, int[] wanted, int count) {
        long total = 0;
        int[] roots = new int[count];
        int[] heldRoots = new int[count];
        int rootCount = 0;
        int heldCount = 0;
        // Sorted by position, then level: the last of each position is the level it is wanted at.
        long[] keyed = new long[count];
        for (int k = 0; k < count; k++) {
            keyed[k] = (long) positions[k] << 3 | wanted[k];
        }
        java.util.Arrays.sort(keyed);
        for (int k = 0; k < count; k++) {
            int t = (int) (keyed[k] >>> 3);
            if (k + 1 < count && keyed[k + 1] >>> 3 == t) {
                continue;
            }
            int level = (int) (keyed[k] & 7);
            int held = attainment.level(t);
            if (level <= held) {
                continue;
            }
            total += Effort.hours(index.effortHours(t), held, level, defaultEffortHours);
            if (rank[t] >= 0) {
                roots[rootCount++] = rank[t];
            } else {
                heldRoots[heldCount++] = t;
            }
        }
        long[] union = null;
        // Highest rank first: a root already in the union has its whole set there, so it needs no union.
        java.util.Arrays.sort(roots, 0, rootCount);
        for (int k = rootCount - 1; k >= 0; k--) {
            int r = roots[k];
            if (union != null && r >>> 6 < union.length && (union[r >>> 6] & 1L << r) != 0) {
                continue;
            }
            union = or(union, reach[r]);
        }
        // Held at level ≥ 1 but wanted higher: such a root has no set of its own, so take its prerequisites'.
        for (int k = 0; k < heldCount; k++) {
            int t = heldRoots[k];
            for (int j = 0, c = index.prerequisiteCount(t); j < c; j++) {
                int p = rank[index.prerequisite(t, j)];
                if (p >= 0) {
                    union = or(union, reach[p]);
                    union = or(union, single(p));
                }
            }
        }
        if (union == null) {
            return Math.toIntExact(total);
        }
        // The roots are studied to their wanted level, counted above, not again as prerequisites.
        for (int k = 0; k < rootCount; k++) {
            int r = roots[k];
            if (r >>> 6 < union.length) {
                union[r >>> 6] &= ~(1L << r);
            }
        }
        for (int b = 0; b < hourBits.length; b++) {
            long[] bits = hourBits[b];
            long sum = 0;
            for (int w = 0; w < union.length; w++) {
                sum += Long.bitCount(union[w] & bits[w]);
            }
            total += sum << b;
        }
        return Math.toIntExact(total);
    }

    private static long[] single(int r) {
        long[] set = new long[(r >>> 6) + 1];
        set[r >>> 6] = 1L << r;
        return set;
    }

    /** {@return {@code union} with {@code set} added, grown when the set is longer; either may be null} */
    private static long[] or(long[] union, long[] set) {
        if (set == null) {
            return union;
        }
        if (union == null) {
            return set.clone();
        }
        long[] result = union.length >= set.length ? union : java.util.Arrays.copyOf(union, set.length);
        for (int w = 0; w < set.length; w++) {
            result[w] |= set[w];
        }
        return result;
    }

    /** {@return the learner's levels this calculator reads} */
    public Attainment attainment() {
        return attainment;
    }
}
