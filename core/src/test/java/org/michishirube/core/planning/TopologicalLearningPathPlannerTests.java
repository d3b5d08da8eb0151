package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.michishirube.core.testing.SampleGraphs.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.Goal.CredentialGoal;
import org.michishirube.core.planning.Goal.RoleGoal;
import org.michishirube.core.planning.Goal.TargetsGoal;
import org.michishirube.core.planning.PlanOutcome.Reason;
import org.michishirube.core.planning.WhyLink.Relation;
import org.michishirube.core.testing.SampleGraphs;

/** Plans on the hand-built graph of {@link SampleGraphs}; every expected figure is worked out in the comments. */
class TopologicalLearningPathPlannerTests {

    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    // sr has no estimate, so it takes the default of 12 h.
    static final PlanningOptions OPTIONS = PlanningOptions.defaults(TODAY).withDefaultEffortHours(12);

    final CompetencyGraph graph = SampleGraphs.hospital();
    final LearningPathPlanner planner = LearningPathPlanner.topological();

    PlanOutcome plan(LearnerProfile profile, Goal goal) {
        return planner.plan(graph, profile, goal, OPTIONS);
    }

    static PlanOutcome.Planned planned(PlanOutcome outcome) {
        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        return (PlanOutcome.Planned) outcome;
    }

    static WhyLink link(Relation relation, String id) {
        return new WhyLink(relation, id);
    }

    @Test
    void credentialGoalLearnsTheLeavesInPrerequisiteOrderThenSitsTheExam() {
        LearningPlan plan = planned(plan(LearnerProfile.beginner(5), CredentialGoal.of(HIT))).plan();

        // Leaves net (8 h), db (6 h), ethics (4 h) at level 2 from 0: effort × 2 / 2 = effort.
        // net is the only one ready at first; then db (domain hit.it) before ethics (domain hit.med).
        assertThat(plan.steps()).containsExactly(
                new Step(NET, 0, 2, 8, List.of(link(Relation.GOAL_CREDENTIAL, "hit"), link(Relation.CONTAINS, "hit.it.net"))),
                new Step(DB, 0, 2, 6, List.of(link(Relation.GOAL_CREDENTIAL, "hit"), link(Relation.CONTAINS, "hit.it.db"))),
                new Step(ETHICS, 0, 2, 4, List.of(link(Relation.GOAL_CREDENTIAL, "hit"), link(Relation.CONTAINS, "hit.med.ethics"))));
        assertThat(plan.totalHours()).isEqualTo(18);
        // 18 h at 5 h a week: 4 weeks; the exam comes after all 3 steps, 4 weeks from today.
        assertThat(plan.weeks()).isEqualTo(4);
        assertThat(plan.milestones()).containsExactly(new Milestone.Exam(HIT, 3, LocalDate.of(2025, 4, 29)));
        assertThat(plan.hoursByDomain()).containsExactly(Map.entry(HIT_IT, 14), Map.entry(HIT_MED, 4));
    }

    @Test
    void aRequiredLicenceWithoutFrameworkMakesTheCredentialUnreachable() {
        PlanOutcome outcome = plan(LearnerProfile.beginner(5), CredentialGoal.of(MIIS));

        assertThat(outcome).isInstanceOfSatisfying(PlanOutcome.Unreachable.class, u -> {
            assertThat(u.reason()).isEqualTo(Reason.NO_FRAMEWORK);
            assertThat(u.witness()).containsExactly("miis", "rt");
            assertThat(u.explanation()).contains("miis requires rt");
        });
    }

