package org.michishirube.core.diff;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;

/**
 * One typed change between two versions of a framework. Targets keep their id across versions, so a target
 * present in both is {@link Modified} and/or {@link Moved}; a target present in only one is accounted for by
 * the lineage links ({@link Replaced}, {@link Split}, {@link Merged}) or else is {@link Added} or {@link Retired}.
 * Edge changes are {@link Relinked}; domain changes are {@link DomainChanged}.
 */
public sealed interface Change {

    /** Orders changes by kind, then subject, so diffs list them deterministically. */
    Comparator<Change> ORDER = Comparator.comparing(Change::kind).thenComparing(Change::subject);

    /** {@return the kind of change} */
    ChangeKind kind();

    /** {@return the id the change is about, used for ordering: the target (the new one for a merge) or the domain} */
    String subject();

    /** {@return the domain the change counts under, when it can be told} */
    Optional<DomainId> domain();

    /**
     * A target with no predecessor.
     *
     * @param target the new target
     * @param note why, from the lineage link, if any
     */
    record Added(Target target, Optional<String> note) implements Change {
        public Added {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.ADDED;
        }

        @Override
        public String subject() {
            return target.id().value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(target.domain());
        }
    }

    /**
     * A target with no successor.
     *
     * @param target the old target
     * @param note why, from the lineage link, if any
     */
    record Retired(Target target, Optional<String> note) implements Change {
        public Retired {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.RETIRED;
        }

        @Override
        public String subject() {
            return target.id().value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(target.domain());
        }
    }

    /**
     * A target re-scoped one-to-one into a new identity ({@code replaced-by}).
     *
     * @param before the old target
     * @param after the new target
     * @param note why, from the lineage link, if any
     */
    record Replaced(Target before, Target after, Optional<String> note) implements Change {
        public Replaced {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.REPLACED;
        }

        @Override
        public String subject() {
            return before.id().value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(before.domain());
        }
    }

    /**
     * One target that became several ({@code split-into}).
     *
     * @param before the old target
     * @param into the new targets, ordered by id
     * @param note why, from the lineage link, if any
     */
    record Split(Target before, List<Target> into, Optional<String> note) implements Change {
        public Split {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(note, "note");
            into = into.stream().sorted(Comparator.comparing(Target::id)).toList();
            if (into.isEmpty()) {
                throw new IllegalArgumentException("a split of " + before.id() + " needs at least one new target");
            }
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.SPLIT;
        }

        @Override
        public String subject() {
            return before.id().value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(before.domain());
        }
    }

    /**
     * Several targets that became one ({@code merged-into}).
     *
     * @param from the old targets, ordered by id
     * @param into the new target
     * @param note why, from the lineage link, if any
     */
    record Merged(List<Target> from, Target into, Optional<String> note) implements Change {
        public Merged {
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(note, "note");
            from = from.stream().sorted(Comparator.comparing(Target::id)).toList();
            if (from.isEmpty()) {
                throw new IllegalArgumentException("a merge into " + into.id() + " needs at least one old target");
            }
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.MERGED;
        }

        @Override
        public String subject() {
            return into.id().value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(into.domain());
        }
    }

    /**
     * A target that kept its id but has a new parent or domain.
     *
     * @param id the target
     * @param name its name in the newer version
     * @param fromParent the old parent
     * @param toParent the new parent
     * @param fromDomain the old domain
     * @param toDomain the new domain
     */
    record Moved(TargetId id, LocalizedText name, Optional<TargetId> fromParent, Optional<TargetId> toParent,
                 DomainId fromDomain, DomainId toDomain) implements Change {
        public Moved {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fromParent, "fromParent");
            Objects.requireNonNull(toParent, "toParent");
            Objects.requireNonNull(fromDomain, "fromDomain");
            Objects.requireNonNull(toDomain, "toDomain");
            if (fromParent.equals(toParent) && fromDomain.equals(toDomain)) {
                throw new IllegalArgumentException(id + " did not move");
            }
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.MOVED;
        }

