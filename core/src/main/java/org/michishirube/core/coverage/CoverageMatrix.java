package org.michishirube.core.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.model.TargetId;

/**
 * Courses × leaf targets: the depth at which each course addresses each leaf, directly or through a mapping to a target
 * above it.
 *
 * @param courses course codes, in curriculum order
 * @param targets leaf target ids, ordered by id
 * @param cells course code → leaf → depth; absent where the course does not address the leaf
 */
public record CoverageMatrix(List<String> courses, List<TargetId> targets, Map<String, Map<TargetId, Depth>> cells) {

    public CoverageMatrix {
        courses = List.copyOf(courses);
        targets = List.copyOf(targets);
        Map<String, Map<TargetId, Depth>> copy = new LinkedHashMap<>();
        cells.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    /** {@return the depth at which a course addresses a leaf} */
    public Optional<Depth> cell(String course, TargetId target) {
        return Optional.ofNullable(cells.getOrDefault(course, Map.of()).get(target));
    }
}
