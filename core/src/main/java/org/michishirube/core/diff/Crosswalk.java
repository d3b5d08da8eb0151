package org.michishirube.core.diff;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;

/**
 * The machine-readable old → new mapping of a diff: one entry for every target of the older version, naming
 * the targets of the newer version it maps to (none when it was retired) and why.
 *
 * @param from the older version
 * @param to the newer version
 * @param entries one per old target, ordered by its id
 */
public record Crosswalk(FrameworkVersionId from, FrameworkVersionId to, List<Entry> entries) {

    public Crosswalk {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        entries = entries.stream().sorted(Comparator.comparing(Entry::from)).toList();
        Set<TargetId> seen = new HashSet<>();
        for (Entry e : entries) {
            if (!seen.add(e.from())) {
                throw new IllegalArgumentException("the crosswalk maps " + e.from() + " twice");
            }
        }
    }

    /** {@return the entry for an old target, if it was in the older version} */
    public Optional<Entry> entry(TargetId old) {
        return entries.stream().filter(e -> e.from().equals(old)).findFirst();
    }

    /** {@return the new targets an old target maps to; empty when it was retired or is unknown} */
    public List<TargetId> successors(TargetId old) {
        return entry(old).map(Entry::to).orElse(List.of());
    }

    /** {@return the old targets that map to a new target, ordered by id} */
    public List<TargetId> predecessors(TargetId target) {
        return entries.stream().filter(e -> e.to().contains(target)).map(Entry::from).toList();
    }

    /** {@return whether every given old target has an entry} */
    public boolean covers(Collection<TargetId> oldTargets) {
        Set<TargetId> mapped = new HashSet<>();
        entries.forEach(e -> mapped.add(e.from()));
        return mapped.containsAll(oldTargets);
    }

    /**
     * Where one old target went.
     *
     * @param from the old target
     * @param to the new targets, ordered by id; empty when retired
     * @param mapping why
     * @param note the lineage note, if any
     */
    public record Entry(TargetId from, List<TargetId> to, Mapping mapping, Optional<String> note) {
        public Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(mapping, "mapping");
            Objects.requireNonNull(note, "note");
            to = to.stream().sorted().distinct().toList();
            boolean fits = switch (mapping) {
                case UNCHANGED, MODIFIED, MOVED -> to.equals(List.of(from));
                case RETIRED -> to.isEmpty();
                case REPLACED, MERGED -> to.size() == 1;
                case SPLIT -> !to.isEmpty();
            };
            if (!fits) {
                throw new IllegalArgumentException(mapping.code() + " cannot map " + from + " to " + to);
            }
        }
    }

    /**
     * Why an old target maps as it does. A target that both moved and changed otherwise is {@code MOVED};
     * the diff's changes list both.
     */
    public enum Mapping {
        UNCHANGED, MODIFIED, MOVED, REPLACED, SPLIT, MERGED, RETIRED;

        /** {@return the code as the API writes it} */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
