package org.michishirube.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.michishirube.core.fit.FitOutcome;
import org.michishirube.core.fit.FitScope;
import org.michishirube.core.fit.RoleFit;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.planning.LearningPathPlanner;

class RandomGraphsTests {

    @Test
    void theSameSeedGivesTheSameGraph() {
        for (long seed = 0; seed < 50; seed++) {
            CompetencyGraph a = RandomGraphs.small(seed);
            CompetencyGraph b = RandomGraphs.small(seed);
            assertThat(b.targets()).isEqualTo(a.targets());
            assertThat(b.credentials()).isEqualTo(a.credentials());
            assertThat(b.roles()).isEqualTo(a.roles());
            a.targets().forEach(t -> assertThat(b.prerequisites(t.id())).isEqualTo(a.prerequisites(t.id())));
        }
    }

    @Test
    void escoShapesHaveEscosScale() {
        CompetencyGraph esco = RandomGraphs.generate(1, RandomGraphs.Shape.esco());
        assertThat(esco.targets()).hasSize(14_000);
        assertThat(esco.roles()).hasSize(3_000);
        int needs = esco.roles().stream().mapToInt(r -> r.needs().size()).sum();
        assertThat(needs).isEqualTo(3_000 * 40);
        assertThat(esco.prerequisiteCount()).isBetween(12_000, 15_000);
        assertThat(needs + esco.prerequisiteCount()).isBetween(125_000, 140_000);

        CompetencyGraph dense = RandomGraphs.generate(1, RandomGraphs.Shape.escoDense());
        assertThat(dense.targets()).hasSize(14_000);
        assertThat(dense.roles()).hasSize(3_000);
        assertThat(dense.prerequisiteCount()).isBetween(120_000, 135_000);
    }

    @Test
    void escoScaleGraphsBuildAndPlanQuickly() {
        long start = System.nanoTime();
        CompetencyGraph graph = RandomGraphs.generate(1, RandomGraphs.Shape.escoDense());
        long built = System.nanoTime();

        LocalDate today = LocalDate.of(2025, 4, 1);
        PlanningOptions options = PlanningOptions.defaults(today);
        LearnerProfile profile = RandomProfiles.generate(new Random(1), graph, today);
        LearningPathPlanner planner = LearningPathPlanner.topological();
        PlanOutcome credential = planner.plan(graph, profile, Goal.CredentialGoal.of(CredentialId.of("c19")), options);
        PlanOutcome role = planner.plan(graph, profile, new Goal.RoleGoal(RoleId.of("r2999")), options);
        long planned = System.nanoTime();
        FitOutcome fit = RoleFit.weightedCoverage().rank(graph, profile, FitScope.allRoles(), options);
        long ranked = System.nanoTime();
        System.out.printf("ESCO-scale: build %d ms, two plans %d ms, fit of 3,000 roles %d ms; edges %d%n",
                (built - start) / 1_000_000, (planned - built) / 1_000_000, (ranked - planned) / 1_000_000,
                graph.prerequisiteCount());

        assertThat(credential).isNotInstanceOf(PlanOutcome.Unreachable.class);
        assertThat(role).isNotInstanceOf(PlanOutcome.Unreachable.class);
        assertThat(fit).isInstanceOf(FitOutcome.Ranked.class);
    }
}
