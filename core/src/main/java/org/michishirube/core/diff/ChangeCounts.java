package org.michishirube.core.diff;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.michishirube.core.model.DomainId;

/**
 * How many changes of each kind a diff has, overall and per domain.
 *
 * @param byKind change kind → count, only kinds that occur, in kind order
 * @param byDomain domain → change kind → count, domains ordered by id
 */
public record ChangeCounts(Map<ChangeKind, Integer> byKind, Map<DomainId, Map<ChangeKind, Integer>> byDomain) {

    public ChangeCounts {
        byKind = Collections.unmodifiableMap(new EnumMap<>(byKind.isEmpty() ? new EnumMap<>(ChangeKind.class) : byKind));
        Map<DomainId, Map<ChangeKind, Integer>> copy = new TreeMap<>();
        byDomain.forEach((d, m) -> copy.put(d, Collections.unmodifiableMap(
                new EnumMap<>(m.isEmpty() ? new EnumMap<>(ChangeKind.class) : m))));
        byDomain = Collections.unmodifiableMap(copy);
    }

    /** {@return the counts of some changes; a change without a domain counts only overall} */
    public static ChangeCounts of(List<Change> changes) {
        Map<ChangeKind, Integer> kinds = new EnumMap<>(ChangeKind.class);
        Map<DomainId, Map<ChangeKind, Integer>> domains = new TreeMap<>();
        for (Change c : changes) {
            kinds.merge(c.kind(), 1, Integer::sum);
            c.domain().ifPresent(d -> domains.computeIfAbsent(d, k -> new EnumMap<>(ChangeKind.class))
                    .merge(c.kind(), 1, Integer::sum));
        }
        return new ChangeCounts(kinds, domains);
    }

    /** {@return the number of changes of a kind} */
    public int count(ChangeKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    /** {@return the number of changes} */
    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
