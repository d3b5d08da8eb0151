package org.michishirube.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.core.coverage.CoverageFixtures.course;
import static org.michishirube.core.coverage.CoverageFixtures.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.resource.LearningResource;
import org.michishirube.core.resource.ResourceKind;
import org.michishirube.core.resource.StepResources;
import org.michishirube.core.resource.StepResources.CourseMatch;
import org.michishirube.core.resource.StepResources.Fit;
import org.michishirube.core.resource.StepResources.Match;
import org.michishirube.core.resource.StepResources.ResourceMatch;

/** Where to learn a step (issue 18 item 5): public courses and registered resources by target and area, ranked; private curricula never. */
class StepResourcesTests {

    static final CompetencyGraph GRAPH = CompetencyGraph.assemble(
            List.of(new Credential(new CredentialId("x"), LocalizedText.of("資格", "Credential"), Optional.empty(), Optional.empty(),
                    LocalizedText.of("団体", "Body"), OptionalInt.empty(), CredentialKind.PRIVATE, Optional.empty(),
                    Optional.of(new FrameworkId("x")), List.of(), CoverageFixtures.SOURCE)),
            List.of(new Framework(new FrameworkId("x"), new CredentialId("x"), LocalizedText.of("枠組み", "Framework"), OptionalInt.empty())),
            List.of(CoverageFixtures.v1(), CoverageFixtures.v2()), List.of(), Map.of()).build();

    @Test
    void aStepListsPublicCoursesOfItsTargetBeforeThoseOfItsAreaAndNoPrivateOnes() {
        Curriculum open = CoverageFixtures.curriculum("u.open", course("A1", Mapping.of("x.a.s1", Depth.INTRODUCES)),
                course("A2", Mapping.of("x.a.t1", Depth.REINFORCES)), course("A3", Mapping.of("x.a.g", Depth.MASTERS)));
        Curriculum closed = new Curriculum(new CurriculumId("u.closed"), new InstitutionId("test-u"), LocalizedText.of("非公開", "Private"),
                Visibility.PRIVATE, 0, List.of(course("P1", Mapping.of("x.a.t1", Depth.MASTERS))));
        StepResources index = StepResources.of(GRAPH, List.of(open, closed), List.of(), 10);

        assertThat(index.of(id("x.a.t1"))).extracting(StepResourcesTests::describe)
                .containsExactly("u.open/A2 target R", "u.open/A3 area M", "u.open/A1 area I");
        assertThat(index.of(id("x.a.s1"))).extracting(StepResourcesTests::describe).containsExactly("u.open/A1 target I", "u.open/A3 area M");
        assertThat(index.of(id("x.b.p"))).isEmpty();
        assertThat(StepResources.of(GRAPH, List.of(open), List.of(), 2).of(id("x.a.t1"))).hasSize(2);
    }

    @Test
    void aRegisteredResourceOfAnAreaReachesEveryTargetBelowIt() {
        LearningResource book = resource("book", Depth.REINFORCES, "x.a.g");
        LearningResource seminar = resource("seminar", Depth.MASTERS, "x.a.t2");
        StepResources index = StepResources.of(GRAPH, List.of(), List.of(book, seminar), 10);

        assertThat(index.of(id("x.a.t2"))).extracting(StepResourcesTests::describe).containsExactly("seminar target M", "book area R");
        assertThat(index.of(id("x.a.s2"))).extracting(StepResourcesTests::describe).containsExactly("book area R");
        assertThat(index.of(id("x.b.s"))).isEmpty();
        // A volume for a whole domain is an area of each of its targets.
        LearningResource volume = new LearningResource("volume", LocalizedText.of("第2巻", "Volume 2"), ResourceKind.TEXTBOOK, List.of(),
                List.of(org.michishirube.core.model.DomainId.of("x.b")), Depth.INTRODUCES, Optional.empty(), OptionalInt.of(40), Optional.empty(), "ja",
                CoverageFixtures.SOURCE, Optional.empty());
        assertThat(StepResources.of(GRAPH, List.of(), List.of(volume), 10).of(id("x.b.s"))).extracting(StepResourcesTests::describe)
                .containsExactly("volume area I");
    }

    /** Seeded: every match is public, addresses the target or an area above it with that fit, appears once, and the list is ranked. */
    @Test
    void everyMatchIsPublicFitsAsItSaysAndTheListIsRanked() {
        long seed = Long.getLong("seed", System.nanoTime());
        Random random = new Random(seed);
        List<Target> targets = GRAPH.targets();
        for (int run = 0; run < 200; run++) {
            List<Curriculum> curricula = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                List<Course> courses = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    List<Mapping> mappings = new ArrayList<>();
                    targets.stream().filter(t -> random.nextInt(4) == 0).forEach(t -> mappings.add(new Mapping(t.id(),
                            Depth.values()[random.nextInt(3)], Optional.empty())));
                    courses.add(course("K" + k, mappings.toArray(Mapping[]::new)));
                }
                curricula.add(new Curriculum(new CurriculumId("u.c" + c), new InstitutionId("test-u"), LocalizedText.of("c", "c"),
                        random.nextBoolean() ? Visibility.PUBLIC : Visibility.PRIVATE, 0, courses));
            }
            StepResources index = StepResources.of(GRAPH, curricula, List.of(), 1000);
            for (Target t : targets) {
                List<Match> found = index.of(t.id());
                assertThat(found).as("-Dseed=%d", seed).isSortedAccordingTo(StepResources.RANKING).doesNotHaveDuplicates();
                for (Match m : found) {
                    CourseMatch c = (CourseMatch) m;
                    assertThat(c.curriculum().visibility()).as("-Dseed=%d", seed).isEqualTo(Visibility.PUBLIC);
                    boolean direct = c.course().mappings().stream().anyMatch(x -> x.target().equals(t.id()));
                    boolean above = c.course().mappings().stream().anyMatch(x -> GRAPH.ancestors(t.id()).contains(x.target()));
                    assertThat(c.fit()).as("-Dseed=%d", seed).isEqualTo(direct ? Fit.TARGET : Fit.AREA);
                    assertThat(direct || above).as("-Dseed=%d", seed).isTrue();
                }
                // Every public course mapping the target itself is there.
                long expected = curricula.stream().filter(c -> c.visibility() == Visibility.PUBLIC).flatMap(c -> c.courses().stream())
                        .filter(k -> k.mappings().stream().anyMatch(x -> x.target().equals(t.id()))).count();
                assertThat(found.stream().filter(m -> m.fit() == Fit.TARGET).count()).as("-Dseed=%d", seed).isEqualTo(expected);
            }
        }
    }

    private static LearningResource resource(String id, Depth depth, String target) {
        return new LearningResource(id, LocalizedText.of(id, id), ResourceKind.TEXTBOOK, List.of(TargetId.of(target)), List.of(), depth, Optional.empty(),
                OptionalInt.empty(), Optional.empty(), "ja", CoverageFixtures.SOURCE, Optional.empty());
    }

    private static String describe(Match m) {
        String what = m instanceof CourseMatch c ? c.curriculum().id().value() + "/" + c.course().code() : ((ResourceMatch) m).resource().id();
        return what + " " + m.fit().code() + " " + m.depth().name().charAt(0);
    }
}
