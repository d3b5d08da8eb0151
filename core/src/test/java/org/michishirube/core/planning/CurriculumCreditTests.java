package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.michishirube.core.testing.SampleGraphs.DB;
import static org.michishirube.core.testing.SampleGraphs.ETHICS;
import static org.michishirube.core.testing.SampleGraphs.HIT;
import static org.michishirube.core.testing.SampleGraphs.NET;
import static org.michishirube.core.testing.SampleGraphs.QR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Semester;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.Goal.CredentialGoal;
import org.michishirube.core.testing.SampleGraphs;

/** Levels from completed curricula, on the hand-built graph of {@link SampleGraphs} (net 8 h, db 6 h, ethics 4 h). */
class CurriculumCreditTests {

    static final PlanningOptions OPTIONS = PlanningOptions.defaults(LocalDate.of(2025, 4, 1));
    final CompetencyGraph graph = SampleGraphs.hospital();

    static Curriculum curriculum(String id, Course... courses) {
        return new Curriculum(new CurriculumId(id), new InstitutionId("test-u"), LocalizedText.of("課程", "Programme"), Visibility.PUBLIC, 1,
                List.of(courses));
    }

    static Course course(String code, Mapping... mappings) {
        return new Course(code, LocalizedText.of("科目", "Course"), 1, Semester.FIRST, OptionalInt.empty(), OptionalDouble.empty(),
                Optional.empty(), List.of(mappings));
    }

    static Mapping map(TargetId t, Depth d) {
        return new Mapping(t, d, Optional.empty());
    }

    @Test
    void depthsMapOntoTheDocumentedLevels() {
        assertThat(CurriculumCredit.level(Depth.INTRODUCES)).isEqualTo(1);
        assertThat(CurriculumCredit.level(Depth.REINFORCES)).isEqualTo(2);
        assertThat(CurriculumCredit.level(Depth.MASTERS)).isEqualTo(3);
    }

