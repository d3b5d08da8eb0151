package org.michishirube.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.michishirube.core.coverage.CoverageFixtures.course;
import static org.michishirube.core.coverage.CoverageFixtures.curriculum;
import static org.michishirube.core.coverage.CoverageFixtures.id;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.core.coverage.CoverageComparison.Change;

class CoverageComparisonTests {

    private final CoverageAnalysis analysis = CoverageAnalysis.leaves();

    @Test
    void theTargetsThatMoveTheFiguresAreTheAddedRetiredAndReweighted() {
        Curriculum c = LeafCoverageAnalysisTests.sample();
        CoverageComparison cmp = CoverageComparison.of(analysis.analyse(c, CoverageFixtures.v1()), analysis.analyse(c, CoverageFixtures.v2()));
        // x.a.s2 went from 2h to 3h; x.b.old left; x.b.p, x.b.q and x.b.new arrived. t1, t2 and x.b.s are unchanged.
        assertThat(cmp.movers()).extracting(m -> m.target().value(), CoverageComparison.TargetShift::change).containsExactly(
                tuple("x.a.s2", Change.REWEIGHTED), tuple("x.b.new", Change.ADDED), tuple("x.b.old", Change.RETIRED),
                tuple("x.b.p", Change.ADDED), tuple("x.b.q", Change.ADDED));
        CoverageComparison.TargetShift old = cmp.movers().get(2);
        assertThat(old.before().orElseThrow().covered()).isTrue();
        assertThat(old.after()).isEmpty();
        // x.b: 1 of 2 leaves (3 of 4 hours) before; 2 of 4 leaves (4 of 9 hours) after.
        assertThat(cmp.domains()).extracting(CoverageComparison.DomainShift::domain,
                        d -> d.before().orElseThrow().covered() + "/" + d.before().orElseThrow().targets(),
                        d -> d.after().orElseThrow().coveredHours() + "/" + d.after().orElseThrow().hours())
                .containsExactly(tuple("x.a", "2/3", "4/7"), tuple("x.b", "1/2", "4/9"));
    }

    @Test
    void aLeafWhoseOnlyMappingDoesNotCarryOverIsLost() {
        Curriculum c = curriculum("lost", course("K", Mapping.of("x.b.s", Depth.MASTERS)));
        // Same id in both versions: no change in coverage, so x.b.s is not a mover.
        CoverageComparison cmp = CoverageComparison.of(analysis.analyse(c, CoverageFixtures.v1()), analysis.analyse(c, CoverageFixtures.v2()));
        assertThat(cmp.movers()).extracting(m -> m.target().value()).doesNotContain("x.b.s");
        // Mapped to the new id only: covered after, absent before.
        Curriculum n = curriculum("new", course("K", Mapping.of("x.b.p", Depth.MASTERS)));
        CoverageComparison cmp2 = CoverageComparison.of(analysis.analyse(n, CoverageFixtures.v1()), analysis.analyse(n, CoverageFixtures.v2()));
        assertThat(cmp2.movers()).filteredOn(m -> m.target().equals(id("x.b.p"))).singleElement()
                .satisfies(m -> assertThat(m.after().orElseThrow().depth()).contains(Depth.MASTERS));
        assertThat(cmp2.from().idleCourses()).containsExactly("K");
        assertThat(cmp2.to().idleCourses()).isEmpty();
    }

    @Test
    void onlyCoveragesOfOneCurriculumAndOneFrameworkCompare() {
        Coverage a = analysis.analyse(LeafCoverageAnalysisTests.sample(), CoverageFixtures.v2());
        Coverage b = analysis.analyse(curriculum("other"), CoverageFixtures.v2());
        assertThatThrownBy(() -> CoverageComparison.of(a, b)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBenchmarkRanksCurriculaAndSpreadsEachDomain() {
        Curriculum a = LeafCoverageAnalysisTests.sample();
        Curriculum b = curriculum("b", course("B1", Mapping.of("x.b.g", Depth.MASTERS)));
        Curriculum c = curriculum("c", course("C1"));
        Benchmark bm = Benchmark.of(CoverageFixtures.v2(), List.of(c, b, a), analysis);
        // Overall: sample 4/7, b 4/7 (all four x.b leaves), c 0/7; ties go by id.
        assertThat(bm.entries()).extracting(e -> e.curriculum().value()).containsExactly("b", "sample", "c");
        // x.a shares: sample 2/3, b 0, c 0 → min 0, median 0, max 2/3. x.b: sample 1/2, b 1, c 0 → 0, 1/2, 1.
        assertThat(bm.domains()).extracting(Benchmark.Spread::domain, Benchmark.Spread::min, Benchmark.Spread::median, Benchmark.Spread::max)
                .containsExactly(tuple("x.a", 0.0, 0.0, 2.0 / 3), tuple("x.b", 0.0, 0.5, 1.0));
        Benchmark two = Benchmark.of(CoverageFixtures.v2(), List.of(a, b), analysis);
        assertThat(two.domains().get(1).median()).as("even count: mean of the middle two").isEqualTo(0.75);
    }
}
