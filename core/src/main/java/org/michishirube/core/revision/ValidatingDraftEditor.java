package org.michishirube.core.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.michishirube.core.model.Dag;
import org.michishirube.core.diff.Change;
import org.michishirube.core.diff.ChangeKind;
import org.michishirube.core.diff.FrameworkTrees;
import org.michishirube.core.diff.FrameworkDiff;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.revision.EditOutcome.Reason;
import org.michishirube.core.revision.EditOutcome.Rejection;

/**
 * Checks every operation against the draft before applying it: referenced targets and domains exist, new ids
 * are well-formed, start with the framework id and were never used by the draft or its base, texts have both
 * languages, efforts are not negative, the tree stays a tree and the prerequisites stay acyclic. It collects
 * every fault rather than stopping at the first. An applied operation updates the draft's lineage.
 */
final class ValidatingDraftEditor implements DraftEditor {

    private final Predicate<TargetId> knownElsewhere;

    /** An editor that accepts prerequisites only inside the draft. */
    ValidatingDraftEditor() {
        this(id -> false);
    }

    /**
     * An editor that also accepts prerequisites in other frameworks.
     *
     * @param knownElsewhere whether an id names a target of another framework, e.g. {@code graph::contains}
     */
    ValidatingDraftEditor(Predicate<TargetId> knownElsewhere) {
        this.knownElsewhere = Objects.requireNonNull(knownElsewhere, "knownElsewhere");
    }

    @Override
    public EditOutcome apply(Draft draft, Operation operation) {
        Edit edit = new Edit(draft);
        if (operation instanceof Operation.Add op) {
            edit.add(op);
        } else if (operation instanceof Operation.Reword op) {
            edit.reword(op);
        } else if (operation instanceof Operation.Adjust op) {
            edit.adjust(op);
        } else if (operation instanceof Operation.Move op) {
            edit.move(op);
        } else if (operation instanceof Operation.Split op) {
            edit.split(op.target(), op.parts(), 2, LineageKind.SPLIT_INTO);
        } else if (operation instanceof Operation.Replace op) {
            edit.split(op.target(), List.of(op.replacement()), 1, LineageKind.REPLACED_BY);
        } else if (operation instanceof Operation.Merge op) {
            edit.merge(op);
        } else if (operation instanceof Operation.Retire op) {
            edit.retire(op);
        } else if (operation instanceof Operation.LinkPrerequisite op) {
            edit.link(op);
        } else if (operation instanceof Operation.UnlinkPrerequisite op) {
            edit.unlink(op);
        }
        if (edit.faults.isEmpty()) {
            edit.checkCycles();
        }
        if (!edit.faults.isEmpty()) {
            return new EditOutcome.Rejected(operation, edit.faults);
        }
        return edit.finish(operation);
    }

    private static Optional<String> noteOf(Operation operation) {
        if (operation instanceof Operation.Add op) {
            return op.note();
        } else if (operation instanceof Operation.Split op) {
            return op.note();
        } else if (operation instanceof Operation.Replace op) {
            return op.note();
        } else if (operation instanceof Operation.Merge op) {
            return op.note();
        } else if (operation instanceof Operation.Retire op) {
            return op.note();
        }
        return Optional.empty();
    }

    /** The working state of one operation: mutable copies of the draft's parts, and what the operation did. */
    private final class Edit {
        final Draft draft;
        final FrameworkTree tree;
        final Map<TargetId, Target> targets;
        final Map<TargetId, Set<TargetId>> prerequisites = new TreeMap<>();
        final Map<TargetId, Set<TargetId>> related = new TreeMap<>();
        final Set<TargetId> baseIds;
        final Map<DomainId, Domain> domains = new LinkedHashMap<>();
        final List<Rejection> faults = new ArrayList<>();
        final Map<TargetId, List<TargetId>> replaced = new TreeMap<>();
        final Set<TargetId> added = new TreeSet<>();
        final List<LineageLink> ownLinks = new ArrayList<>();
        ChangeKind expected;
        String subject;

        Edit(Draft draft) {
            this.draft = draft;
            this.tree = draft.tree();
            this.targets = tree.targetsById();
            tree.prerequisites().forEach((k, v) -> prerequisites.put(k, new TreeSet<>(v)));
            tree.related().forEach((k, v) -> related.put(k, new TreeSet<>(v)));
            this.baseIds = draft.base().targetsById().keySet();
            tree.domains().forEach(d -> domains.put(d.id(), d));
        }

        void fault(Reason reason, String message, List<String> evidence) {
            faults.add(new Rejection(reason, message, evidence));
        }