    @Test
    void requiredCredentialsAreEarnedFirst() {
        LearningPlan plan = planned(plan(LearnerProfile.beginner(5).withCredential(RT, 2010), CredentialGoal.of(MIIS))).plan();

        // Stage hit: net 8, db 6, ethics 4; stage miis: qr 10, sr 12 (default) → 40 h.
        assertThat(plan.steps()).extracting(Step::target).containsExactly(NET, DB, ETHICS, QR, SR);
        assertThat(plan.steps()).extracting(Step::hours).containsExactly(8, 6, 4, 10, 12);
        assertThat(plan.steps().get(0).why()).containsExactly(link(Relation.GOAL_CREDENTIAL, "miis"),
                link(Relation.REQUIRES, "hit"), link(Relation.CONTAINS, "hit.it.net"));
        // hit: 18 h → 4 weeks → 29 April; miis: 40 h → 8 weeks → 27 May.
        assertThat(plan.milestones()).containsExactly(new Milestone.Exam(HIT, 3, LocalDate.of(2025, 4, 29)),
                new Milestone.Exam(MIIS, 5, LocalDate.of(2025, 5, 27)));
        assertThat(plan.weeks()).isEqualTo(8);
    }

    @Test
    void missingExperienceAddsAWaitThatPushesTheExamLater() {
        LearnerProfile profile = LearnerProfile.beginner(10).withExperience(ExperienceKind.HEALTHCARE_IS, 2);
        LearningPlan plan = planned(plan(profile, CredentialGoal.of(SENIOR_HIT))).plan();

        // hit (18 h) then strategy (20 h, its prerequisite ethics is already in the hit stage) → 38 h.
        assertThat(plan.steps()).extracting(Step::target).containsExactly(NET, DB, ETHICS, STRATEGY);
        assertThat(plan.totalHours()).isEqualTo(38);
        // 5 years needed, 2 worked: wait 3 years from today. The exam waits for it.
        assertThat(plan.milestones()).containsExactly(
                new Milestone.Exam(HIT, 3, LocalDate.of(2025, 4, 15)),
                new Milestone.Wait(SENIOR_HIT, ExperienceKind.HEALTHCARE_IS, 3, 4, LocalDate.of(2028, 4, 1)),
                new Milestone.Exam(SENIOR_HIT, 4, LocalDate.of(2028, 4, 1)));
        // Study takes 4 weeks, but the plan ends with the wait: 1,096 days (2028 is a leap year) → 157 weeks.
        assertThat(plan.weeks()).isEqualTo(157);
    }

    @Test
    void roleGoalMeetsTheNeedsWithTheirPrerequisitesAndOffersCredentialAlternatives() {
        PlanOutcome.Planned outcome = planned(plan(LearnerProfile.beginner(5), new RoleGoal(PACS_ADMIN)));
        LearningPlan plan = outcome.plan();

        // Needs qr@3 and db@1; both need net, at level 1. net 8×1/2 = 4, db 6×1/2 = 3, qr 10×3/2 = 15.
        assertThat(plan.steps()).containsExactly(
                new Step(NET, 0, 1, 4, List.of(link(Relation.GOAL_ROLE, "pacs-admin"), link(Relation.NEEDS, "hit.it.db"),
                        link(Relation.PREREQUISITE, "hit.it.net"))),
                new Step(DB, 0, 1, 3, List.of(link(Relation.GOAL_ROLE, "pacs-admin"), link(Relation.NEEDS, "hit.it.db"))),
                new Step(QR, 0, 3, 15, List.of(link(Relation.GOAL_ROLE, "pacs-admin"), link(Relation.NEEDS, "miis.dicom.qr"))));
        assertThat(plan.totalHours()).isEqualTo(22);
        assertThat(plan.weeks()).isEqualTo(5);
        assertThat(plan.milestones()).isEmpty();

        // Via hit: net 8 + db 6 + ethics 4 at level 2, then qr 15 → 33 h. Via miis needs rt: left out.
        assertThat(outcome.alternatives()).singleElement().satisfies(alt -> {
            assertThat(alt.examCredentials()).containsExactly(HIT);
            assertThat(alt.totalHours()).isEqualTo(33);
            assertThat(alt.weeks()).isEqualTo(7);
            // The hit stage is 18 h: 4 weeks at 5 h a week.
            assertThat(alt.milestones()).containsExactly(new Milestone.Exam(HIT, 3, LocalDate.of(2025, 4, 29)));
            assertThat(alt.steps()).extracting(Step::target).containsExactly(NET, DB, ETHICS, QR);
            assertThat(alt.steps().get(0).why()).containsExactly(link(Relation.GOAL_ROLE, "pacs-admin"),
                    link(Relation.VIA_CREDENTIAL, "hit"), link(Relation.CONTAINS, "hit.it.net"));
        });
    }

