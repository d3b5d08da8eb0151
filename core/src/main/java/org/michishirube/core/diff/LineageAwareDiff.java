package org.michishirube.core.diff;

import java.util.ArrayList;
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
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;

/**
 * Diffs two versions by id identity first and lineage links second. A target id present in both versions is
 * the same target, whatever the links say; it is {@code Moved} when its parent or domain differ and
 * {@code Modified} when any other field does. A target only in the older version is the {@code from} of a
 * link — the first link, in recorded order, that names it and still has a target to go to — or else
 * retired. A target only in the newer version is covered by the links that name it as {@code to}, or else
 * added. Links that name ids outside those sets are ignored for those ids, so inconsistent lineage never
 * breaks the diff; {@link FrameworkTree#problems} reports it.
 */
final class LineageAwareDiff implements FrameworkDiff {

    @Override
    public VersionDiff diff(FrameworkTree older, FrameworkTree newer) {
        Map<TargetId, Target> a = older.targetsById();
        Map<TargetId, Target> b = newer.targetsById();
        Set<TargetId> onlyA = new TreeSet<>(a.keySet());
        onlyA.removeAll(b.keySet());
        Set<TargetId> onlyB = new TreeSet<>(b.keySet());
        onlyB.removeAll(a.keySet());
        List<Change> changes = new ArrayList<>();
        List<Crosswalk.Entry> walk = new ArrayList<>();

        for (Target before : a.values()) {
            Target after = b.get(before.id());
            if (after == null) {
                continue;
            }
            boolean moved = !before.parent().equals(after.parent()) || !before.domain().equals(after.domain());
            Set<Change.Field> fields = Change.Field.between(before, after);
            if (moved) {
                changes.add(new Change.Moved(before.id(), after.name(), before.parent(), after.parent(), before.domain(),
                        after.domain()));
            }
            if (!fields.isEmpty()) {
                changes.add(new Change.Modified(before, after));
            }
            Crosswalk.Mapping mapping = moved ? Crosswalk.Mapping.MOVED
                    : fields.isEmpty() ? Crosswalk.Mapping.UNCHANGED : Crosswalk.Mapping.MODIFIED;
            walk.add(new Crosswalk.Entry(before.id(), List.of(before.id()), mapping, Optional.empty()));
        }

        List<LineageLink> links = newer.lineage();
        Map<TargetId, Integer> assigned = new TreeMap<>();
        for (int i = 0; i < links.size(); i++) {
            LineageLink link = links.get(i);
            if (link.kind() == LineageKind.ADDED
                    || link.kind() != LineageKind.RETIRED && link.to().stream().noneMatch(onlyB::contains)) {
                continue;
            }
            for (TargetId f : link.from()) {
                if (onlyA.contains(f)) {
                    assigned.putIfAbsent(f, i);
                }
            }
        }
        Set<TargetId> covered = new TreeSet<>();
        for (int i = 0; i < links.size(); i++) {
            LineageLink link = links.get(i);
            int index = i;
            List<Target> froms = assigned.entrySet().stream().filter(e -> e.getValue() == index)
                    .map(e -> a.get(e.getKey())).toList();
            if (froms.isEmpty()) {
                continue;
            }
            List<Target> tos = link.to().stream().filter(onlyB::contains).map(b::get).toList();
            List<TargetId> toIds = tos.stream().map(Target::id).toList();
            Optional<String> note = link.note();
            switch (link.kind()) {
                case RETIRED -> froms.forEach(f -> {
                    changes.add(new Change.Retired(f, note));
                    walk.add(new Crosswalk.Entry(f.id(), List.of(), Crosswalk.Mapping.RETIRED, note));
                });
                case REPLACED_BY -> froms.forEach(f -> {
                    changes.add(new Change.Replaced(f, tos.get(0), note));
                    walk.add(new Crosswalk.Entry(f.id(), toIds, Crosswalk.Mapping.REPLACED, note));
                });
                case SPLIT_INTO -> froms.forEach(f -> {
                    changes.add(new Change.Split(f, tos, note));
                    walk.add(new Crosswalk.Entry(f.id(), toIds, Crosswalk.Mapping.SPLIT, note));
                });
                case MERGED_INTO -> {
                    changes.add(new Change.Merged(froms, tos.get(0), note));
                    froms.forEach(f -> walk.add(new Crosswalk.Entry(f.id(), toIds, Crosswalk.Mapping.MERGED, note)));
                }
                case ADDED -> throw new IllegalStateException("added links name no old targets");
            }
            covered.addAll(toIds);
        }
        for (TargetId f : onlyA) {
            if (!assigned.containsKey(f)) {
                changes.add(new Change.Retired(a.get(f), Optional.empty()));
                walk.add(new Crosswalk.Entry(f, List.of(), Crosswalk.Mapping.RETIRED, Optional.empty()));
            }
        }
        Map<TargetId, Optional<String>> addedNotes = new TreeMap<>();
        links.stream().filter(l -> l.kind() == LineageKind.ADDED)
                .forEach(l -> l.to().forEach(t -> addedNotes.putIfAbsent(t, l.note())));
        for (TargetId t : onlyB) {
            if (!covered.contains(t)) {
                changes.add(new Change.Added(b.get(t), addedNotes.getOrDefault(t, Optional.empty())));
            }
        }

        relinks(changes, Change.Link.PREREQUISITE, older.prerequisites(), newer.prerequisites(), onlyA, a, b);
        relinks(changes, Change.Link.RELATED, older.related(), newer.related(), onlyA, a, b);
        domains(changes, older.domains(), newer.domains());

        changes.sort(Change.ORDER);
        return new VersionDiff(older.version(), newer.version(), changes,
                new Crosswalk(older.version().id(), newer.version().id(), walk), ChangeCounts.of(changes), links);
    }

    private static void relinks(List<Change> changes, Change.Link link, Map<TargetId, Set<TargetId>> before,
                                Map<TargetId, Set<TargetId>> after, Set<TargetId> onlyA, Map<TargetId, Target> a,
                                Map<TargetId, Target> b) {
        Set<TargetId> sources = new TreeSet<>(before.keySet());
        sources.addAll(after.keySet());
        for (TargetId s : sources) {
            // The edges of a removed target go with it, so only edges the newer version gives it count.
            Set<TargetId> old = onlyA.contains(s) ? Set.of() : before.getOrDefault(s, Set.of());
            Set<TargetId> now = after.getOrDefault(s, Set.of());
            if (old.equals(now)) {
                continue;
            }
            Set<TargetId> added = new TreeSet<>(now);
            added.removeAll(old);
            Set<TargetId> removed = new TreeSet<>(old);
            removed.removeAll(now);
            Optional<DomainId> domain = Optional.ofNullable(b.get(s)).or(() -> Optional.ofNullable(a.get(s))).map(Target::domain);
            changes.add(new Change.Relinked(s, domain, link, added, removed));
        }
    }

    private static void domains(List<Change> changes, List<Domain> before, List<Domain> after) {
        Map<DomainId, Domain> old = new TreeMap<>();
        before.forEach(d -> old.put(d.id(), d));
        Map<DomainId, Domain> now = new TreeMap<>();
        after.forEach(d -> now.put(d.id(), d));
        Set<DomainId> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        for (DomainId id : ids) {
            Optional<Domain> o = Optional.ofNullable(old.get(id));
            Optional<Domain> n = Optional.ofNullable(now.get(id));
            if (!o.equals(n)) {
                changes.add(new Change.DomainChanged(id, o, n));
            }
        }
    }
}
