package org.michishirube.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.core.coverage.CoverageFixtures.course;
import static org.michishirube.core.coverage.CoverageFixtures.curriculum;
import static org.michishirube.core.coverage.CoverageFixtures.id;

import org.junit.jupiter.api.Test;

class CurriculumTests {

    @Test
    void aTargetTwoCoursesMapIsAddressedOnceAndCoursesWithoutMappingsAddNothing() {
        Curriculum c = curriculum("u",
                course("C1", Mapping.of("x.a.s1", Depth.INTRODUCES), Mapping.of("x.a.t1", Depth.MASTERS)),
                course("C2", Mapping.of("x.a.s1", Depth.REINFORCES)),
                course("C3"));

        assertThat(c.addressedTargets()).containsExactlyInAnyOrder(id("x.a.s1"), id("x.a.t1"));
        assertThat(curriculum("empty", course("C1")).addressedTargets()).isEmpty();
    }
}
