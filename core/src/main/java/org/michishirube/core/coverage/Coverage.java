package org.michishirube.core.coverage;

import java.util.List;

import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;

/**
 * The coverage of one curriculum against one framework version.
 *
 * @param curriculum the curriculum
 * @param version the framework version
 * @param targets every leaf target of the version, ordered by id
 * @param areas the share per area (top-level target), ordered by id
 * @param domains the share per domain, ordered by id
 * @param overall the share of the whole version
 * @param idleCourses the codes of the courses that address no target of this version, in curriculum order
 * @param matrix the courses × leaves matrix
 */
public record Coverage(CurriculumId curriculum, FrameworkVersionId version, List<TargetCoverage> targets, List<Share> areas,
                       List<Share> domains, Share overall, List<String> idleCourses, CoverageMatrix matrix) {

    public Coverage {
        targets = List.copyOf(targets);
        areas = List.copyOf(areas);
        domains = List.copyOf(domains);
        idleCourses = List.copyOf(idleCourses);
    }

    /** {@return the leaves no course addresses} */
    public List<TargetId> uncovered() {
        return targets.stream().filter(t -> !t.covered()).map(TargetCoverage::target).toList();
    }

    /** {@return the covered leaves that no course takes beyond "introduces"} */
    public List<TargetId> introducedOnly() {
        return targets.stream().filter(t -> t.depth().filter(Depth.INTRODUCES::equals).isPresent()).map(TargetCoverage::target).toList();
    }
}
