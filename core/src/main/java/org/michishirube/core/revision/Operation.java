package org.michishirube.core.revision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;

/**
 * One typed edit of a draft. Ids of targets to create are plain strings, so that a malformed id is a
 * rejection rather than an exception; references to existing targets are typed ids. Operations that create
 * or remove targets carry an optional note, which goes into the lineage links they produce.
 */
public sealed interface Operation {

    /** {@return the existing target the operation is about, or the id it creates} */
    String subject();

    /**
     * A new target with no predecessor; lineage {@code added}.
     *
     * @param id the new id, starting with the framework id
     * @param parent the enclosing target, empty for an area directly under the domain
     * @param domain the domain; must be the parent's
     * @param kind GIO, SBO or topic
     * @param name the name in ja and en
     * @param description an optional longer text in ja and en
     * @param effortHours estimated study hours, when known
     * @param tags emerging-area tags
     * @param note why, for the lineage
     */
    record Add(String id, Optional<TargetId> parent, DomainId domain, TargetKind kind, DraftText name,
               Optional<DraftText> description, OptionalInt effortHours, Set<String> tags, Optional<String> note)
            implements Operation {
        public Add {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(effortHours, "effortHours");
            Objects.requireNonNull(note, "note");
            tags = Set.copyOf(tags);
        }

        @Override
        public String subject() {
            return String.valueOf(id);
        }
    }

    /**
     * New wording for a target, and optionally where it comes from and how far it is confirmed; it keeps its id.
     * One operation, so a steward can replace a scaffold item with the certifying body's own text and cite it in a
     * single reviewed step.
     *
     * @param target the target
     * @param name the new name, or empty to keep it
     * @param description the new description, or empty to keep it
     * @param source the new source (a URL or a document reference), or empty to keep it
     * @param verification the new verification level, or empty to keep it
     */
    record Reword(TargetId target, Optional<DraftText> name, Optional<DraftText> description, Optional<String> source,
                  Optional<Verification> verification) implements Operation {
        public Reword {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(verification, "verification");
        }

        /**
         * New wording only.
         *
         * @param target the target
         * @param name the new name, or empty to keep it
         * @param description the new description, or empty to keep it
         */
        public Reword(TargetId target, Optional<DraftText> name, Optional<DraftText> description) {
            this(target, name, description, Optional.empty(), Optional.empty());
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * A new level, effort or tag set for a target; it keeps its id.
     *
     * @param target the target
     * @param kind the new kind, or empty to keep it
     * @param effortHours the new estimate, or empty to keep it
     * @param tags the new tags, or empty to keep them
     */
    record Adjust(TargetId target, Optional<TargetKind> kind, OptionalInt effortHours, Optional<Set<String>> tags)
            implements Operation {
        public Adjust {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(effortHours, "effortHours");
            tags = Objects.requireNonNull(tags, "tags").map(Set::copyOf);
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * A new place for a target and its descendants; it keeps its id, its descendants follow it into the domain.
     *
     * @param target the target
     * @param parent the new parent, empty for the top of the domain
     * @param domain the new domain; must be the new parent's
     */
    record Move(TargetId target, Optional<TargetId> parent, DomainId domain) implements Operation {
        public Move {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(domain, "domain");
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * One target becomes two or more new ones; lineage {@code split-into}. The parts take the target's parent,
     * domain, kind and tags; its children move under the first part; its prerequisites and related targets are
     * copied to every part, and targets that needed it now need every part.
     *
     * @param target the target to split
     * @param parts the new targets, at least two
     * @param note why, for the lineage
     */
    record Split(TargetId target, List<Part> parts, Optional<String> note) implements Operation {
        public Split {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(note, "note");
            parts = List.copyOf(parts);
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * One target becomes one new target with a new id; lineage {@code replaced-by}. Placement and edges
     * carry over as for a split.
     *
     * @param target the target to replace
     * @param replacement the new target
     * @param note why, for the lineage
     */
    record Replace(TargetId target, Part replacement, Optional<String> note) implements Operation {
        public Replace {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(replacement, "replacement");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * Two or more targets become one new target; lineage {@code merged-into}. It takes the place, domain
     * and kind of the first target, the union of their tags, children, prerequisites and related targets,
     * and replaces them wherever they were needed. Its effort is the part's, else the sum of theirs.
     *
     * @param targets the targets to merge, at least two, none an ancestor of another
     * @param into the new target
     * @param note why, for the lineage
     */
    record Merge(List<TargetId> targets, Part into, Optional<String> note) implements Operation {
        public Merge {
            targets = List.copyOf(targets);
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String subject() {
            return String.valueOf(into.id());
        }
    }

    /**
     * A target and its descendants are dropped with no successor; lineage {@code retired}. Rejected while a
     * target outside them still needs or relates to one of them.
     *
     * @param target the target to retire
     * @param note why, for the lineage
     */
    record Retire(TargetId target, Optional<String> note) implements Operation {
        public Retire {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * Records that {@code target} needs {@code prerequisite} first.
     *
     * @param target the target of the draft
     * @param prerequisite a target of the draft, or of another framework the editor knows
     */
    record LinkPrerequisite(TargetId target, TargetId prerequisite) implements Operation {
        public LinkPrerequisite {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(prerequisite, "prerequisite");
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * Drops the record that {@code target} needs {@code prerequisite} first.
     *
     * @param target the target of the draft
     * @param prerequisite the prerequisite to drop
     */
    record UnlinkPrerequisite(TargetId target, TargetId prerequisite) implements Operation {
        public UnlinkPrerequisite {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(prerequisite, "prerequisite");
        }

        @Override
        public String subject() {
            return target.value();
        }
    }

    /**
     * A target an operation creates in place of others.
     *
     * @param id the new id, starting with the framework id
     * @param name the name in ja and en
     * @param description an optional longer text
     * @param effortHours estimated study hours, when known
     */
    record Part(String id, DraftText name, Optional<DraftText> description, OptionalInt effortHours) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(effortHours, "effortHours");
        }

        /** {@return a part with a name only} */
        public static Part of(String id, String ja, String en) {
            return new Part(id, new DraftText(ja, en), Optional.empty(), OptionalInt.empty());
        }
    }
}