    @Test
    void alternativesAreRankedByHoursAndCappedAtK() {
        LearnerProfile profile = LearnerProfile.beginner(5).withCredential(RT, 2010);
        PlanOutcome.Planned outcome = planned(plan(profile, new RoleGoal(PACS_ADMIN)));

        // Via hit 33 h; via miis: hit stage 18 h, then qr at max(2, 3) = 3 → 15 h and sr 12 h → 45 h.
        assertThat(outcome.alternatives()).extracting(LearningPlan::totalHours).containsExactly(33, 45);
        assertThat(outcome.alternatives()).extracting(LearningPlan::examCredentials)
                .containsExactly(List.of(HIT), List.of(HIT, MIIS));

        PlanOutcome.Planned one = planned(planner.plan(graph, profile, new RoleGoal(PACS_ADMIN), OPTIONS.withAlternatives(1)));
        assertThat(one.alternatives()).extracting(LearningPlan::totalHours).containsExactly(33);
    }

    @Test
    void theExampleChainFromTheGoalToAPrerequisite() {
        TargetsGoal goal = new TargetsGoal(Map.of(QR, 2));
        LearningPlan plan = planned(plan(LearnerProfile.beginner(5), goal)).plan();

        assertThat(plan.steps()).containsExactly(
                new Step(NET, 0, 1, 4, List.of(link(Relation.GOAL_TARGET, "miis.dicom.qr"), link(Relation.PREREQUISITE, "hit.it.net"))),
                new Step(QR, 0, 2, 10, List.of(link(Relation.GOAL_TARGET, "miis.dicom.qr"))));
    }

    @Test
    void aPrerequisiteHeldAtLevelOneIsNotStudiedAgain() {
        LearnerProfile profile = LearnerProfile.beginner(5).withMastered(NET, 1);
        LearningPlan plan = planned(plan(profile, TargetsGoal.of(java.util.Set.of(QR), 2))).plan();

        assertThat(plan.steps()).extracting(Step::target).containsExactly(QR);
        assertThat(plan.totalHours()).isEqualTo(10);
    }

    @Test
    void aSubjectPassCountsItsDomainWhileTheCreditLasts() {
        LearnerProfile passed2023 = LearnerProfile.beginner(5).withSubjectPass(new SubjectPass(HIT, HIT_IT, 2023));
        // 2025 − 2023 = 2 ≤ 2 credit years: net and db count as level 2, only ethics (4 h) is left.
        LearningPlan plan = planned(plan(passed2023, CredentialGoal.of(HIT))).plan();
        assertThat(plan.steps()).extracting(Step::target).containsExactly(ETHICS);
        assertThat(plan.totalHours()).isEqualTo(4);

        LearnerProfile passed2022 = LearnerProfile.beginner(5).withSubjectPass(new SubjectPass(HIT, HIT_IT, 2022));
        assertThat(planned(plan(passed2022, CredentialGoal.of(HIT))).plan().totalHours()).isEqualTo(18);
    }

    @Test
    void partialMasteryShortensAStep() {
        // db held at 1, wanted at 2: 6 × (2 − 1) / 2 = 3 h.
        LearnerProfile profile = LearnerProfile.beginner(5).withMastered(DB, 1).withMastered(NET, 2);
        LearningPlan plan = planned(plan(profile, new RoleGoal(HIS_SE))).plan();
        assertThat(plan.steps()).containsExactly(new Step(DB, 1, 2, 3,
                List.of(link(Relation.GOAL_ROLE, "his-se"), link(Relation.NEEDS, "hit.it.db"))));
    }

