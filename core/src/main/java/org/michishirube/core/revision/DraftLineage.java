package org.michishirube.core.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;

/**
 * Keeps a draft's lineage relative to its base as operations pile up. The links are read as a relation
 * "base target → draft target"; an operation that replaces draft targets by new ones composes with it, and
 * the links are derived again: a base target with two or more successors is split, a draft target whose
 * predecessors have no other successor is merged into (two or more) or replaces (one), a removed base target
 * without successors is retired and a draft target without predecessors is added. Links that come out as
 * they were are kept with their notes.
 */
final class DraftLineage {

    private static final Comparator<LineageLink> ORDER = Comparator.comparing(LineageLink::kind)
            .thenComparing(l -> l.from().toString()).thenComparing(l -> l.to().toString());

    private DraftLineage() {
    }

    /**
     * {@return the lineage after an operation}
     *
     * @param base the ids of the base version
     * @param previous the lineage before the operation
     * @param after the ids of the draft after the operation
     * @param replaced draft ids the operation removed → the new ids that took their place (empty: none)
     * @param added new ids the operation created from nothing
     * @param note the operation's note
     * @param verification the verification of links the draft creates
     */
    static List<LineageLink> next(Set<TargetId> base, List<LineageLink> previous, Set<TargetId> after,
                                  Map<TargetId, List<TargetId>> replaced, Set<TargetId> added, Optional<String> note,
                                  Verification verification) {
        Map<TargetId, Set<TargetId>> successors = new TreeMap<>();
        for (LineageLink l : previous) {
            if (l.kind() == LineageKind.ADDED || l.kind() == LineageKind.RETIRED) {
                continue;
            }
            for (TargetId f : l.from()) {
                for (TargetId t : l.to()) {
                    Set<TargetId> s = successors.computeIfAbsent(f, k -> new TreeSet<>());
                    if (replaced.containsKey(t)) {
                        s.addAll(replaced.get(t));
                    } else if (after.contains(t)) {
                        s.add(t);
                    }
                }
            }
        }
        replaced.forEach((x, news) -> {
            if (base.contains(x)) {
                successors.computeIfAbsent(x, k -> new TreeSet<>()).addAll(news);
            }
        });
        Map<TargetId, Set<TargetId>> predecessors = new TreeMap<>();
        successors.forEach((f, ts) -> ts.forEach(t -> predecessors.computeIfAbsent(t, k -> new TreeSet<>()).add(f)));
        Set<TargetId> removed = new TreeSet<>(base);
        removed.removeAll(after);
        Set<TargetId> fresh = new TreeSet<>(after);
        fresh.removeAll(base);
        Set<TargetId> touched = new TreeSet<>(replaced.keySet());
        replaced.values().forEach(touched::addAll);
        touched.addAll(added);

        List<LineageLink> links = new ArrayList<>();
        Set<TargetId> retiredBefore = new TreeSet<>();
        Set<TargetId> addedBefore = new TreeSet<>();
        for (LineageLink l : previous) {
            if (l.kind() == LineageKind.RETIRED) {
                List<TargetId> still = l.from().stream().filter(f -> removed.contains(f) && successorsOf(successors, f).isEmpty()).toList();
                if (!still.isEmpty()) {
                    links.add(still.equals(l.from()) ? l : new LineageLink(LineageKind.RETIRED, still, List.of(), l.note(), l.verification()));
                    retiredBefore.addAll(still);
                }
            } else if (l.kind() == LineageKind.ADDED) {
                List<TargetId> still = l.to().stream().filter(t -> fresh.contains(t) && !predecessors.containsKey(t)).toList();
                if (!still.isEmpty()) {
                    links.add(still.equals(l.to()) ? l : new LineageLink(LineageKind.ADDED, List.of(), still, l.note(), l.verification()));
                    addedBefore.addAll(still);
                }
            }
        }
        List<TargetId> retiredNow = removed.stream()
                .filter(f -> successorsOf(successors, f).isEmpty() && !retiredBefore.contains(f)).toList();
        if (!retiredNow.isEmpty()) {
            links.add(derived(LineageKind.RETIRED, retiredNow, List.of(), previous, replaced, touched, note, verification));
        }
        List<TargetId> addedNow = fresh.stream().filter(t -> !predecessors.containsKey(t) && !addedBefore.contains(t)).toList();
        if (!addedNow.isEmpty()) {
            links.add(derived(LineageKind.ADDED, List.of(), addedNow, previous, replaced, touched, note, verification));
        }
        successors.forEach((f, ts) -> {
            if (ts.size() >= 2) {
                links.add(derived(LineageKind.SPLIT_INTO, List.of(f), List.copyOf(ts), previous, replaced, touched, note, verification));
            }
        });
        predecessors.forEach((t, fs) -> {
            List<TargetId> only = fs.stream().filter(f -> successors.get(f).size() == 1).toList();
            if (only.size() >= 2) {
                links.add(derived(LineageKind.MERGED_INTO, only, List.of(t), previous, replaced, touched, note, verification));
            } else if (only.size() == 1) {
                links.add(derived(LineageKind.REPLACED_BY, only, List.of(t), previous, replaced, touched, note, verification));
            }
        });
        links.sort(ORDER);
        return List.copyOf(links);
    }

    private static Set<TargetId> successorsOf(Map<TargetId, Set<TargetId>> successors, TargetId f) {
        return successors.getOrDefault(f, Set.of());
    }

    /** A link as derived: the previous link if it is the same, else a new one with the notes of its forebears. */
    private static LineageLink derived(LineageKind kind, List<TargetId> from, List<TargetId> to, List<LineageLink> previous,
                                       Map<TargetId, List<TargetId>> replaced, Set<TargetId> touched,
                                       Optional<String> note, Verification verification) {
        LineageLink candidate = new LineageLink(kind, from, to, Optional.empty(), verification);
        for (LineageLink l : previous) {
            if (l.kind() == kind && l.from().equals(candidate.from()) && l.to().equals(candidate.to())) {
                return l;
            }
        }
        Set<TargetId> ids = new TreeSet<>(from);
        ids.addAll(to);
        replaced.forEach((x, news) -> {
            if (news.stream().anyMatch(to::contains)) {
                ids.add(x);
            }
        });
        Set<String> notes = new LinkedHashSet<>();
        for (LineageLink l : previous) {
            if (l.from().stream().anyMatch(ids::contains) || l.to().stream().anyMatch(ids::contains)) {
                l.note().filter(n -> !n.isBlank()).ifPresent(notes::add);
            }
        }
        if (ids.stream().anyMatch(touched::contains)) {
            note.filter(n -> !n.isBlank()).ifPresent(notes::add);
        }
        Optional<String> joined = notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", notes));
        return new LineageLink(kind, from, to, joined, verification);
    }
}
