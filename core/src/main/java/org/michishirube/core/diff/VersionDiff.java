package org.michishirube.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;

/**
 * The difference between two versions of a framework. It holds everything needed to rebuild the newer
 * version from the older one: {@link #applyTo(FrameworkTree)} does so.
 *
 * @param from the older version
 * @param to the newer version
 * @param changes the typed changes, in {@link Change#ORDER}
 * @param crosswalk where each old target went
 * @param counts the number of changes per kind and per domain
 * @param lineage the lineage links of the newer version, as recorded
 */
public record VersionDiff(FrameworkVersion from, FrameworkVersion to, List<Change> changes, Crosswalk crosswalk,
                          ChangeCounts counts, List<LineageLink> lineage) {

    public VersionDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(crosswalk, "crosswalk");
        Objects.requireNonNull(counts, "counts");
        changes = changes.stream().sorted(Change.ORDER).toList();
        lineage = List.copyOf(lineage);
    }

    /** {@return whether nothing changed} */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** {@return the changes of one kind, in order} */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** {@return the human changelog in ja and en} */
    public Changelog changelog() {
        return Changelog.of(this);
    }

    /**
     * {@return the newer version rebuilt from the older one by applying the changes, in canonical form}
     *
     * @param older the older version this diff was made from
     * @throws IllegalArgumentException when {@code older} is not the version this diff starts from
     */
    public FrameworkTree applyTo(FrameworkTree older) {
        if (!older.version().id().equals(from.id())) {
            throw new IllegalArgumentException("this diff starts from " + from.id() + ", not " + older.version().id());
        }
        Map<TargetId, Target> targets = older.targetsById();
        Map<DomainId, Domain> domains = new TreeMap<>();
        older.domains().forEach(d -> domains.put(d.id(), d));
        Map<TargetId, Set<TargetId>> prerequisites = copy(older.prerequisites());
        Map<TargetId, Set<TargetId>> related = copy(older.related());
        List<Change.Relinked> relinks = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Change.Added a) {
                targets.put(a.target().id(), a.target());
            } else if (change instanceof Change.Retired r) {
                remove(r.target(), targets, prerequisites, related);
            } else if (change instanceof Change.Replaced r) {
                remove(r.before(), targets, prerequisites, related);
                targets.put(r.after().id(), r.after());
            } else if (change instanceof Change.Split s) {
                remove(s.before(), targets, prerequisites, related);
                s.into().forEach(t -> targets.put(t.id(), t));
            } else if (change instanceof Change.Merged m) {
                m.from().forEach(t -> remove(t, targets, prerequisites, related));
                targets.put(m.into().id(), m.into());
            } else if (change instanceof Change.Moved m) {
                Target t = targets.get(m.id());
                targets.put(m.id(), new Target(t.id(), t.version(), m.toDomain(), m.toParent(), t.kind(), t.name(),
                        t.description(), t.provenance(), t.effortHours(), t.tags()));
            } else if (change instanceof Change.Modified m) {
                targets.put(m.id(), modify(targets.get(m.id()), m));
            } else if (change instanceof Change.Relinked r) {
                relinks.add(r);
            } else if (change instanceof Change.DomainChanged d) {
                d.after().ifPresentOrElse(a -> domains.put(d.id(), a), () -> domains.remove(d.id()));
            }
        }
        // Edges last: those of removed targets are dropped first, and an edge may name a target added above.
        for (Change.Relinked r : relinks) {
            Map<TargetId, Set<TargetId>> edges = r.link() == Change.Link.PREREQUISITE ? prerequisites : related;
            Set<TargetId> set = edges.computeIfAbsent(r.target(), k -> new TreeSet<>());
            set.removeAll(r.removed());
            set.addAll(r.added());
        }
        List<Target> versioned = targets.values().stream()
                .map(t -> new Target(t.id(), to.id(), t.domain(), t.parent(), t.kind(), t.name(), t.description(),
                        t.provenance(), t.effortHours(), t.tags()))
                .toList();
        return FrameworkTrees.canonical(new FrameworkTree(to, List.copyOf(domains.values()), versioned, prerequisites,
                related, lineage));
    }

    private static Map<TargetId, Set<TargetId>> copy(Map<TargetId, Set<TargetId>> edges) {
        Map<TargetId, Set<TargetId>> copy = new TreeMap<>();
        edges.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return copy;
    }

    private static void remove(Target t, Map<TargetId, Target> targets, Map<TargetId, Set<TargetId>> prerequisites,
                               Map<TargetId, Set<TargetId>> related) {
        targets.remove(t.id());
        prerequisites.remove(t.id());
        related.remove(t.id());
    }

    private static Target modify(Target t, Change.Modified m) {
        Target a = m.after();
        Set<Change.Field> f = m.fields();
        var name = org.michishirube.core.model.LocalizedText.of(
                f.contains(Change.Field.NAME_JA) ? a.name().ja() : t.name().ja(),
                f.contains(Change.Field.NAME_EN) ? a.name().en() : t.name().en());
        return new Target(t.id(), t.version(), t.domain(), t.parent(),
                f.contains(Change.Field.KIND) ? a.kind() : t.kind(), name,
                f.contains(Change.Field.DESCRIPTION) ? a.description() : t.description(),
                f.contains(Change.Field.PROVENANCE) ? a.provenance() : t.provenance(),
                f.contains(Change.Field.EFFORT) ? a.effortHours() : t.effortHours(),
                f.contains(Change.Field.TAGS) ? a.tags() : t.tags());
    }
}
