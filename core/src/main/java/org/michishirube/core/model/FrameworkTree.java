package org.michishirube.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The full content of one framework version: its domains, its target tree and the edges that start in it.
 * Prerequisites and related links may point into another framework; those resolve against that framework's
 * current version.
 *
 * @param version the version
 * @param domains its domains
 * @param targets its targets, parents before children
 * @param prerequisites target → targets needed first
 * @param related target → related targets
 * @param lineage how it maps from the version it supersedes
 */
public record FrameworkTree(
        FrameworkVersion version,
        List<Domain> domains,
        List<Target> targets,
        Map<TargetId, Set<TargetId>> prerequisites,
        Map<TargetId, Set<TargetId>> related,
        List<LineageLink> lineage) {

    public FrameworkTree {
        Target.require(version, "version");
        domains = List.copyOf(domains);
        targets = List.copyOf(targets);
        prerequisites = freeze(prerequisites);
        related = freeze(related);
        lineage = List.copyOf(lineage);
    }

    /** {@return the target with this id in this version} */
    public Optional<Target> target(TargetId id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** {@return the targets by id} */
    public Map<TargetId, Target> targetsById() {
        return targets.stream().collect(Collectors.toMap(Target::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** {@return the targets ordered by id} */
    public List<Target> sortedTargets() {
        return targets.stream().sorted(Comparator.comparing(Target::id)).toList();
    }

    private static Map<TargetId, Set<TargetId>> freeze(Map<TargetId, Set<TargetId>> edges) {
        Map<TargetId, Set<TargetId>> copy = new TreeMap<>();
        edges.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableSet(new TreeSet<>(v))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * {@return the faults inside this version: duplicate ids, parents and domains outside it, references to
     * missing targets of the same framework, prerequisite cycles, and lineage that does not fit}
     * References into other frameworks are left to the graph that holds their current versions.
     *
     * @param previous the version this one supersedes, to check the lineage against; may be empty
     */
    public List<GraphProblem> problems(Optional<FrameworkTree> previous) {
        List<GraphProblem> found = new java.util.ArrayList<>();
        Map<TargetId, Target> byId = new TreeMap<>();
        for (Target t : targets) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                found.add(new GraphProblem(t.id().value(), "duplicate target id in " + version.id()));
            }
            if (!t.version().equals(version.id())) {
                found.add(new GraphProblem(t.id().value(), "is listed in " + version.id() + " but says it belongs to " + t.version()));
            }
            if (!ownsId(t.id())) {
                found.add(new GraphProblem(t.id().value(), "target ids of " + version.framework() + " must start with '" + version.framework() + ".'"));
            }
        }
        Set<DomainId> domainIds = domains.stream().map(Domain::id).collect(Collectors.toSet());
        for (Target t : targets) {
            if (!domainIds.contains(t.domain())) {
                found.add(new GraphProblem(t.id().value(), "belongs to domain " + t.domain() + ", which " + version.id() + " does not have"));
            }
            t.parent().filter(p -> !byId.containsKey(p))
                    .ifPresent(p -> found.add(new GraphProblem(t.id().value(), "has parent " + p + ", which is not in " + version.id())));
        }
        checkEdges(found, byId, prerequisites, "prerequisite");
        checkEdges(found, byId, related, "related target");
        Dag.findCycle(prerequisites.keySet(),
                        id -> prerequisites.getOrDefault(id, Set.of()).stream().filter(byId::containsKey).toList(),
                        Comparator.naturalOrder())
                .ifPresent(c -> found.add(new GraphProblem(c.get(0).value(), "prerequisites form a cycle: "
                        + c.stream().map(TargetId::value).collect(Collectors.joining(" → ")))));
        if (!lineage.isEmpty() && previous.isEmpty()) {
            found.add(new GraphProblem(version.id().value(), "lists changes but supersedes no known version"));
        }
        previous.ifPresent(old -> {
            Set<TargetId> before = old.targetsById().keySet();
            for (LineageLink link : lineage) {
                for (TargetId f : link.from()) {
                    if (!before.contains(f)) {
                        found.add(new GraphProblem(f.value(), link.kind().code() + " names " + f + ", which " + old.version().id() + " does not have"));
                    }
                }
                for (TargetId t : link.to()) {
                    if (!byId.containsKey(t)) {
                        found.add(new GraphProblem(t.value(), link.kind().code() + " names " + t + ", which " + version.id() + " does not have"));
                    }
                }
            }
        });
        return found;
    }

    /** {@return whether an id names a target of this version's framework} */
    public boolean ownsId(TargetId id) {
        return id.value().startsWith(version.framework().value() + ".");
    }

    private void checkEdges(List<GraphProblem> found, Map<TargetId, Target> byId, Map<TargetId, Set<TargetId>> edges, String what) {
        edges.forEach((from, tos) -> {
            if (!byId.containsKey(from)) {
                found.add(new GraphProblem(from.value(), "has a " + what + " but is not in " + version.id()));
            }
            tos.stream().filter(to -> ownsId(to) && !byId.containsKey(to))
                    .forEach(to -> found.add(new GraphProblem(from.value(), "names " + what + " " + to + ", which is not in " + version.id())));
        });
    }
}
