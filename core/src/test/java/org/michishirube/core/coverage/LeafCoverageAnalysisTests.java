package org.michishirube.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.michishirube.core.coverage.CoverageFixtures.course;
import static org.michishirube.core.coverage.CoverageFixtures.curriculum;
import static org.michishirube.core.coverage.CoverageFixtures.id;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.TargetId;

/** Every expected figure below is worked out by hand from the trees drawn in {@link CoverageFixtures}. */
class LeafCoverageAnalysisTests {

    private final CoverageAnalysis analysis = CoverageAnalysis.leaves();

    /**
     * C1 maps the SBO x.a.s1 at I (so both its topics) and x.a.t1 at M; C2 maps x.a.t2 at R and the v1 id x.b.old at I;
     * C3 maps nothing; C4 maps only a target of another framework.
     */
    static Curriculum sample() {
        return curriculum("sample",
                course("C1", Mapping.of("x.a.s1", Depth.INTRODUCES), Mapping.of("x.a.t1", Depth.MASTERS)),
                course("C2", Mapping.of("x.a.t2", Depth.REINFORCES), Mapping.of("x.b.old", Depth.INTRODUCES)),
                course("C3"),
                course("C4", Mapping.of("y.z.other", Depth.MASTERS)));
    }

    @Test
    void leavesTakeTheDeepestDepthOfAnyCourseAndInheritFromInnerTargets() {
        Coverage c = analysis.analyse(sample(), CoverageFixtures.v2());
        Map<TargetId, TargetCoverage> t = c.targets().stream().collect(Collectors.toMap(TargetCoverage::target, Function.identity()));
        // Seven leaves; the inner targets x.a.g, x.a.s1 and x.b.g are not counted.
        assertThat(c.targets()).extracting(TargetCoverage::target)
                .containsExactly(id("x.a.s2"), id("x.a.t1"), id("x.a.t2"), id("x.b.new"), id("x.b.p"), id("x.b.q"), id("x.b.s"));
        assertThat(t.get(id("x.a.t1")).depth()).contains(Depth.MASTERS);
        assertThat(t.get(id("x.a.t1")).courses()).containsExactly("C1");
        assertThat(t.get(id("x.a.t2")).depth()).contains(Depth.REINFORCES);
        assertThat(t.get(id("x.a.t2")).courses()).containsExactly("C1", "C2");
        // x.b.old was split into x.b.p and x.b.q: the old mapping carries over to both.
        assertThat(t.get(id("x.b.p")).depth()).contains(Depth.INTRODUCES);
        assertThat(t.get(id("x.b.q")).courses()).containsExactly("C2");
        assertThat(t.get(id("x.a.s2")).covered()).isFalse();
        assertThat(t.get(id("x.b.s")).hours()).as("no estimate weighs 1 hour").isEqualTo(1);
        assertThat(c.uncovered()).containsExactly(id("x.a.s2"), id("x.b.new"), id("x.b.s"));
        assertThat(c.introducedOnly()).containsExactly(id("x.b.p"), id("x.b.q"));
        assertThat(c.idleCourses()).containsExactly("C3", "C4");
    }