        Optional<Target> existing(TargetId id, String role) {
            Target t = targets.get(id);
            if (t == null) {
                fault(Reason.UNKNOWN_TARGET, role + " " + id + " is not in " + tree.version().id(), List.of(id.value()));
            }
            return Optional.ofNullable(t);
        }

        Optional<TargetId> newId(String raw, Set<TargetId> alsoTaken) {
            if (raw == null || !TargetId.isWellFormed(raw)) {
                fault(Reason.MALFORMED_ID, "new id '" + raw + "' is not lowercase segments joined by '.'",
                        List.of(String.valueOf(raw)));
                return Optional.empty();
            }
            TargetId id = TargetId.of(raw);
            if (!tree.ownsId(id)) {
                fault(Reason.MALFORMED_ID, "new id " + id + " must start with '" + tree.version().framework() + ".'", List.of(raw));
                return Optional.empty();
            }
            if (targets.containsKey(id) || alsoTaken.contains(id)) {
                fault(Reason.DUPLICATE_ID, "id " + id + " is already used in " + tree.version().id(), List.of(raw));
                return Optional.empty();
            }
            if (baseIds.contains(id)) {
                fault(Reason.DUPLICATE_ID, "id " + id + " belonged to " + draft.base().version().id()
                        + "; ids are never reused", List.of(raw));
                return Optional.empty();
            }
            return Optional.of(id);
        }

        Optional<LocalizedText> text(DraftText text, String what, String owner) {
            List<String> missing = text == null ? List.of("ja", "en") : text.missing();
            if (!missing.isEmpty()) {
                fault(Reason.MISSING_TEXT, "the " + what + " of " + owner + " lacks " + String.join(" and ", missing),
                        missing);
                return Optional.empty();
            }
            return text.complete();
        }

        Optional<Optional<LocalizedText>> optionalText(Optional<DraftText> text, String what, String owner) {
            if (text.isEmpty()) {
                return Optional.of(Optional.empty());
            }
            return text(text.get(), what, owner).map(Optional::of);
        }

        void effort(OptionalInt hours, String owner) {
            if (hours.isPresent() && hours.getAsInt() < 0) {
                fault(Reason.NEGATIVE_EFFORT, "the effort of " + owner + " is negative", List.of(owner));
            }
        }

        Optional<Domain> domain(DomainId id) {
            Domain d = domains.get(id);
            if (d == null) {
                fault(Reason.UNKNOWN_DOMAIN, "domain " + id + " is not in " + tree.version().id(), List.of(id.value()));
            }
            return Optional.ofNullable(d);
        }

        List<TargetId> children(TargetId id) {
            return targets.values().stream().filter(t -> t.parent().equals(Optional.of(id))).map(Target::id).toList();
        }

        /** The target and its descendants, root first. */
        List<TargetId> subtree(TargetId root) {
            List<TargetId> out = new ArrayList<>();
            List<TargetId> todo = new ArrayList<>(List.of(root));
            while (!todo.isEmpty()) {
                TargetId next = todo.remove(0);
                out.add(next);
                todo.addAll(children(next));
            }
            return out;
        }

        Target with(Target t, Optional<TargetId> parent, DomainId domain) {
            return new Target(t.id(), t.version(), domain, parent, t.kind(), t.name(), t.description(), t.provenance(),
                    t.effortHours(), t.tags());
        }

        void add(Operation.Add op) {
            expected = ChangeKind.ADDED;
            subject = String.valueOf(op.id());
            Optional<TargetId> id = newId(op.id(), Set.of());
            Optional<LocalizedText> name = text(op.name(), "name", subject);
            Optional<Optional<LocalizedText>> description = optionalText(op.description(), "description", subject);
            effort(op.effortHours(), subject);
            Optional<Domain> domain = domain(op.domain());
            op.parent().flatMap(p -> existing(p, "parent")).ifPresent(p -> {
                if (!p.domain().equals(op.domain())) {
                    fault(Reason.DOMAIN_MISMATCH, "parent " + p.id() + " is in domain " + p.domain() + ", not " + op.domain(),
                            List.of(p.id().value(), p.domain().value(), op.domain().value()));
                }
            });
            if (!faults.isEmpty() || id.isEmpty() || name.isEmpty() || description.isEmpty() || domain.isEmpty()) {
                return;
            }
            targets.put(id.get(), new Target(id.get(), tree.version().id(), op.domain(), op.parent(), op.kind(), name.get(),
                    description.get(), draft.provenance(), op.effortHours(), op.tags()));
            added.add(id.get());
            ownLinks.add(new LineageLink(LineageKind.ADDED, List.of(), List.of(id.get()), op.note(), verification()));
        }

