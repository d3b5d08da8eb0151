package org.michishirube.core.planning;

import java.util.Map;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetIndex;

/**
 * The total hours of many plans for one learner, without building them: for a map of wanted levels it
 * gives exactly the {@link LearningPlan#totalHours()} that {@link TopologicalLearningPathPlanner} gives for
 * a {@link Goal.TargetsGoal} of the same levels (or a role goal's main plan). Ranking thousands of roles
 * needs this.
 * <p>
 * A gap is the wanted targets below their level plus their prerequisites, closed through prerequisites the
 * learner holds at level 0; prerequisites cost {@link Effort#hours} from 0 to
 * {@value TopologicalLearningPathPlanner#PREREQUISITE_LEVEL}. Two ways to find it, with the same result:
 * <ul>
 *   <li><b>Walk</b> the gap from its targets, marking what it has seen with the walk's number so that no
 *       walk clears anything. Cheap where closures are small, as in curricula and ESCO, whose targets have
 *       about one prerequisite each.</li>
 *   <li><b>Bitsets</b>, for dense prerequisite graphs where each gap covers most of the graph. The level-0
 *       targets are ranked in a topological order; each gets, once, the set of level-0 targets it reaches,
 *       as a bitset over ranks no longer than its own rank (about n²/16 bytes for n targets, 12 MB at
 *       14,000). A gap is then a union of sets, skipping any target already inside the union (its set is
 *       there too), and its hours are summed from popcounts of the bit planes of the prerequisite hours.
 *       Building the sets is quadratic in the number of level-0 targets (a 64th of a word per pair).</li>
 * </ul>
 * By default each call walks with a budget of as many targets as a bitset union would read words; the
 * first walk over budget builds the sets, which every later call of this calculator uses. See
 * docs/performance.md.
 */
public final class GapHours {

    /** How gaps are found; {@link #ADAPTIVE} unless a test wants one of the two. */
    enum Method {
        /** Walk while gaps are small; once one is not, build the bitsets and use them from then on. */
        ADAPTIVE,
        /** Always walk. */
        WALK,
        /** Always use the bitsets. */
        BITSETS
    }

    private final Attainment attainment;
    private final TargetIndex index;
    private final int defaultEffortHours;
    private final Method method;
    /** Words in a bitset over all level-0 targets: what one union of the bitset method reads. */
    private final int words;
    /** Per position: the number of the walk that last reached it, so that walks need no clearing. */
    private final int[] seen;
    private int walk;
    private int[] stack = new int[64];
    private Bitsets bitsets;

    private GapHours(CompetencyGraph graph, Attainment attainment, PlanningOptions options, Method method) {
        this.attainment = attainment;
        this.index = graph.index();
        this.defaultEffortHours = options.defaultEffortHours();
        this.method = method;
        int n = index.size();
        int levelZero = 0;
        for (int t = 0; t < n; t++) {
            if (attainment.level(t) == 0) {
                levelZero++;
            }
        }
        this.words = (levelZero + 63) >>> 6;
        this.seen = method == Method.BITSETS ? null : new int[n];
        this.bitsets = method == Method.BITSETS ? new Bitsets() : null;
    }

    /**
     * {@return a calculator for one learner on one graph} Not thread-safe: one per ranking.
     *
     * @param graph a snapshot (valid, hence acyclic)
     * @param attainment the learner's levels on that graph
     * @param options supplies the default effort
     */
    public static GapHours of(CompetencyGraph graph, Attainment attainment, PlanningOptions options) {
        return new GapHours(graph, attainment, options, Method.ADAPTIVE);
    }

    static GapHours of(CompetencyGraph graph, Attainment attainment, PlanningOptions options, Method method) {
        return new GapHours(graph, attainment, options, method);
    }

