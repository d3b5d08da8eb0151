package org.michishirube.interop.casepackage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.interop.CaseCatalog;

/**
 * The CASE {@code statusStartDate}/{@code statusEndDate} of a version and of its items, derived from the chain of
 * versions the catalog can see: a version is in force from its effective date until its recorded end (or, failing
 * that, until its successor's effective date); an item from the effective date of the earliest version in the chain
 * that holds its id until the end of the last one that holds it, if that one is retired.
 */
final class StatusDates {

    private final Map<FrameworkVersionId, FrameworkTree> visible = new HashMap<>();
    private final Map<FrameworkVersionId, FrameworkTree> successor = new HashMap<>();

    StatusDates(CaseCatalog catalog, FrameworkTree tree) {
        visible.put(tree.version().id(), tree);
        for (FrameworkTree t : catalog.versionsOf(tree.version().framework())) {
            visible.putIfAbsent(t.version().id(), t);
        }
        for (FrameworkTree t : visible.values()) {
            t.version().supersedes().ifPresent(s -> successor.put(s, t));
        }
    }

    /** {@return when the version stopped being in force: empty unless it is retired and the end is known or derivable} */
    Optional<LocalDate> end(FrameworkVersion v) {
        if (v.status() != VersionStatus.RETIRED) {
            return Optional.empty();
        }
        return v.statusEndDate().or(() -> Optional.ofNullable(successor.get(v.id())).flatMap(s -> s.version().effectiveDate()));
    }

    /** {@return when the item came into force: the effective date of the earliest version in the chain holding it} */
    Optional<LocalDate> start(FrameworkTree tree, TargetId id) {
        FrameworkTree first = tree;
        Optional<FrameworkTree> previous = previous(first);
        while (previous.isPresent() && previous.get().targetsById().containsKey(id)) {
            first = previous.get();
            previous = previous(first);
        }
        return first.version().effectiveDate();
    }

    /** {@return when the item went out of force: the end of the last version in the chain holding it, when retired} */
    Optional<LocalDate> end(FrameworkTree tree, TargetId id) {
        FrameworkTree last = tree;
        FrameworkTree next = successor.get(last.version().id());
        while (next != null && next.targetsById().containsKey(id)) {
            last = next;
            next = successor.get(last.version().id());
        }
        return end(last.version());
    }

    private Optional<FrameworkTree> previous(FrameworkTree tree) {
        return tree.version().supersedes().map(visible::get);
    }
}