    @Test
    void theDeepestCourseWinsAndItsLevelIsEvidencedByInstitutionAndCourse() {
        Curriculum c = curriculum("test-u.rt-2025",
                course("RT-101", map(NET, Depth.INTRODUCES), map(ETHICS, Depth.REINFORCES)),
                course("RT-201", map(NET, Depth.MASTERS)),
                course("RT-301", map(TargetId.of("hit.retired.topic"), Depth.MASTERS)));
        CurriculumCredit.Credited credited = CurriculumCredit.apply(graph, LearnerProfile.beginner(5), List.of(new CompletedCurriculum(c, 2025)));

        assertThat(credited.profile().mastered()).containsExactlyInAnyOrderEntriesOf(Map.of(NET, 3, ETHICS, 2));
        assertThat(credited.profile().isSelfAssessed(NET)).isFalse();
        assertThat(credited.profile().evidence().get(NET)).isEqualTo("test-u test-u.rt-2025 RT-201 (masters, 2025)");
        assertThat(credited.credited()).extracting(CurriculumLevel::target, CurriculumLevel::course, CurriculumLevel::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NET, "RT-201", 3), org.assertj.core.groups.Tuple.tuple(ETHICS, "RT-101", 2));
    }

    @Test
    void aMappingToAnInnerTargetReachesTheTargetsBelowIt() {
        Curriculum c = curriculum("test-u.c", course("C-1", map(TargetId.of("hit.it"), Depth.REINFORCES)));
        CurriculumCredit.Credited credited = CurriculumCredit.apply(graph, LearnerProfile.beginner(5), List.of(new CompletedCurriculum(c, 2025)));
        assertThat(credited.profile().mastered()).containsEntry(NET, 2).containsEntry(DB, 2).doesNotContainKey(ETHICS);
    }

    @Test
    void aLevelTheLearnerSetIsNeverLowered() {
        LearnerProfile own = LearnerProfile.beginner(5).withMastered(NET, 4).withMastered(DB, 1);
        Curriculum c = curriculum("test-u.a", course("A-1", map(NET, Depth.MASTERS), map(DB, Depth.REINFORCES)));
        CurriculumCredit.Credited credited = CurriculumCredit.apply(graph, own, List.of(new CompletedCurriculum(c, 2024)));

        assertThat(credited.profile().mastered()).containsEntry(NET, 4).containsEntry(DB, 2);
        // NET stays the learner's own, self-assessed level; only DB was raised by the course.
        assertThat(credited.profile().isSelfAssessed(NET)).isTrue();
        assertThat(credited.credited()).extracting(CurriculumLevel::target).containsExactly(DB);
    }

    @Test
    void aHitPlanShrinksByTheHoursOfWhatTheCurriculumCoversAtExamLevel() {
        // db reinforced (level 2 = the exam level) spares its 6 h; net introduced (level 1) spares half of 8 h.
        Curriculum c = curriculum("test-u.b", course("B-1", map(DB, Depth.REINFORCES), map(NET, Depth.INTRODUCES)));
        LearnerProfile graduate = CurriculumCredit.apply(graph, LearnerProfile.beginner(5), List.of(new CompletedCurriculum(c, 2025))).profile();
        LearningPathPlanner planner = LearningPathPlanner.topological();
        int none = ((PlanOutcome.Planned) planner.plan(graph, LearnerProfile.beginner(5), CredentialGoal.of(HIT), OPTIONS)).plan().totalHours();
        int withCurriculum = ((PlanOutcome.Planned) planner.plan(graph, graduate, CredentialGoal.of(HIT), OPTIONS)).plan().totalHours();
        assertThat(none - withCurriculum).isEqualTo(6 + 4);
    }

    @Test
    void aCompletedCurriculumNeedsTheCurriculum() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CompletedCurriculum(null, 2025));
    }

    /** Random curricula over the sample graph: levels only rise, each credited level is the deepest depth's, plans never grow. */
    @Test
    void creditingOnlyRaisesLevelsAndNeverLengthensAPlan() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<TargetId> targets = List.of(NET, DB, ETHICS, QR);
        LearningPathPlanner planner = LearningPathPlanner.topological();
        for (int run = 0; run < 200; run++) {
            LearnerProfile own = LearnerProfile.beginner(5);
            for (TargetId t : targets) {
                if (random.nextBoolean()) {
                    own = own.withMastered(t, random.nextInt(5));
                }
            }
            List<Course> courses = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                List<Mapping> mappings = new ArrayList<>();
                for (TargetId t : targets) {
                    if (random.nextInt(3) == 0) {
                        mappings.add(map(t, Depth.values()[random.nextInt(3)]));
                    }
                }
                courses.add(course("C-" + k, mappings.toArray(Mapping[]::new)));
            }
            Curriculum c = curriculum("test-u.r" + run, courses.toArray(Course[]::new));
            CurriculumCredit.Credited credited = CurriculumCredit.apply(graph, own, List.of(new CompletedCurriculum(c, 2025)));
            for (TargetId t : targets) {
                int deepest = c.courses().stream().flatMap(x -> x.mappings().stream()).filter(m -> m.target().equals(t))
                        .mapToInt(m -> CurriculumCredit.level(m.depth())).max().orElse(0);
                int before = own.mastered().getOrDefault(t, 0);
                assertThat(credited.profile().mastered().getOrDefault(t, 0)).as("seed %d target %s", seed, t)
                        .isEqualTo(Math.max(before, deepest));
            }
            for (Goal goal : List.<Goal>of(CredentialGoal.of(HIT), new Goal.RoleGoal(SampleGraphs.PACS_ADMIN))) {
                PlanOutcome a = planner.plan(graph, own, goal, OPTIONS);
                PlanOutcome b = planner.plan(graph, credited.profile(), goal, OPTIONS);
                if (a instanceof PlanOutcome.Planned pa && b instanceof PlanOutcome.Planned pb) {
                    assertThat(pb.plan().totalHours()).as("seed %d", seed).isLessThanOrEqualTo(pa.plan().totalHours());
                } else if (a instanceof PlanOutcome.AlreadyReached) {
                    assertThat(b).as("seed %d", seed).isInstanceOf(PlanOutcome.AlreadyReached.class);
                }
            }
        }
    }
}