    /** {@return whether this calculator has built the bitsets, i.e. uses them} */
    boolean usesBitsets() {
        return bitsets != null;
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
        // Sorted by position, then level: the last of each position is the level it is wanted at.
        long[] keyed = new long[count];
        for (int k = 0; k < count; k++) {
            keyed[k] = (long) positions[k] << 3 | wanted[k];
        }
        java.util.Arrays.sort(keyed);
        int[] roots = new int[count];
        int rootCount = 0;
        long total = 0;
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
            roots[rootCount++] = t;
        }
        if (bitsets == null) {
            // The walk may read up to as many targets as the bitset union reads words, plus a constant.
            int budget = method == Method.WALK ? Integer.MAX_VALUE : 64 + Math.max(rootCount, 1) * words;
            long walked = walk(keyed, count, roots, rootCount, budget);
            if (walked >= 0) {
                return Math.toIntExact(total + walked);
            }
            bitsets = new Bitsets();
        }
        return Math.toIntExact(total + bitsets.prerequisiteHours(roots, rootCount));
    }

    /**
     * {@return the prerequisite hours of a gap found by walking it, or −1 when it reaches more than
     * {@code budget} targets}
     */
    private long walk(long[] keyed, int count, int[] roots, int rootCount, int budget) {
        if (++walk == 0) { // wrapped round after 2³² walks: start the marks afresh
            java.util.Arrays.fill(seen, 0);
            walk = 1;
        }
        // Every wanted target is marked first: one reached as a prerequisite is a step at its wanted level
        // (counted by the caller) or held at it, which is at least the prerequisite level; either way the
        // walk does not count it again. Only the steps lead on to their prerequisites.
        for (int k = 0; k < count; k++) {
            seen[(int) (keyed[k] >>> 3)] = walk;
        }
        if (stack.length < rootCount) {
            stack = new int[Math.max(rootCount, stack.length * 2)];
        }
        System.arraycopy(roots, 0, stack, 0, rootCount);
        int top = rootCount;
        int reached = 0;
        long hours = 0;
        while (top > 0) {
            int t = stack[--top];
            for (int k = 0, c = index.prerequisiteCount(t); k < c; k++) {
                int p = index.prerequisite(t, k);
                if (seen[p] == walk) {
                    continue;
                }
                seen[p] = walk;
                if (attainment.level(p) >= TopologicalLearningPathPlanner.PREREQUISITE_LEVEL) {
                    continue; // held: the closure stops here
                }
                if (++reached > budget) {
                    return -1;
                }
                hours += Effort.hours(index.effortHours(p), 0, TopologicalLearningPathPlanner.PREREQUISITE_LEVEL,
                        defaultEffortHours);
                if (top == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = p;
            }
        }
        return hours;
    }

    /** The reach set of every level-0 target, built once. */
    private final class Bitsets {
        /** Position in the graph's {@link TargetIndex} → rank in a topological order of the level-0 targets, or −1. */
        private final int[] rank;
        /** Rank → the ranks reached through level-0 prerequisites, as a bitset no longer than the rank; null if none. */
        private final long[][] reach;
        /** Bit b of every rank's prerequisite hours, as a bitset over ranks: sums over a set become popcounts. */
        private final long[][] hourBits;

        Bitsets() {
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
            hourBits = new long[32 - Integer.numberOfLeadingZeros(maxHours)][(ranked + 63) >>> 6];
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

        /** {@return the hours of the prerequisites of the given steps (positions), the steps themselves not included} */
        long prerequisiteHours(int[] steps, int stepCount) {
            int[] roots = new int[stepCount];
            int[] heldRoots = new int[stepCount];
            int rootCount = 0;
            int heldCount = 0;
            for (int k = 0; k < stepCount; k++) {
                int t = steps[k];
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
                return 0;
            }
            // The roots are studied to their wanted level, counted by the caller, not again as prerequisites.
            for (int k = 0; k < rootCount; k++) {
                int r = roots[k];
                if (r >>> 6 < union.length) {
                    union[r >>> 6] &= ~(1L << r);
                }
            }
            long total = 0;
            for (int b = 0; b < hourBits.length; b++) {
                long[] bits = hourBits[b];
                long sum = 0;
                for (int w = 0; w < union.length; w++) {
                    sum += Long.bitCount(union[w] & bits[w]);
                }
                total += sum << b;
            }
            return total;
        }
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
