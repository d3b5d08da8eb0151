package org.michishirube.core.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.Dag;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;

/** Puts framework trees in one canonical form, so that two trees with the same content are equal. */
public final class FrameworkTrees {

    private FrameworkTrees() {
    }

    /**
     * {@return the tree with its targets parents first and otherwise by id, its domains by id, and no empty
     * edge sets; the lineage keeps its order}
     * A tree whose parents form a cycle keeps its targets ordered by id.
     */
    public static FrameworkTree canonical(FrameworkTree tree) {
        Map<TargetId, Target> byId = tree.targetsById();
        List<Target> targets = Dag.topologicalOrder(byId.keySet(),
                        id -> byId.get(id).parent().filter(byId::containsKey).stream().toList(), Comparator.naturalOrder())
                .map(order -> order.stream().map(byId::get).toList())
                .orElseGet(() -> List.copyOf(byId.values()));
        List<Domain> domains = tree.domains().stream().sorted(Comparator.comparing(Domain::id)).toList();
        return new FrameworkTree(tree.version(), domains, targets, withoutEmpty(tree.prerequisites()),
                withoutEmpty(tree.related()), tree.lineage());
    }

    static Map<TargetId, Set<TargetId>> withoutEmpty(Map<TargetId, Set<TargetId>> edges) {
        Map<TargetId, Set<TargetId>> copy = new TreeMap<>();
        edges.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, new TreeSet<>(v));
            }
        });
        return copy;
    }
}