        @Override
        public String subject() {
            return id.value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(toDomain);
        }
    }

    /**
     * A target that kept its id but changed in other ways than its place.
     *
     * @param id the target
     * @param fields what changed; never empty
     * @param before the target in the older version
     * @param after the target in the newer version
     */
    record Modified(TargetId id, Set<Field> fields, Target before, Target after) implements Change {

        public Modified(Target before, Target after) {
            this(before.id(), Field.between(before, after), before, after);
        }

        public Modified {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!before.id().equals(id) || !after.id().equals(id)) {
                throw new IllegalArgumentException("a modification compares two versions of " + id);
            }
            Set<Field> differ = Field.between(before, after);
            if (differ.isEmpty()) {
                throw new IllegalArgumentException(id + " was not modified");
            }
            if (!differ.equals(fields)) {
                throw new IllegalArgumentException("the fields of " + id + " that changed are " + differ + ", not " + fields);
            }
            fields = java.util.Collections.unmodifiableSet(EnumSet.copyOf(differ));
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.MODIFIED;
        }

        @Override
        public String subject() {
            return id.value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(after.domain());
        }
    }

    /**
     * A target whose prerequisites or related targets changed.
     *
     * @param target the target the edges start from
     * @param domainOf its domain, when it is a target of either version
     * @param link which edges
     * @param added edges only in the newer version
     * @param removed edges only in the older version
     */
    record Relinked(TargetId target, Optional<DomainId> domainOf, Link link, Set<TargetId> added, Set<TargetId> removed)
            implements Change {
        public Relinked {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(domainOf, "domainOf");
            Objects.requireNonNull(link, "link");
            added = java.util.Collections.unmodifiableSet(new TreeSet<>(added));
            removed = java.util.Collections.unmodifiableSet(new TreeSet<>(removed));
            if (added.isEmpty() && removed.isEmpty()) {
                throw new IllegalArgumentException("the " + link.code() + " links of " + target + " did not change");
            }
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.RELINKED;
        }

        @Override
        public String subject() {
            return target.value();
        }

        @Override
        public Optional<DomainId> domain() {
            return domainOf;
        }
    }

    /**
     * A domain that was added, dropped or renamed.
     *
     * @param id the domain
     * @param before the domain in the older version, if it had it
     * @param after the domain in the newer version, if it has it
     */
    record DomainChanged(DomainId id, Optional<Domain> before, Optional<Domain> after) implements Change {
        public DomainChanged {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (before.equals(after)) {
                throw new IllegalArgumentException("domain " + id + " did not change");
            }
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.DOMAIN_CHANGED;
        }

        @Override
        public String subject() {
            return id.value();
        }

        @Override
        public Optional<DomainId> domain() {
            return Optional.of(id);
        }
    }

    /** Which edges a {@link Relinked} change concerns. */
    enum Link {
        /** Targets needed first. */
        PREREQUISITE,
        /** Related targets, possibly in other frameworks. */
        RELATED;

        /** {@return the code as the API writes it} */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A field of a target that a {@link Modified} change can concern. */
    enum Field {
        NAME_JA, NAME_EN, DESCRIPTION, KIND, EFFORT, TAGS, PROVENANCE;

        /** {@return the fields, other than id, version, parent and domain, in which two targets differ} */
        public static Set<Field> between(Target a, Target b) {
            Set<Field> fields = EnumSet.noneOf(Field.class);
            if (!a.name().ja().equals(b.name().ja())) {
                fields.add(NAME_JA);
            }
            if (!a.name().en().equals(b.name().en())) {
                fields.add(NAME_EN);
            }
            if (!a.description().equals(b.description())) {
                fields.add(DESCRIPTION);
            }
            if (a.kind() != b.kind()) {
                fields.add(KIND);
            }
            if (!a.effortHours().equals(b.effortHours())) {
                fields.add(EFFORT);
            }
            if (!a.tags().equals(b.tags())) {
                fields.add(TAGS);
            }
            if (!a.provenance().equals(b.provenance())) {
                fields.add(PROVENANCE);
            }
            return fields;
        }

        /** {@return the code as the API writes it, e.g. {@code name-ja}} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
