package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.michishirube.core.model.ExperienceKind.GENERAL_IS;
import static org.michishirube.core.model.ExperienceKind.HEALTHCARE_IS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Requirement.All;
import org.michishirube.core.model.Requirement.AnyOf;
import org.michishirube.core.model.Requirement.Experience;
import org.michishirube.core.model.Requirement.HoldsCredential;
import org.michishirube.core.testing.SampleGraphs;

/**
 * Eligibility rules as AND/OR trees: the Senior HIT rule of /work/shared/docs/domain.md §0 by hand, then properties
 * over random trees and profiles from fixed seeds (a failure names its seed).
 */
class EligibilityRulesTests {

    static final int SEEDS = 500;
    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    static final CredentialId HIT = SampleGraphs.HIT;
    static final CredentialId RT = SampleGraphs.RT;

    /** domain.md §0: HIT and ≥5 years of healthcare-IS work, or ≥5 years of IS work plus some healthcare-IS work. */
    static final List<Requirement> SENIOR_RULE = List.of(new HoldsCredential(HIT), new AnyOf(List.of(
            new Experience(HEALTHCARE_IS, 5),
            new All(List.of(new Experience(GENERAL_IS, 5), Experience.anyAmount(HEALTHCARE_IS))))));

    final LearningPathPlanner planner = LearningPathPlanner.topological();

    @Test
    void seniorRuleByHand() {
        Requirement rule = Requirement.allOf(SENIOR_RULE);
        assertThat(rule.isMetBy(HIT::equals, years(0, 5))).as("5 years of healthcare-IS work").isTrue();
        assertThat(rule.isMetBy(HIT::equals, years(5, 1))).as("5 years of IS work and some healthcare-IS").isTrue();
        assertThat(rule.isMetBy(HIT::equals, years(6, 0))).as("IS work without healthcare-IS").isFalse();
        assertThat(rule.isMetBy(HIT::equals, years(4, 4))).as("neither branch").isFalse();
        assertThat(rule.isMetBy(c -> false, years(9, 9))).as("without HIT").isFalse();
        assertThat(rule.credentials()).containsExactly(HIT);
        assertThat(rule.mandatoryCredentials()).containsExactly(HIT);
    }

    @Test
    void theSeniorRuleReadsInWords() {
        var text = Requirement.allOf(SENIOR_RULE).describe(id -> org.michishirube.core.model.LocalizedText.of("医療情報技師", "HIT"));
        assertThat(text.en()).isEqualTo("hold HIT and (5+ years of healthcare-IS work or (5+ years of IS work and some "
                + "healthcare-IS work (any amount)))");
        assertThat(text.ja()).isEqualTo("医療情報技師の取得、かつ（医療情報システム業務5年以上、または（情報処理業務5年以上、かつ"
                + "医療情報システム業務の経験（期間不問）））");
    }

    @Test
    void onlyCredentialsInEveryAlternativeAreMandatory() {
        Requirement rule = new AnyOf(List.of(new All(List.of(new HoldsCredential(HIT), new HoldsCredential(RT))),
                new HoldsCredential(HIT)));
        assertThat(rule.mandatoryCredentials()).containsExactly(HIT);
        assertThat(rule.credentials()).containsExactly(HIT, RT);
        assertThat(new Experience(GENERAL_IS, 3).mandatoryCredentials()).isEmpty();
    }

