package org.michishirube.core.planning;

import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.model.TargetId;

/**
 * One level a completed curriculum gave a learner: the target, the level its deepest course implies, and the course that
 * evidences it.
 *
 * @param target the target credited
 * @param level the level credited, from {@link CurriculumCredit#level(Depth)}
 * @param depth the depth of the course that gave the level
 * @param curriculum the curriculum
 * @param institution the institution that owns it
 * @param course the course code
 * @param completed the year the curriculum was completed
 */
public record CurriculumLevel(TargetId target, int level, Depth depth, CurriculumId curriculum, InstitutionId institution, String course,
                              int completed) {

    /** {@return the evidence text recorded in the profile: institution, curriculum, course and year} */
    public String evidence() {
        return institution.value() + " " + curriculum.value() + " " + course + " (" + depth.code() + ", " + completed + ")";
    }
}