    @Test
    void heldGoalsAreAlreadyReached() {
        assertThat(plan(LearnerProfile.beginner(5).withCredential(HIT, 2020), CredentialGoal.of(HIT)))
                .isEqualTo(new PlanOutcome.AlreadyReached(CredentialGoal.of(HIT), "the profile holds hit"));
        // Holding senior-hit implies holding hit, which it requires.
        assertThat(plan(LearnerProfile.beginner(5).withCredential(SENIOR_HIT, 2020), CredentialGoal.of(HIT)))
                .isInstanceOf(PlanOutcome.AlreadyReached.class);
        // A held hit counts net and db at level 2, which is all his-se needs.
        assertThat(plan(LearnerProfile.beginner(5).withCredential(HIT, 2020), new RoleGoal(HIS_SE)))
                .isInstanceOf(PlanOutcome.AlreadyReached.class);
        assertThat(plan(LearnerProfile.beginner(5), new RoleGoal(CIO)))
                .isEqualTo(new PlanOutcome.AlreadyReached(new RoleGoal(CIO), "role cio lists no needs"));
    }

    @Test
    void aCredentialWhoseTargetsAreAllMasteredStillNeedsItsExam() {
        LearnerProfile profile = LearnerProfile.beginner(5).withMastered(NET, 2).withMastered(DB, 3).withMastered(ETHICS, 2);
        LearningPlan plan = planned(plan(profile, CredentialGoal.of(HIT))).plan();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.milestones()).containsExactly(new Milestone.Exam(HIT, 0, TODAY));
        assertThat(plan.weeks()).isZero();
    }

    @Test
    void unknownIdsAreReportedWithTheirCode() {
        LearnerProfile beginner = LearnerProfile.beginner(5);
        assertUnreachable(plan(beginner, CredentialGoal.of(CredentialId.of("nope"))), Reason.UNKNOWN_CREDENTIAL, "nope");
        assertUnreachable(plan(beginner, new RoleGoal(RoleId.of("nope"))), Reason.UNKNOWN_ROLE, "nope");
        assertUnreachable(plan(beginner, TargetsGoal.of(java.util.Set.of(TargetId.of("no.such")), 2)), Reason.UNKNOWN_TARGET, "no.such");
        assertUnreachable(plan(beginner.withMastered(TargetId.of("no.such"), 2), CredentialGoal.of(HIT)),
                Reason.UNKNOWN_TARGET, "no.such");
        assertUnreachable(plan(beginner.withCredential(CredentialId.of("nope"), 2020), CredentialGoal.of(HIT)),
                Reason.UNKNOWN_CREDENTIAL, "nope");
        assertUnreachable(plan(beginner.withSubjectPass(new SubjectPass(HIT, DomainId.of("miis.img"), 2024)), CredentialGoal.of(HIT)),
                Reason.UNKNOWN_SUBJECT, "hit", "miis.img");
        assertUnreachable(plan(beginner, new CredentialGoal(HIT, Optional.of(FrameworkVersionId.of("hit@fy1999")))),
                Reason.UNKNOWN_VERSION, "hit@fy1999");
        assertUnreachable(plan(beginner, new CredentialGoal(HIT, Optional.of(HIT_2017))),
                Reason.VERSION_NOT_CURRENT, "hit@fy2017", "hit@fy2020");
        assertUnreachable(plan(beginner, CredentialGoal.of(RT)), Reason.NO_FRAMEWORK, "rt");
        assertThat(plan(beginner, new CredentialGoal(HIT, Optional.of(HIT_2020)))).isInstanceOf(PlanOutcome.Planned.class);
    }

    static void assertUnreachable(PlanOutcome outcome, Reason reason, String... witness) {
        assertThat(outcome).isInstanceOfSatisfying(PlanOutcome.Unreachable.class, u -> {
            assertThat(u.reason()).isEqualTo(reason);
            assertThat(u.witness()).containsExactly(witness);
        });
    }
}
