package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.planning.Goal.CredentialGoal;
import org.michishirube.core.testing.SampleGraphs;

/**
 * Subject strategies on the hospital sample graph, whose HIT exam has two subjects: hit.it (net 8 h, db 6 h) and
 * hit.med (ethics 4 h). Yearly sittings on 24 August with applications until 30 June; dates worked out by hand.
 */
class SubjectStrategiesTests {

    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    static final CredentialId HIT = new CredentialId("hit");
    static final DomainId IT = new DomainId("hit.it");
    static final DomainId MED = new DomainId("hit.med");

    final CompetencyGraph graph = SampleGraphs.hospital();
    final LearningPathPlanner planner = LearningPathPlanner.topological();

    static SittingCalendar calendar(boolean cancel2025) {
        List<ExamSitting> sittings = new ArrayList<>();
        for (int y = 2025; y <= 2030; y++) {
            ExamSitting s = ExamSchedulingTests.yearly(HIT, y);
            sittings.add(y == 2025 && cancel2025 ? new ExamSitting(HIT, y, s.stages(), false, true, s.provenance(), Optional.empty()) : s);
        }
        return SittingCalendar.of(sittings, List.of(new ExamSubjects(HIT, List.of(IT, MED), 2)));
    }

    List<SubjectStrategy> strategies(LearnerProfile profile, SittingCalendar calendar) {
        PlanningOptions options = PlanningOptions.defaults(TODAY).withSittings(calendar);
        LearningPlan plan = ((PlanOutcome.Planned) planner.plan(graph, profile, CredentialGoal.of(HIT), options)).plan();
        Milestone.Exam exam = (Milestone.Exam) plan.milestones().get(0);
        return SubjectStrategies.of(graph, profile, plan, exam, options);
    }

    @Test
    void aBeginnerSitsBothSubjectsAtOnceByDefaultAndMaySplitThemOverTwoYears() {
        // 1 h a week: all 18 h are done on 2025-08-05, in time for 2025-08-24. Split, hit.it (14 h) is done on 2025-07-08
        // and sat in 2025, hit.med on 2026-08-24 (the 2025 sitting is taken). med first ties and loses on subject order.
        List<SubjectStrategy> strategies = strategies(LearnerProfile.beginner(1), calendar(false));

        assertThat(strategies).extracting(SubjectStrategy::kind)
                .containsExactly(SubjectStrategy.Kind.ALL_AT_ONCE, SubjectStrategy.Kind.SPLIT);
        SubjectStrategy all = strategies.get(0);
        assertThat(all.completes()).isEqualTo(LocalDate.of(2025, 8, 24));
        assertThat(all.parts()).singleElement().satisfies(p -> {
            assertThat(p.subjects()).containsExactly(IT, MED);
            assertThat(p.hours()).isEqualTo(18);
            assertThat(p.ready()).isEqualTo(LocalDate.of(2025, 8, 5));
        });
        assertThat(all.weeks()).isEqualTo(21);
        assertThat(all.sittings()).isEqualTo(1);
        SubjectStrategy split = strategies.get(1);
        assertThat(split.parts()).extracting(SubjectStrategy.Part::subjects).containsExactly(List.of(IT), List.of(MED));
        assertThat(split.parts()).extracting(p -> p.sitting().examDay())
                .containsExactly(LocalDate.of(2025, 8, 24), LocalDate.of(2026, 8, 24));
        assertThat(split.parts()).extracting(SubjectStrategy.Part::ready)
                .containsExactly(LocalDate.of(2025, 7, 8), LocalDate.of(2025, 8, 5));
        assertThat(split.hours()).isEqualTo(18);
        assertThat(split.weeks()).isEqualTo(73); // 510 days
        assertThat(SubjectStrategy.Kind.ALL_AT_ONCE.code()).isEqualTo("all-at-once");
    }

    @Test
    void aPassedSubjectIsBankedAndTheRestIsSatAtTheNextSitting() {
        LearnerProfile profile = LearnerProfile.beginner(1).withSubjectPass(new SubjectPass(HIT, IT, 2024));
        List<SubjectStrategy> strategies = strategies(profile, calendar(false));

        assertThat(strategies).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SubjectStrategy.Kind.SPLIT);
            assertThat(s.banked()).containsExactly(new SubjectPass(HIT, IT, 2024));
            assertThat(s.parts()).singleElement().satisfies(p -> {
                assertThat(p.subjects()).containsExactly(MED);
                assertThat(p.hours()).isEqualTo(4);
            });
            assertThat(s.completes()).isEqualTo(LocalDate.of(2025, 8, 24));
            assertThat(s.sittings()).isEqualTo(2);
        });
    }

    @Test
    void noStrategyWhenABankedPassRunsOutOfCreditOrSubjectsAreNotSeparate() {
        // Passed in 2023: in credit in 2025, but the 2025 sitting is cancelled and 2026 is three years on.
        LearnerProfile profile = LearnerProfile.beginner(1).withSubjectPass(new SubjectPass(HIT, IT, 2023));
        assertThat(strategies(profile, calendar(true))).isEmpty();
        // Without a subject rule there is nothing to choose.
        assertThat(strategies(LearnerProfile.beginner(1), ExamSchedulingTests.calendar(HIT, 2025, 2030))).isEmpty();
        assertThatThrownBy(() -> new ExamSubjects(HIT, List.of(IT), 2)).hasMessageContaining("two or more");
        assertThatThrownBy(() -> new ExamSubjects(HIT, List.of(IT, MED), 0)).hasMessageContaining("at least a year");
        assertThat(calendar(false)).isEqualTo(calendar(false)).hasSameHashCodeAs(calendar(false));
    }
}
