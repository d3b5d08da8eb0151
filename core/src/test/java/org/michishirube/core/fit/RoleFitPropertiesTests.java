package org.michishirube.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.Attainment;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.LearningPathPlanner;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.testing.RandomGraphs;
import org.michishirube.core.testing.RandomProfiles;

/** Properties of role fit; QuickTheories draws the seeds from a fixed seed so CI is deterministic. */
class RoleFitPropertiesTests {

    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    static final PlanningOptions OPTIONS = PlanningOptions.defaults(TODAY);

    final RoleFit fit = RoleFit.weightedCoverage();

    RoleFitRanking rank(CompetencyGraph graph, LearnerProfile profile, FitScope scope) {
        FitOutcome outcome = fit.rank(graph, profile, scope, OPTIONS);
        assertThat(outcome).isInstanceOf(FitOutcome.Ranked.class);
        return ((FitOutcome.Ranked) outcome).ranking();
    }

    @Test
    void scoresLieInTheUnitIntervalAndAreOneWhenNothingIsMissing() {
        qt().withFixedSeed(20250401L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            CompetencyGraph graph = RandomGraphs.small(seed);
            LearnerProfile profile = RandomProfiles.generate(new Random(seed), graph, TODAY);
            RoleFitRanking ranking = rank(graph, profile, FitScope.allRoles());
            assertThat(ranking.entries()).hasSize(graph.roles().size());
            for (RoleFitRanking.Entry e : ranking.entries()) {
                assertThat(e.score()).isBetween(0.0, 1.0);
                if (e.missing().isEmpty()) {
                    assertThat(e.score()).isEqualTo(1.0);
                    assertThat(e.hoursToClose()).isZero();
                }
            }
            assertThat(ranking.entries()).isSortedAccordingTo(RoleFitRanking.ORDER);
        });
    }

    @Test
    void raisingALevelNeverLowersAScoreNorRaisesTheHours() {
        qt().withFixedSeed(42L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            CompetencyGraph graph = RandomGraphs.small(seed);
            Random random = new Random(seed);
            LearnerProfile profile = RandomProfiles.generate(random, graph, TODAY);
            List<Target> targets = graph.targets();
            TargetId raised = targets.get(random.nextInt(targets.size())).id();
            int level = Math.max(profile.mastered().getOrDefault(raised, 0), 1 + random.nextInt(Need.MAX_LEVEL));
            LearnerProfile more = profile.withMastered(raised, level);

            Map<RoleId, RoleFitRanking.Entry> before = byRole(rank(graph, profile, FitScope.allRoles()));
            Map<RoleId, RoleFitRanking.Entry> after = byRole(rank(graph, more, FitScope.allRoles()));
            before.forEach((role, entry) -> {
                assertThat(after.get(role).score()).as("score of %s", role).isGreaterThanOrEqualTo(entry.score());
                assertThat(after.get(role).hoursToClose()).as("hours of %s", role).isLessThanOrEqualTo(entry.hoursToClose());
            });
        });
    }

    @Test
    void aSecondCareerRanksExactlyTheRolesOfOtherFamilies() {
        qt().withFixedSeed(7L).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            CompetencyGraph graph = RandomGraphs.small(seed);
            LearnerProfile profile = RandomProfiles.generate(new Random(seed), graph, TODAY);
            Role current = graph.roles().get(0);
            RoleFitRanking ranking = rank(graph, profile, FitScope.SecondCareer.from(Set.of(current.id())));
            assertThat(ranking.entries()).extracting(RoleFitRanking.Entry::role).containsExactlyInAnyOrderElementsOf(
                    graph.roles().stream().filter(r -> !r.family().equals(current.family())).map(Role::id).toList());
        });
    }

    @Test
    void aSecondCareerRanksAsIfTheLearnerRatedTheCurrentRolesNeedsThemselves() {
        qt().withFixedSeed(11L).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            CompetencyGraph graph = RandomGraphs.small(seed);
            LearnerProfile profile = RandomProfiles.generate(new Random(seed), graph, TODAY);
            Role current = graph.roles().get(0);
            // Raise every need of the current role to its level by hand; levels already higher stay.
            Attainment before = Attainment.of(graph, profile, OPTIONS);
            LearnerProfile rated = profile;
            Map<TargetId, Integer> raised = new HashMap<>();
            for (Need need : current.needs()) {
                if (before.level(need.target()) < need.level()) {
                    rated = rated.withMastered(need.target(), need.level());
                    raised.put(need.target(), need.level());
                }
            }
            RoleFitRanking second = rank(graph, profile, FitScope.SecondCareer.from(Set.of(current.id())));
            List<RoleFitRanking.Entry> expected = rank(graph, rated, FitScope.allRoles()).entries().stream()
                    .filter(e -> !e.family().equals(current.family())).toList();
            assertThat(second.credited()).isEqualTo(raised);
            assertThat(second.entries()).isEqualTo(expected);
            // Crediting never makes a role look worse than without it.
            Map<RoleId, RoleFitRanking.Entry> plain = byRole(rank(graph, profile, FitScope.allRoles()));
            second.entries().forEach(e -> assertThat(e.score()).isGreaterThanOrEqualTo(plain.get(e.role()).score()));
        });
    }

    @Test
    void theHoursToCloseAreThoseOfThePlannersPlan() {
        LearningPathPlanner planner = LearningPathPlanner.topological();
        qt().withFixedSeed(99L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            CompetencyGraph graph = RandomGraphs.small(seed);
            LearnerProfile profile = RandomProfiles.generate(new Random(seed), graph, TODAY);
            for (RoleFitRanking.Entry e : rank(graph, profile, FitScope.allRoles()).entries()) {
                PlanOutcome plan = planner.plan(graph, profile, new Goal.RoleGoal(e.role()), OPTIONS.withAlternatives(0));
                int hours = plan instanceof PlanOutcome.Planned p ? p.plan().totalHours() : 0;
                assertThat(e.hoursToClose()).as("hours of %s", e.role()).isEqualTo(hours);
            }
        });
    }

    static Map<RoleId, RoleFitRanking.Entry> byRole(RoleFitRanking ranking) {
        Map<RoleId, RoleFitRanking.Entry> map = new HashMap<>();
        ranking.entries().forEach(e -> map.put(e.role(), e));
        return map;
    }
}
