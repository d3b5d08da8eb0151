package org.michishirube.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.core.testing.SampleGraphs.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.planning.Attainment;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.testing.SampleGraphs;

/** Role fit on the hand-built graph of {@link SampleGraphs}; expected figures are worked out in the comments. */
class WeightedCoverageRoleFitTests {

    static final PlanningOptions OPTIONS = PlanningOptions.defaults(LocalDate.of(2025, 4, 1));

    final CompetencyGraph graph = SampleGraphs.hospital();
    final RoleFit fit = RoleFit.weightedCoverage();
    // net at 2, db at 1.
    final LearnerProfile profile = LearnerProfile.beginner(5).withMastered(NET, 2).withMastered(DB, 1);

    RoleFitRanking ranked(FitOutcome outcome) {
        assertThat(outcome).isInstanceOf(FitOutcome.Ranked.class);
        return ((FitOutcome.Ranked) outcome).ranking();
    }

    @Test
    void rolesAreRankedByWeightedCoverageWithTheirGapsAndHours() {
        RoleFitRanking ranking = ranked(fit.rank(graph, profile, FitScope.allRoles(), OPTIONS));

        assertThat(ranking.entries()).containsExactly(
                // No needs: nothing missing.
                new RoleFitRanking.Entry(CIO, "management", 1.0, 0, List.of()),
                // (1 × min(2/2, 1) + 1 × 1/2) / 2 = 0.75; db 1 → 2 costs 6 × 1 / 2 = 3 h.
                new RoleFitRanking.Entry(HIS_SE, "hospital-it", 0.75, 3, List.of(new RoleFitRanking.Gap(DB, 1, 2, 1.0))),
                // (1 × 0/3 + 0.5 × min(1/1, 1)) / 1.5 = 1/3; qr 0 → 3 costs 10 × 3 / 2 = 15 h, net is held.
                new RoleFitRanking.Entry(PACS_ADMIN, "imaging-it", 1.0 / 3, 15, List.of(new RoleFitRanking.Gap(QR, 0, 3, 1.0))));
        assertThat(ranking.excludedFamilies()).isEmpty();
    }

    @Test
    void aSecondCareerLeavesOutTheCurrentFamilies() {
        RoleFitRanking fromRole = ranked(fit.rank(graph, profile, FitScope.SecondCareer.from(Set.of(HIS_SE)), OPTIONS));
        assertThat(fromRole.excludedFamilies()).containsExactly("hospital-it");
        assertThat(fromRole.entries()).extracting(RoleFitRanking.Entry::role).containsExactly(CIO, PACS_ADMIN);

        RoleFitRanking fromFamily = ranked(fit.rank(graph, profile,
                new FitScope.SecondCareer(Set.of(), Set.of("management")), OPTIONS));
        assertThat(fromFamily.entries()).extracting(RoleFitRanking.Entry::role).containsExactly(HIS_SE, PACS_ADMIN);
    }

    @Test
    void aSecondCareerCreditsTheNeedsOfTheCurrentRoleWhereTheLearnerIsBelowThem() {
        // his-se needs net@2 and db@2; the learner has net at 2 and db at 1, so only db is credited.
        RoleFitRanking fromHisSe = ranked(fit.rank(graph, profile, FitScope.SecondCareer.from(Set.of(HIS_SE)), OPTIONS));
        assertThat(fromHisSe.credited()).containsExactly(java.util.Map.entry(DB, 2));

        // A beginner working as his-se is credited both; pacs-admin = (1 × 0/3 + 0.5 × min(2/1, 1)) / 1.5 = 1/3,
        // and qr 0 → 3 costs 15 h as net is held: the figures of a learner who rated net at 2 themselves.
        RoleFitRanking beginner = ranked(fit.rank(graph, LearnerProfile.beginner(5),
                FitScope.SecondCareer.from(Set.of(HIS_SE)), OPTIONS));
        assertThat(beginner.credited()).containsOnly(java.util.Map.entry(DB, 2), java.util.Map.entry(NET, 2));
        assertThat(beginner.entries()).containsExactly(
                new RoleFitRanking.Entry(CIO, "management", 1.0, 0, List.of()),
                new RoleFitRanking.Entry(PACS_ADMIN, "imaging-it", 1.0 / 3, 15, List.of(new RoleFitRanking.Gap(QR, 0, 3, 1.0))));

        // Ranking every role credits nothing, and a family alone names no needs to credit.
        assertThat(ranked(fit.rank(graph, LearnerProfile.beginner(5), FitScope.allRoles(), OPTIONS)).credited()).isEmpty();
        assertThat(ranked(fit.rank(graph, LearnerProfile.beginner(5),
                new FitScope.SecondCareer(Set.of(), Set.of("hospital-it")), OPTIONS)).credited()).isEmpty();
    }

    @Test
    void unknownIdsAreRejectedWithTheirCode() {
        assertThat(fit.rank(graph, profile, FitScope.SecondCareer.from(Set.of(RoleId.of("nope"))), OPTIONS))
                .isEqualTo(new FitOutcome.Rejected(PlanOutcome.Reason.UNKNOWN_ROLE,
                        "the current role nope is not known to this graph", List.of("nope")));
        assertThat(fit.rank(graph, profile.withMastered(TargetId.of("no.such"), 1), FitScope.allRoles(), OPTIONS))
                .isInstanceOfSatisfying(FitOutcome.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(PlanOutcome.Reason.UNKNOWN_TARGET));
    }

    @Test
    void needsOfNoImportanceWeighTheSame() {
        Role unweighted = new Role(RoleId.of("x"), LocalizedText.of("x", "x"), Optional.empty(), "f",
                List.of(new Need(NET, 2, 0), new Need(DB, 2, 0)), new Provenance("test", Verification.INFERRED));
        // (min(2/2, 1) + 1/2) / 2 = 0.75.
        assertThat(WeightedCoverageRoleFit.score(unweighted, Attainment.of(graph, profile, OPTIONS))).isEqualTo(0.75);
    }

    @Test
    void aHeldCredentialCountsItsTargetsAtTheCredentialLevel() {
        RoleFitRanking ranking = ranked(fit.rank(graph, LearnerProfile.beginner(5).withCredential(HIT, 2020),
                FitScope.allRoles(), OPTIONS));
        // hit gives net and db at 2: his-se is met; pacs-admin = (0 + 0.5 × 1) / 1.5, qr 15 h.
        assertThat(ranking.entries()).extracting(RoleFitRanking.Entry::role, RoleFitRanking.Entry::score,
                        RoleFitRanking.Entry::hoursToClose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CIO, 1.0, 0),
                        org.assertj.core.groups.Tuple.tuple(HIS_SE, 1.0, 0),
                        org.assertj.core.groups.Tuple.tuple(PACS_ADMIN, 1.0 / 3, 15));
    }

    @Test
    void entriesSortByScoreThenHoursThenRole() {
        RoleFitRanking ranking = new RoleFitRanking(FitScope.allRoles(), Set.of(), java.util.Map.of(), List.of(
                entry("a", 0.5, 10), entry("b", 0.5, 5), entry("c", 0.9, 100), entry("d", 0.5, 5)));
        assertThat(ranking.entries()).extracting(e -> e.role().value()).containsExactly("c", "b", "d", "a");
    }

    static RoleFitRanking.Entry entry(String role, double score, int hours) {
        return new RoleFitRanking.Entry(RoleId.of(role), "f", score, hours, List.of());
    }
}
