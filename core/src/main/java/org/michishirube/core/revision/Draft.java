package org.michishirube.core.revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.michishirube.core.diff.FrameworkTrees;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.VersionStatus;

/**
 * A new version of a framework being edited. Its tree's lineage always says how the base version's targets
 * map to it, so publishing it needs no further bookkeeping. The first version of a new framework revises nothing:
 * its base is an empty tree under the draft's own version id (see {@link #first}), so every target diffs as added.
 *
 * @param base the version it revises, or an empty tree for a framework's first version
 * @param tree the draft content; its version supersedes the base
 * @param provenance the source and verification given to targets and lineage links the draft creates
 */
public record Draft(FrameworkTree base, FrameworkTree tree, Provenance provenance) {

    public Draft {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(provenance, "provenance");
        if (!tree.version().framework().equals(base.version().framework())) {
            throw new IllegalArgumentException(tree.version().id() + " is not a version of " + base.version().framework());
        }
        if (tree.version().supersedes().isEmpty()) {
            if (!base.version().id().equals(tree.version().id()) || !base.targets().isEmpty() || !tree.lineage().isEmpty()) {
                throw new IllegalArgumentException(tree.version().id() + " supersedes nothing, so it must be a first version: an empty base "
                        + "under its own id and no lineage");
            }
        } else if (!tree.version().supersedes().equals(Optional.of(base.version().id()))) {
            throw new IllegalArgumentException(tree.version().id() + " must supersede " + base.version().id());
        }
    }

    /**
     * {@return the draft of a new framework's first version}
     *
     * @param tree its content; its version supersedes nothing and it has no lineage
     * @param provenance the source and verification for what the draft creates
     */
    public static Draft first(FrameworkTree tree, Provenance provenance) {
        FrameworkTree empty = new FrameworkTree(tree.version(), List.of(), List.of(), java.util.Map.of(), java.util.Map.of(), List.of());
        return new Draft(empty, FrameworkTrees.canonical(tree), provenance);
    }

    /** {@return whether this is the first version of a new framework, which revises nothing} */
    public boolean isFirstVersion() {
        return tree.version().supersedes().isEmpty();
    }

    /** {@return the version this draft revises; empty for a first version} */
    public Optional<FrameworkVersionId> revises() {
        return isFirstVersion() ? Optional.empty() : Optional.of(base.version().id());
    }

    /**
     * {@return a draft that starts as a copy of the base under the new version, with no lineage yet}
     *
     * @param base the version to revise
     * @param version the new version; it must supersede the base
     * @param provenance the source and verification for what the draft creates
     */
    public static Draft start(FrameworkTree base, FrameworkVersion version, Provenance provenance) {
        List<Target> targets = base.targets().stream()
                .map(t -> new Target(t.id(), version.id(), t.domain(), t.parent(), t.kind(), t.name(), t.description(),
                        t.provenance(), t.effortHours(), t.tags()))
                .toList();
        FrameworkTree tree = new FrameworkTree(version, base.domains(), targets, base.prerequisites(), base.related(), List.of());
        return new Draft(base, FrameworkTrees.canonical(tree), provenance);
    }

    /** {@return the draft's tree as a published version, effective from the given day} */
    public FrameworkTree published(LocalDate effective) {
        FrameworkVersion v = tree.version();
        FrameworkVersion published = new FrameworkVersion(v.id(), v.name(), VersionStatus.PUBLISHED, Optional.of(effective),
                v.supersedes(), v.provenance());
        return new FrameworkTree(published, tree.domains(), tree.targets(), tree.prerequisites(), tree.related(),
                tree.lineage());
    }
}
