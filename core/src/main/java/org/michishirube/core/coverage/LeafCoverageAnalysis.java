package org.michishirube.core.coverage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;

/**
 * Coverage counted over leaf targets, the units a learner studies.
 * <ul>
 * <li>A mapping names a target by its lineage id. It applies to the target with that id in the version; when the version
 * lacks the id but its lineage says the target was replaced, split or merged, it applies to the successors.</li>
 * <li>A mapping to an inner target (a GIO or an SBO) applies, at its depth, to every leaf below it.</li>
 * <li>A leaf is covered when some course addresses it; its depth is the deepest any course reaches.</li>
 * <li>Hour-weighted shares weigh each leaf by its {@code effortHours}; a leaf without an estimate weighs 1 hour.</li>
 * </ul>
 */
final class LeafCoverageAnalysis implements CoverageAnalysis {

    private static final Set<LineageKind> CARRIED = EnumSet.of(LineageKind.REPLACED_BY, LineageKind.SPLIT_INTO, LineageKind.MERGED_INTO);

    @Override
    public Coverage analyse(Curriculum curriculum, FrameworkTree version) {
        Map<TargetId, Target> byId = version.targetsById();
        Map<TargetId, List<TargetId>> children = new TreeMap<>();
        for (Target t : byId.values()) {
            t.parent().filter(byId::containsKey).ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(t.id()));
        }
        List<TargetId> leaves = byId.keySet().stream().filter(id -> !children.containsKey(id)).toList();
        Map<TargetId, Set<TargetId>> successors = successors(version);

        Map<String, Map<TargetId, Depth>> cells = new LinkedHashMap<>();
        List<String> idle = new ArrayList<>();
        for (Course course : curriculum.courses()) {
            Map<TargetId, Depth> row = new TreeMap<>();
            boolean addressesSomething = false;
            for (Mapping m : course.mappings()) {
                for (TargetId root : resolve(m.target(), byId, successors)) {
                    addressesSomething = true;
                    for (TargetId leaf : leavesUnder(root, children)) {
                        row.merge(leaf, m.depth(), Depth::deeper);
                    }
                }
            }
            if (!addressesSomething) {
                idle.add(course.code());
            }
            cells.put(course.code(), row);
        }

        List<TargetCoverage> targets = new ArrayList<>();
        for (TargetId leaf : leaves) {
            Target t = byId.get(leaf);
            Optional<Depth> deepest = Optional.empty();
            List<String> courses = new ArrayList<>();
            for (Map.Entry<String, Map<TargetId, Depth>> row : cells.entrySet()) {
                Depth d = row.getValue().get(leaf);
                if (d != null) {
                    courses.add(row.getKey());
                    deepest = Optional.of(deepest.map(d::deeper).orElse(d));
                }
            }
            targets.add(new TargetCoverage(leaf, t.name(), t.domain(), areaOf(t, byId), t.effortHours().orElse(1), deepest, courses));
        }

        Map<TargetId, List<TargetCoverage>> byArea = new TreeMap<>();
        Map<DomainId, List<TargetCoverage>> byDomain = new TreeMap<>();
        for (TargetCoverage tc : targets) {
            byArea.computeIfAbsent(tc.area(), k -> new ArrayList<>()).add(tc);
            byDomain.computeIfAbsent(tc.domain(), k -> new ArrayList<>()).add(tc);
        }
        List<Share> areas = byArea.entrySet().stream()
                .map(e -> share(e.getKey().value(), byId.get(e.getKey()).name(), e.getValue())).toList();
        List<Share> domains = new ArrayList<>();
        for (Domain d : version.domains().stream().sorted(java.util.Comparator.comparing(Domain::id)).toList()) {
            domains.add(share(d.id().value(), d.name(), byDomain.getOrDefault(d.id(), List.of())));
        }
        Share overall = share(version.version().id().value(), version.version().name(), targets);
        return new Coverage(curriculum.id(), version.version().id(), targets, areas, domains, overall, idle,
                new CoverageMatrix(curriculum.courses().stream().map(Course::code).toList(), leaves, cells));
    }

    /** {@return where each id of the superseded version went, for ids this version no longer has} */
    private static Map<TargetId, Set<TargetId>> successors(FrameworkTree version) {
        Map<TargetId, Set<TargetId>> next = new TreeMap<>();
        for (LineageLink link : version.lineage()) {
            if (CARRIED.contains(link.kind())) {
                link.from().forEach(f -> next.computeIfAbsent(f, k -> new TreeSet<>()).addAll(link.to()));
            }
        }
        return next;
    }

    private static Set<TargetId> resolve(TargetId id, Map<TargetId, Target> byId, Map<TargetId, Set<TargetId>> successors) {
        if (byId.containsKey(id)) {
            return Set.of(id);
        }
        Set<TargetId> found = new TreeSet<>();
        successors.getOrDefault(id, Set.of()).stream().filter(byId::containsKey).forEach(found::add);
        return found;
    }

    private static List<TargetId> leavesUnder(TargetId root, Map<TargetId, List<TargetId>> children) {
        List<TargetId> leaves = new ArrayList<>();
        Deque<TargetId> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            TargetId t = todo.pop();
            List<TargetId> kids = children.get(t);
            if (kids == null) {
                leaves.add(t);
            } else {
                kids.forEach(todo::push);
            }
        }
        return leaves;
    }

    private static TargetId areaOf(Target t, Map<TargetId, Target> byId) {
        Target top = t;
        // Bounded by the tree size, in case a malformed tree has a parent cycle.
        for (int i = 0; i < byId.size() && top.parent().filter(byId::containsKey).isPresent(); i++) {
            top = byId.get(top.parent().get());
        }
        return top.id();
    }

    private static Share share(String id, LocalizedText name, List<TargetCoverage> leaves) {
        int covered = 0;
        int hours = 0;
        int coveredHours = 0;
        for (TargetCoverage t : leaves) {
            hours += t.hours();
            if (t.covered()) {
                covered++;
                coveredHours += t.hours();
            }
        }
        return new Share(id, name, leaves.size(), covered, hours, coveredHours);
    }
}
