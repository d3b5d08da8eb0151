package org.michishirube.core.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dense positions {@code 0 … size() − 1} for the targets of one {@link CompetencyGraph}, so that algorithms
 * over the whole graph (the planner, role fit) can keep their state in arrays instead of hashing ids in
 * their inner loops. Positions follow target id order: comparing two positions compares the ids.
 * Built once with the graph; immutable, and no method allocates.
 */
public final class TargetIndex {

    private final Target[] targets;
    private final TargetId[] ids;
    private final int[] effortHours;
    // Id → position as open addressing over the ids' string hashes: a lookup reads two int arrays and the id's
    // string, where a HashMap would chase a node, a boxed Integer and a TargetId as well. Profiles name
    // thousands of targets, so this is most of the cost of reading one.
    private final String[] idValues;
    private final int[] slotHash;
    private final int[] slotPosition; // position + 1; 0 marks a free slot
    private final int slotMask;
    // Edges in compressed rows: the prerequisites of position i are prerequisites[prerequisiteStart[i] ..
    // prerequisiteStart[i + 1]), in one array so that a walk over the graph reads memory in long runs.
    private final int[] prerequisiteStart;
    private final int[] prerequisites;
    private final int[] dependentStart;
    private final int[] dependents;
    private final boolean[] leaves;
    private final int[] domainOrdinals;
    private final int[] frameworkOrdinals;
    private final Map<DomainId, Integer> domainOrdinal;
    private final Map<FrameworkId, Integer> frameworkOrdinal;
    private final int[] topologicalOrder;
    // The leaves of each framework's current version, by framework ordinal, in compressed rows like the edges.
    private final int[] leafStart;
    private final int[] frameworkLeaves;

