package org.michishirube.core.planning;

import org.michishirube.core.coverage.Curriculum;

/**
 * A curriculum a learner completed, and the year they completed it: the evidence behind the levels
 * {@link CurriculumCredit} credits.
 *
 * @param curriculum the curriculum, already checked as one the caller may see
 * @param completed the year of completion
 */
public record CompletedCurriculum(Curriculum curriculum, int completed) {

    public CompletedCurriculum {
        if (curriculum == null) {
            throw new IllegalArgumentException("a completed curriculum needs the curriculum");
        }
    }
}