        void reword(Operation.Reword op) {
            expected = ChangeKind.MODIFIED;
            subject = op.target().value();
            Optional<Target> t = existing(op.target(), "target");
            Optional<Optional<LocalizedText>> name = optionalText(op.name(), "name", subject);
            Optional<Optional<LocalizedText>> description = optionalText(op.description(), "description", subject);
            if (op.source().filter(String::isBlank).isPresent()) {
                fault(Reason.MISSING_TEXT, "the source of " + subject + " is blank", List.of(subject));
            }
            if (!faults.isEmpty()) {
                return;
            }
            Target old = t.get();
            Provenance provenance = new Provenance(op.source().orElse(old.provenance().source()),
                    op.verification().orElse(old.provenance().verification()));
            Target now = new Target(old.id(), old.version(), old.domain(), old.parent(), old.kind(),
                    name.get().orElse(old.name()), description.get().or(old::description), provenance,
                    old.effortHours(), old.tags());
            replaceIfChanged(old, now);
        }

        void adjust(Operation.Adjust op) {
            expected = ChangeKind.MODIFIED;
            subject = op.target().value();
            Optional<Target> t = existing(op.target(), "target");
            effort(op.effortHours(), subject);
            if (!faults.isEmpty()) {
                return;
            }
            Target old = t.get();
            Target now = new Target(old.id(), old.version(), old.domain(), old.parent(), op.kind().orElse(old.kind()),
                    old.name(), old.description(), old.provenance(),
                    op.effortHours().isPresent() ? op.effortHours() : old.effortHours(), op.tags().orElse(old.tags()));
            replaceIfChanged(old, now);
        }

        void replaceIfChanged(Target old, Target now) {
            if (old.equals(now)) {
                fault(Reason.NO_CHANGE, old.id() + " already reads so", List.of(old.id().value()));
            } else {
                targets.put(old.id(), now);
            }
        }

        void move(Operation.Move op) {
            expected = ChangeKind.MOVED;
            subject = op.target().value();
            Optional<Target> t = existing(op.target(), "target");
            domain(op.domain());
            Optional<Target> parent = op.parent().flatMap(p -> existing(p, "parent"));
            if (t.isPresent() && parent.isPresent()) {
                List<String> chain = new ArrayList<>();
                Optional<TargetId> up = Optional.of(parent.get().id());
                while (up.isPresent() && chain.size() <= targets.size()) {
                    chain.add(up.get().value());
                    if (up.get().equals(t.get().id())) {
                        fault(Reason.TREE_CYCLE, "moving " + t.get().id() + " under " + parent.get().id()
                                + " would put it under itself", chain);
                        break;
                    }
                    up = Optional.ofNullable(targets.get(up.get())).flatMap(Target::parent);
                }
                if (!parent.get().domain().equals(op.domain())) {
                    fault(Reason.DOMAIN_MISMATCH, "parent " + parent.get().id() + " is in domain " + parent.get().domain()
                            + ", not " + op.domain(), List.of(parent.get().id().value(), parent.get().domain().value(), op.domain().value()));
                }
            }
            if (!faults.isEmpty()) {
                return;
            }
            Target old = t.get();
            if (old.parent().equals(op.parent()) && old.domain().equals(op.domain())) {
                fault(Reason.NO_CHANGE, old.id() + " is already there", List.of(old.id().value()));
                return;
            }
            for (TargetId d : subtree(old.id())) {
                Target x = targets.get(d);
                targets.put(d, with(x, d.equals(old.id()) ? op.parent() : x.parent(), op.domain()));
            }
        }

        /** A split into at least {@code minimum} parts; with one part it is a replacement. */
        void split(TargetId target, List<Operation.Part> parts, int minimum, LineageKind kind) {
            expected = kind == LineageKind.SPLIT_INTO ? ChangeKind.SPLIT : ChangeKind.REPLACED;
            subject = target.value();
            Optional<Target> t = existing(target, "target");
            if (parts.size() < minimum) {
                fault(Reason.TOO_FEW_TARGETS, "a split needs at least " + minimum + " parts, not " + parts.size(),
                        List.of(target.value()));
            }
            List<Target> made = parts(parts, t.orElse(null));
            if (!faults.isEmpty()) {
                return;
            }
            Target old = t.get();
            List<TargetId> ids = made.stream().map(Target::id).toList();
            targets.remove(old.id());
            made.forEach(p -> targets.put(p.id(), p));
            for (TargetId child : children(old.id())) {
                targets.put(child, with(targets.get(child), Optional.of(ids.get(0)), targets.get(child).domain()));
            }
            redirect(prerequisites, List.of(old.id()), ids);
            redirect(related, List.of(old.id()), ids);
            replaced.put(old.id(), ids);
            ownLinks.add(new LineageLink(kind, List.of(old.id()), ids, Optional.empty(), verification()));
        }