    @Test
    void malformedRulesAreRefused() {
        assertThatThrownBy(() -> new AnyOf(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new All(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Experience(GENERAL_IS, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Experience.anyAmount(GENERAL_IS).isAnyAmount()).isTrue();
        assertThat(Experience.anyAmount(GENERAL_IS).minimumYears()).isEqualTo(1);
        assertThat(new Experience(GENERAL_IS, 4).isAnyAmount()).isFalse();
    }

    @Test
    void seniorPlanWithHealthcareWorkHasNoWait() {
        CompetencyGraph graph = SampleGraphs.hospital(SENIOR_RULE);
        LearnerProfile profile = LearnerProfile.beginner(5).withCredential(HIT, 2015)
                .withExperience(GENERAL_IS, 6).withExperience(HEALTHCARE_IS, 1);
        LearningPlan plan = plan(graph, profile);
        assertThat(plan.milestones()).noneMatch(m -> m instanceof Milestone.Wait);
        // Only the senior framework is left to study: senior.mgmt.strategy, 20 hours at 5 a week.
        assertThat(exam(plan).earliest()).isEqualTo(TODAY.plusWeeks(4));
    }

    @Test
    void seniorPlanWithoutHealthcareWorkWaitsForSomeOfIt() {
        CompetencyGraph graph = SampleGraphs.hospital(SENIOR_RULE);
        LearnerProfile profile = LearnerProfile.beginner(5).withCredential(HIT, 2015).withExperience(GENERAL_IS, 6);
        LearningPlan plan = plan(graph, profile);
        // Branch (b) needs any healthcare-IS work, which a profile counts in whole years: one year, not the five of (a).
        assertThat(plan.milestones()).filteredOn(m -> m instanceof Milestone.Wait).singleElement()
                .isEqualTo(new Milestone.Wait(SampleGraphs.SENIOR_HIT, HEALTHCARE_IS, 1, 1, TODAY.plusYears(1)));
        assertThat(exam(plan).earliest()).isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void anAlternativeIsMetExactlyWhenOneOfItsBranchesIs() {
        forSeeds(seed -> {
            Random random = new Random(seed);
            List<Requirement> branches = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                branches.add(rule(random, 2));
            }
            Set<CredentialId> held = held(random);
            Map<ExperienceKind, Integer> years = experience(random);
            boolean any = new AnyOf(branches).isMetBy(held::contains, k -> years.getOrDefault(k, 0));
            boolean all = new All(branches).isMetBy(held::contains, k -> years.getOrDefault(k, 0));
            long met = branches.stream().filter(b -> b.isMetBy(held::contains, k -> years.getOrDefault(k, 0))).count();
            assertThat(any).as("seed %d", seed).isEqualTo(met > 0);
            assertThat(all).as("seed %d", seed).isEqualTo(met == branches.size());
        });
    }

    @Test
    void theRouteMeetsTheRuleAndIsEmptyExactlyWhenTheRuleIsMet() {
        forSeeds(seed -> {
            Random random = new Random(seed);
            Requirement rule = rule(random, 3);
            Set<CredentialId> held = held(random);
            Map<ExperienceKind, Integer> years = experience(random);
            EligibilityRoute route = EligibilityRoute.of(rule, held::contains, k -> years.getOrDefault(k, 0));
            assertThat(route.metNow()).as("seed %d", seed)
                    .isEqualTo(rule.isMetBy(held::contains, k -> years.getOrDefault(k, 0)));
            // Following the route (earning its credentials, working the missing years) meets the rule.
            Set<CredentialId> after = new HashSet<>(held);
            after.addAll(route.earn());
            assertThat(rule.isMetBy(after::contains, k -> years.getOrDefault(k, 0) + route.missingYears().getOrDefault(k, 0)))
                    .as("seed %d: %s on %s", seed, route, rule).isTrue();
            assertThat(route.earn()).as("seed %d", seed).noneMatch(held::contains);
        });
    }

    @Test
    void moreExperienceNeverMakesEligibilityLater() {
        forSeeds(seed -> {
            Random random = new Random(seed);
            Requirement rule = rule(random, 3);
            Set<CredentialId> held = held(random);
            Map<ExperienceKind, Integer> years = experience(random);
            Map<ExperienceKind, Integer> more = new EnumMap<>(ExperienceKind.class);
            more.putAll(years);
            ExperienceKind kind = ExperienceKind.values()[random.nextInt(ExperienceKind.values().length)];
            more.merge(kind, 1 + random.nextInt(4), Integer::sum);
            EligibilityRoute before = EligibilityRoute.of(rule, held::contains, k -> years.getOrDefault(k, 0));
            EligibilityRoute after = EligibilityRoute.of(rule, held::contains, k -> more.getOrDefault(k, 0));
            assertThat(after.earn()).as("seed %d", seed).isEqualTo(before.earn());
            assertThat(after.longestWait()).as("seed %d", seed).isLessThanOrEqualTo(before.longestWait());
            if (rule.isMetBy(held::contains, k -> years.getOrDefault(k, 0))) {
                assertThat(rule.isMetBy(held::contains, k -> more.getOrDefault(k, 0))).as("seed %d", seed).isTrue();
            }
        });
    }

    @Test
    void moreExperienceNeverMakesThePlannedExamLater() {
        forSeeds(seed -> {
            Random random = new Random(seed);
            List<Requirement> senior = new ArrayList<>(List.of(new HoldsCredential(HIT)));
            senior.add(experienceRule(random, 3));
            CompetencyGraph graph = SampleGraphs.hospital(senior);
            LearnerProfile profile = LearnerProfile.beginner(1 + random.nextInt(10));
            if (random.nextBoolean()) {
                profile = profile.withCredential(HIT, 2020);
            }
            for (Map.Entry<ExperienceKind, Integer> e : experience(random).entrySet()) {
                profile = profile.withExperience(e.getKey(), e.getValue());
            }
            ExperienceKind kind = ExperienceKind.values()[random.nextInt(ExperienceKind.values().length)];
            LearnerProfile more = profile.withExperience(kind, profile.experience(kind) + 1 + random.nextInt(4));
            LocalDate before = exam(plan(graph, profile)).earliest();
            LocalDate after = exam(plan(graph, more)).earliest();
            assertThat(after).as("seed %d: %s", seed, senior).isBeforeOrEqualTo(before);
        });
    }

    private LearningPlan plan(CompetencyGraph graph, LearnerProfile profile) {
        PlanOutcome outcome = planner.plan(graph, profile, Goal.CredentialGoal.of(SampleGraphs.SENIOR_HIT),
                PlanningOptions.defaults(TODAY));
        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        return ((PlanOutcome.Planned) outcome).plan();
    }

    private static Milestone exam(LearningPlan plan) {
        return plan.milestones().stream().filter(m -> m instanceof Milestone.Exam && m.credential().equals(SampleGraphs.SENIOR_HIT))
                .findFirst().orElseThrow();
    }

    private static java.util.function.ToIntFunction<ExperienceKind> years(int generalIs, int healthcareIs) {
        return k -> k == GENERAL_IS ? generalIs : k == HEALTHCARE_IS ? healthcareIs : 0;
    }

    /** A random tree over HIT, RT and experience, at most {@code depth} deep. */
    static Requirement rule(Random random, int depth) {
        int pick = random.nextInt(depth > 0 ? 5 : 2);
        if (pick == 0) {
            return new HoldsCredential(random.nextBoolean() ? HIT : RT);
        }
        if (pick == 1) {
            return experienceLeaf(random);
        }
        List<Requirement> parts = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            parts.add(rule(random, depth - 1));
        }
        return pick == 2 ? new All(parts) : new AnyOf(parts);
    }

    /** A random tree of experience only, so the planner can always reach it. */
    static Requirement experienceRule(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return experienceLeaf(random);
        }
        List<Requirement> parts = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            parts.add(experienceRule(random, depth - 1));
        }
        return random.nextBoolean() ? new All(parts) : new AnyOf(parts);
    }

    private static Experience experienceLeaf(Random random) {
        ExperienceKind kind = ExperienceKind.values()[random.nextInt(ExperienceKind.values().length)];
        return new Experience(kind, random.nextInt(7));
    }

    private static Set<CredentialId> held(Random random) {
        Set<CredentialId> held = new HashSet<>();
        if (random.nextBoolean()) {
            held.add(HIT);
        }
        if (random.nextBoolean()) {
            held.add(RT);
        }
        return held;
    }

    private static Map<ExperienceKind, Integer> experience(Random random) {
        Map<ExperienceKind, Integer> years = new EnumMap<>(ExperienceKind.class);
        for (ExperienceKind kind : ExperienceKind.values()) {
            if (random.nextBoolean()) {
                years.put(kind, random.nextInt(8));
            }
        }
        return years;
    }

    private static void forSeeds(LongConsumer body) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            try {
                body.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }
}