    /**
     * @param sortedTargets every target, ordered by id
     * @param prerequisites target → the targets it needs first (all known)
     * @param parents the targets that have children
     * @param sortedDomains every domain id, ordered
     * @param sortedFrameworks every framework id, ordered
     * @param frameworkOfVersion the framework of every current version
     */
    TargetIndex(List<Target> sortedTargets, Map<TargetId, ? extends Collection<TargetId>> prerequisites,
                Set<TargetId> parents, List<DomainId> sortedDomains, List<FrameworkId> sortedFrameworks,
                Map<FrameworkVersionId, FrameworkId> frameworkOfVersion) {
        int n = sortedTargets.size();
        targets = sortedTargets.toArray(new Target[0]);
        Map<TargetId, Integer> pos = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            pos.put(targets[i].id(), i);
        }
        idValues = new String[n];
        int slots = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1; // a power of two, at most half full
        slotHash = new int[slots];
        slotPosition = new int[slots];
        slotMask = slots - 1;
        for (int i = 0; i < n; i++) {
            String value = targets[i].id().value();
            idValues[i] = value;
            int h = spread(value.hashCode());
            int slot = h & slotMask;
            while (slotPosition[slot] != 0) {
                slot = slot + 1 & slotMask;
            }
            slotHash[slot] = h;
            slotPosition[slot] = i + 1;
        }
        domainOrdinal = ordinals(sortedDomains);
        frameworkOrdinal = ordinals(sortedFrameworks);
        ids = new TargetId[n];
        effortHours = new int[n];
        leaves = new boolean[n];
        domainOrdinals = new int[n];
        frameworkOrdinals = new int[n];
        prerequisiteStart = new int[n + 1];
        int edges = 0;
        for (int i = 0; i < n; i++) {
            Collection<TargetId> pres = prerequisites.get(targets[i].id());
            edges += pres == null ? 0 : pres.size();
        }
        this.prerequisites = new int[edges];
        int[] dependentCount = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            Target t = targets[i];
            prerequisiteStart[i] = at;
            Collection<TargetId> pres = prerequisites.get(t.id());
            if (pres != null) {
                for (TargetId p : pres) {
                    int j = pos.get(p);
                    this.prerequisites[at++] = j;
                    dependentCount[j]++;
                }
                java.util.Arrays.sort(this.prerequisites, prerequisiteStart[i], at); // position order is id order
            }
            ids[i] = t.id();
            effortHours[i] = t.effortHours().orElse(-1);
            leaves[i] = !parents.contains(t.id());
            domainOrdinals[i] = domainOrdinal.getOrDefault(t.domain(), -1);
            FrameworkId framework = frameworkOfVersion.get(t.version());
            frameworkOrdinals[i] = framework == null ? -1 : frameworkOrdinal.getOrDefault(framework, -1);
        }
        prerequisiteStart[n] = at;
        dependentStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            dependentStart[i + 1] = dependentStart[i] + dependentCount[i];
        }
        dependents = new int[edges];
        int[] fill = java.util.Arrays.copyOf(dependentStart, n);
        for (int i = 0; i < n; i++) { // ascending i, so each target's dependents come out in position order
            for (int k = prerequisiteStart[i]; k < prerequisiteStart[i + 1]; k++) {
                int p = this.prerequisites[k];
                dependents[fill[p]++] = i;
            }
        }
        topologicalOrder = topologicalOrder(n);
        int frameworks = frameworkOrdinal.size();
        leafStart = new int[frameworks + 1];
        for (int i = 0; i < n; i++) {
            if (leaves[i] && frameworkOrdinals[i] >= 0) {
                leafStart[frameworkOrdinals[i] + 1]++;
            }
        }
        for (int f = 0; f < frameworks; f++) {
            leafStart[f + 1] += leafStart[f];
        }
        frameworkLeaves = new int[leafStart[frameworks]];
        int[] leafFill = java.util.Arrays.copyOf(leafStart, frameworks);
        for (int i = 0; i < n; i++) { // ascending, so each framework's leaves come out in id order
            if (leaves[i] && frameworkOrdinals[i] >= 0) {
                frameworkLeaves[leafFill[frameworkOrdinals[i]]++] = i;
            }
        }
    }

    /** Mixes the high bits of a hash into the low ones that pick a slot. */
    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    private static <K> Map<K, Integer> ordinals(List<K> sorted) {
        Map<K, Integer> m = new HashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) {
            m.put(sorted.get(i), i);
        }
        return m;
    }

    /** Kahn's algorithm with a FIFO queue; an order of every position when the prerequisites are acyclic. */
    private int[] topologicalOrder(int n) {
        int[] pending = new int[n];
        int[] order = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            pending[i] = prerequisiteStart[i + 1] - prerequisiteStart[i];
            if (pending[i] == 0) {
                order[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int t = order[head];
            for (int k = dependentStart[t]; k < dependentStart[t + 1]; k++) {
                if (--pending[dependents[k]] == 0) {
                    order[tail++] = dependents[k];
                }
            }
        }
        return tail == n ? order : null;
    }

    /** {@return the number of targets} */
    public int size() {
        return targets.length;
    }

    /** {@return the position of a target, or −1 when the graph does not know it} */
    public int positionOf(TargetId id) {
        String value = id.value();
        int h = spread(value.hashCode());
        for (int slot = h & slotMask; ; slot = slot + 1 & slotMask) {
            int p = slotPosition[slot] - 1;
            if (p < 0) {
                return -1;
            }
            if (slotHash[slot] == h && idValues[p].equals(value)) {
                return p;
            }
        }
    }

    /** {@return the target at a position} */
    public Target target(int position) {
        return targets[position];
    }

    /** {@return the id of the target at a position} */
    public TargetId id(int position) {
        return ids[position];
    }

    /** {@return the effort estimate of the target at a position, or −1 when it has none} */
    public int effortHours(int position) {
        return effortHours[position];
    }

    /** {@return how many prerequisites the target at a position has} */
    public int prerequisiteCount(int position) {
        return prerequisiteStart[position + 1] - prerequisiteStart[position];
    }

    /** {@return the k-th prerequisite of the target at a position; prerequisites come in id order} */
    public int prerequisite(int position, int k) {
        return prerequisites[prerequisiteStart[position] + k];
    }

    /** {@return how many targets need the target at a position first} */
    public int dependentCount(int position) {
        return dependentStart[position + 1] - dependentStart[position];
    }

    /** {@return the k-th target that needs the target at a position first, in id order} */
    public int dependent(int position, int k) {
        return dependents[dependentStart[position] + k];
    }

    /** {@return whether the target at a position has no children} */
    public boolean isLeaf(int position) {
        return leaves[position];
    }

    /** {@return the ordinal of the target's domain among all domains in id order, so ordinals compare as ids do} */
    public int domainOrdinal(int position) {
        return domainOrdinals[position];
    }

    /** {@return the ordinal of a domain in id order, or −1 when unknown} */
    public int domainOrdinal(DomainId domain) {
        return domainOrdinal.getOrDefault(domain, -1);
    }

    /** {@return the number of domains, one more than the largest domain ordinal} */
    public int domainCount() {
        return domainOrdinal.size();
    }

    /** {@return the ordinal of the framework of the target's version among all frameworks in id order} */
    public int frameworkOrdinal(int position) {
        return frameworkOrdinals[position];
    }

    /** {@return the ordinal of a framework in id order, or −1 when unknown} */
    public int frameworkOrdinal(FrameworkId framework) {
        return frameworkOrdinal.getOrDefault(framework, -1);
    }

    /** {@return how many leaves the current version of the framework with this ordinal has} */
    public int leafCount(int frameworkOrdinal) {
        return leafStart[frameworkOrdinal + 1] - leafStart[frameworkOrdinal];
    }

    /** {@return the position of the k-th leaf of the current version of the framework with this ordinal, in id order} */
    public int leaf(int frameworkOrdinal, int k) {
        return frameworkLeaves[leafStart[frameworkOrdinal] + k];
    }

    /** {@return the number of frameworks, one more than the largest framework ordinal} */
    public int frameworkCount() {
        return frameworkOrdinal.size();
    }

    /**
     * {@return the position at step {@code k} of one topological order of all targets: every target comes
     * after its prerequisites}
     */
    public int topological(int k) {
        return topologicalOrder[k];
    }
}