        /** The new targets of a split or merge, placed like {@code model}; faults recorded for bad parts. */
        List<Target> parts(List<Operation.Part> parts, Target model) {
            List<Target> made = new ArrayList<>();
            Set<TargetId> taken = new HashSet<>();
            for (Operation.Part part : parts) {
                String owner = String.valueOf(part.id());
                Optional<TargetId> id = newId(part.id(), taken);
                id.ifPresent(taken::add);
                Optional<LocalizedText> name = text(part.name(), "name", owner);
                Optional<Optional<LocalizedText>> description = optionalText(part.description(), "description", owner);
                effort(part.effortHours(), owner);
                if (model != null && id.isPresent() && name.isPresent() && description.isPresent()) {
                    made.add(new Target(id.get(), tree.version().id(), model.domain(), model.parent(), model.kind(),
                            name.get(), description.get(), draft.provenance(), part.effortHours(), model.tags()));
                }
            }
            return made;
        }

        /** Moves the edges of the old targets to the new ones: their own edges, and edges pointing at them. */
        void redirect(Map<TargetId, Set<TargetId>> edges, List<TargetId> olds, List<TargetId> news) {
            Set<TargetId> own = new TreeSet<>();
            olds.forEach(o -> {
                Set<TargetId> e = edges.remove(o);
                if (e != null) {
                    own.addAll(e);
                }
            });
            own.removeAll(olds);
            for (Set<TargetId> set : edges.values()) {
                if (set.removeIf(olds::contains)) {
                    set.addAll(news);
                }
            }
            if (!own.isEmpty()) {
                news.forEach(n -> edges.computeIfAbsent(n, k -> new TreeSet<>()).addAll(own));
            }
            news.forEach(n -> {
                Set<TargetId> set = edges.get(n);
                if (set != null) {
                    set.remove(n);
                }
            });
        }

        void merge(Operation.Merge op) {
            expected = ChangeKind.MERGED;
            subject = String.valueOf(op.into().id());
            List<TargetId> sources = op.targets();
            if (new HashSet<>(sources).size() < 2) {
                fault(Reason.TOO_FEW_TARGETS, "a merge needs at least two different targets", sources.stream().map(TargetId::value).toList());
            }
            List<Target> olds = sources.stream().distinct().map(s -> existing(s, "target")).flatMap(Optional::stream).toList();
            if (olds.size() == sources.stream().distinct().count()) {
                for (Target x : olds) {
                    Optional<TargetId> up = x.parent();
                    int guard = 0;
                    while (up.isPresent() && guard++ <= targets.size()) {
                        if (sources.contains(up.get())) {
                            fault(Reason.NESTED_TARGETS, up.get() + " contains " + x.id() + "; merge siblings or cousins",
                                    List.of(up.get().value(), x.id().value()));
                        }
                        up = Optional.ofNullable(targets.get(up.get())).flatMap(Target::parent);
                    }
                }
            }
            List<Target> made = parts(List.of(op.into()), olds.isEmpty() ? null : olds.get(0));
            if (!faults.isEmpty()) {
                return;
            }
            Target first = made.get(0);
            Set<String> tags = new TreeSet<>();
            olds.forEach(o -> tags.addAll(o.tags()));
            OptionalInt effort = op.into().effortHours();
            if (effort.isEmpty() && olds.stream().anyMatch(o -> o.effortHours().isPresent())) {
                effort = OptionalInt.of(olds.stream().mapToInt(o -> o.effortHours().orElse(0)).sum());
            }
            Target merged = new Target(first.id(), first.version(), first.domain(), first.parent(), first.kind(), first.name(),
                    first.description(), first.provenance(), effort, tags);
            List<TargetId> ids = olds.stream().map(Target::id).toList();
            ids.forEach(targets::remove);
            targets.put(merged.id(), merged);
            for (Target t : List.copyOf(targets.values())) {
                if (t.parent().filter(ids::contains).isPresent()) {
                    // Children follow the merged target, into its domain with their descendants.
                    for (TargetId d : subtree(t.id())) {
                        Target x = targets.get(d);
                        targets.put(d, with(x, d.equals(t.id()) ? Optional.of(merged.id()) : x.parent(), merged.domain()));
                    }
                }
            }
            redirect(prerequisites, ids, List.of(merged.id()));
            redirect(related, ids, List.of(merged.id()));
            ids.forEach(i -> replaced.put(i, List.of(merged.id())));
            ownLinks.add(new LineageLink(LineageKind.MERGED_INTO, ids, List.of(merged.id()), Optional.empty(), verification()));
        }