    @Test
    void sharesPerAreaDomainAndVersionCountLeavesAndTheirHours() {
        Coverage c = analysis.analyse(sample(), CoverageFixtures.v2());
        // x.a: t1 3h, t2 1h covered; s2 3h not → 2 of 3, 4 of 7 hours.
        // x.b: p 2h, q 2h covered; s 1h, new 4h not → 2 of 4, 4 of 9 hours.
        assertThat(c.domains()).containsExactly(
                new Share("x.a", c.domains().get(0).name(), 3, 2, 7, 4),
                new Share("x.b", c.domains().get(1).name(), 4, 2, 9, 4));
        assertThat(c.areas()).extracting(Share::id, Share::targets, Share::covered, Share::hours, Share::coveredHours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x.a.g", 3, 2, 7, 4), org.assertj.core.groups.Tuple.tuple("x.b.g", 4, 2, 9, 4));
        assertThat(c.overall()).extracting(Share::id, Share::targets, Share::covered, Share::hours, Share::coveredHours)
                .containsExactly("x@v2", 7, 4, 16, 8);
        assertThat(c.domains().get(0).share()).isEqualTo(2.0 / 3);
        assertThat(c.domains().get(1).hourShare()).isEqualTo(4.0 / 9);
        assertThat(c.overall().hourShare()).isEqualTo(0.5);
    }

    @Test
    void theSameMappingsResolvePerVersion() {
        Coverage c = analysis.analyse(sample(), CoverageFixtures.v1());
        // v1 has x.b.old itself (3h) and no x.b.p/q/new; x.a.s2 weighs 2h there.
        assertThat(c.targets()).hasSize(5);
        assertThat(c.overall()).extracting(Share::targets, Share::covered, Share::hours, Share::coveredHours).containsExactly(5, 3, 10, 7);
        assertThat(c.domains()).extracting(Share::id, Share::covered, Share::targets).containsExactly(
                org.assertj.core.groups.Tuple.tuple("x.a", 2, 3), org.assertj.core.groups.Tuple.tuple("x.b", 1, 2));
        assertThat(c.introducedOnly()).containsExactly(id("x.b.old"));
    }

    @Test
    void theMatrixHoldsEachCoursesEffectiveDepthPerLeaf() {
        CoverageMatrix m = analysis.analyse(sample(), CoverageFixtures.v2()).matrix();
        assertThat(m.courses()).containsExactly("C1", "C2", "C3", "C4");
        assertThat(m.targets()).hasSize(7);
        assertThat(m.cell("C1", id("x.a.t1"))).contains(Depth.MASTERS);
        assertThat(m.cell("C1", id("x.a.t2"))).contains(Depth.INTRODUCES);
        assertThat(m.cell("C2", id("x.a.t2"))).contains(Depth.REINFORCES);
        assertThat(m.cell("C2", id("x.a.t1"))).isEmpty();
        assertThat(m.cell("C3", id("x.a.t1"))).isEmpty();
        long filled = m.courses().stream().mapToLong(course -> m.targets().stream().filter(t -> m.cell(course, t).isPresent()).count()).sum();
        assertThat(filled).as("C1: t1, t2; C2: t2, p, q").isEqualTo(5);
    }

    @Test
    void anEmptyCurriculumCoversNothingAndEveryCourseIsIdle() {
        Coverage c = analysis.analyse(curriculum("empty", course("A")), CoverageFixtures.v2());
        assertThat(c.overall().covered()).isZero();
        assertThat(c.overall().share()).isZero();
        assertThat(c.uncovered()).hasSize(7);
        assertThat(c.idleCourses()).containsExactly("A");
        assertThat(analysis.analyse(curriculum("none"), CoverageFixtures.v2()).overall().hourShare()).isZero();
    }

    @Test
    void coursesAndCurriculaRejectWhatCannotBeMeasured() {
        assertThatThrownBy(() -> course("C1", Mapping.of("x.a.t1", Depth.MASTERS), Mapping.of("x.a.t1", Depth.INTRODUCES)))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> curriculum("dup", course("C1"), course("C1"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> course("bad code!")).hasMessageContaining("malformed");
        assertThat(Depth.parse("M")).contains(Depth.MASTERS);
        assertThat(Depth.parse(" reinforces ")).contains(Depth.REINFORCES);
        assertThat(Depth.parse("導入")).contains(Depth.INTRODUCES);
        assertThat(Depth.parse("deep")).isEmpty();
        assertThat(Semester.parse("後期")).contains(Semester.SECOND);
        assertThat(Optional.of(Depth.INTRODUCES.deeper(Depth.MASTERS))).contains(Depth.MASTERS);
        assertThat(List.of(Depth.values())).containsExactly(Depth.INTRODUCES, Depth.REINFORCES, Depth.MASTERS);
    }
}
