package org.michishirube.core.coverage;

import java.util.List;
import java.util.Optional;

import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/**
 * How a curriculum covers one leaf target of a framework version.
 *
 * @param target the leaf target
 * @param name its name
 * @param domain its domain
 * @param area the top-level target (GIO) above it; itself when it is one
 * @param hours its study hours, the weight in hour-weighted shares
 * @param depth the deepest depth any course reaches; empty when uncovered
 * @param courses the codes of the courses that address it, in curriculum order
 */
public record TargetCoverage(TargetId target, LocalizedText name, DomainId domain, TargetId area, int hours, Optional<Depth> depth,
                             List<String> courses) {

    public TargetCoverage {
        courses = List.copyOf(courses);
        if (depth.isPresent() == courses.isEmpty()) {
            throw new IllegalArgumentException(target + ": a depth needs courses and courses need a depth");
        }
    }

    public boolean covered() {
        return depth.isPresent();
    }
}