        void retire(Operation.Retire op) {
            expected = ChangeKind.RETIRED;
            subject = op.target().value();
            if (existing(op.target(), "target").isEmpty()) {
                return;
            }
            List<TargetId> gone = subtree(op.target());
            Set<TargetId> goneSet = new HashSet<>(gone);
            List<String> references = new ArrayList<>();
            references(prerequisites, goneSet, " needs ", references);
            references(related, goneSet, " is related to ", references);
            if (!references.isEmpty()) {
                fault(Reason.STILL_REFERENCED, op.target() + " is still referenced: " + String.join(", ", references), references);
                return;
            }
            gone.forEach(g -> {
                targets.remove(g);
                prerequisites.remove(g);
                related.remove(g);
                replaced.put(g, List.of());
            });
            ownLinks.add(new LineageLink(LineageKind.RETIRED, gone, List.of(), Optional.empty(), verification()));
        }

        void references(Map<TargetId, Set<TargetId>> edges, Set<TargetId> gone, String verb, List<String> out) {
            edges.forEach((from, tos) -> {
                if (!gone.contains(from)) {
                    tos.stream().filter(gone::contains).forEach(to -> out.add(from + verb + to));
                }
            });
        }

        void link(Operation.LinkPrerequisite op) {
            expected = ChangeKind.RELINKED;
            subject = op.target().value();
            existing(op.target(), "target");
            TargetId p = op.prerequisite();
            if (!targets.containsKey(p) && (tree.ownsId(p) || !knownElsewhere.test(p))) {
                fault(Reason.UNKNOWN_TARGET, "prerequisite " + p + " is not a known target", List.of(p.value()));
            }
            if (!faults.isEmpty()) {
                return;
            }
            if (!prerequisites.computeIfAbsent(op.target(), k -> new TreeSet<>()).add(p)) {
                fault(Reason.ALREADY_LINKED, op.target() + " already needs " + p, List.of(op.target().value(), p.value()));
            }
        }

        void unlink(Operation.UnlinkPrerequisite op) {
            expected = ChangeKind.RELINKED;
            subject = op.target().value();
            if (existing(op.target(), "target").isEmpty()) {
                return;
            }
            Set<TargetId> set = prerequisites.get(op.target());
            if (set == null || !set.remove(op.prerequisite())) {
                fault(Reason.NOT_LINKED, op.target() + " does not need " + op.prerequisite(),
                        List.of(op.target().value(), op.prerequisite().value()));
            }
        }

        void checkCycles() {
            if (cycle(tree.prerequisites()).isPresent()) {
                return; // the draft already had one; this operation is not to blame
            }
            cycle(prerequisites).ifPresent(c -> fault(Reason.PREREQUISITE_CYCLE, "prerequisites would form a cycle: "
                    + c.stream().map(TargetId::value).collect(Collectors.joining(" → ")), c.stream().map(TargetId::value).toList()));
        }

        Optional<List<TargetId>> cycle(Map<TargetId, Set<TargetId>> edges) {
            return Dag.findCycle(edges.keySet(), id -> edges.getOrDefault(id, Set.of()), Comparator.naturalOrder());
        }

        org.michishirube.core.model.Verification verification() {
            return draft.provenance().verification();
        }

        EditOutcome finish(Operation operation) {
            // A first version revises nothing, so it has no lineage to keep.
            List<LineageLink> lineage = draft.isFirstVersion() ? List.of() : DraftLineage.next(baseIds, tree.lineage(), targets.keySet(),
                    replaced, added, noteOf(operation), verification());
            FrameworkTree next = FrameworkTrees.canonical(new FrameworkTree(tree.version(), tree.domains(),
                    List.copyOf(targets.values()), prerequisites, related, lineage));
            // The changes of this operation alone: the previous draft against the new one, read through this
            // operation's own links rather than the lineage relative to the base.
            FrameworkTree local = new FrameworkTree(next.version(), next.domains(), next.targets(), next.prerequisites(),
                    next.related(), ownLinks);
            VersionDiff diff = FrameworkDiff.lineageAware().diff(tree, local);
            Change change = diff.changes().stream().filter(c -> c.kind() == expected && c.subject().equals(subject))
                    .findFirst().orElseGet(() -> diff.changes().get(0));
            return new EditOutcome.Applied(new Draft(draft.base(), next, draft.provenance()), change, diff.changes());
        }
    }
}
