package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.testing.RandomGraphs;
import org.michishirube.core.testing.RandomProfiles;

/**
 * Properties of the planner on small random graphs and profiles. Seeds are fixed so CI is deterministic;
 * a failure names its seed, and {@code RandomGraphs.small(seed)} rebuilds the graph.
 */
class PlannerPropertiesTests {

    static final int SEEDS = 400;
    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    static final PlanningOptions OPTIONS = PlanningOptions.defaults(TODAY);

    final LearningPathPlanner planner = LearningPathPlanner.topological();

    /** One random case: graph, profile and goal from a seed. */
    record Case(long seed, CompetencyGraph graph, LearnerProfile profile, Goal goal) {
        static Case of(long seed) {
            CompetencyGraph graph = RandomGraphs.small(seed);
            Random random = new Random(seed * 31 + 7);
            LearnerProfile profile = RandomProfiles.generate(random, graph, TODAY);
            return new Case(seed, graph, profile, goal(random, graph));
        }

        static Goal goal(Random random, CompetencyGraph graph) {
            switch (random.nextInt(3)) {
                case 0: {
                    List<Credential> cs = graph.credentials();
                    return Goal.CredentialGoal.of(cs.get(random.nextInt(cs.size())).id());
                }
                case 1: {
                    List<Role> roles = graph.roles();
                    return new Goal.RoleGoal(roles.get(random.nextInt(roles.size())).id());
                }
                default: {
                    List<Target> ts = graph.targets();
                    Map<TargetId, Integer> levels = new HashMap<>();
                    int n = 1 + random.nextInt(Math.min(4, ts.size()));
                    for (int i = 0; i < n; i++) {
                        levels.put(ts.get(random.nextInt(ts.size())).id(), 1 + random.nextInt(Need.MAX_LEVEL));
                    }
                    return new Goal.TargetsGoal(levels);
                }
            }
        }

        PlanOutcome plan(LearningPathPlanner planner) {
            return planner.plan(graph, profile, goal, OPTIONS);
        }
    }

    static void forSeeds(LongConsumer check) {
        for (long seed = 0; seed < SEEDS; seed++) {
            try {
                check.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /** The levels a profile reaches, worked out independently of {@link Attainment}. */
    static Map<TargetId, Integer> attained(CompetencyGraph graph, LearnerProfile profile) {
        Set<CredentialId> held = new HashSet<>();
        profile.credentials().forEach(h -> held.add(h.credential()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Credential c : graph.credentials()) {
                if (held.contains(c.id())) {
                    for (Requirement r : c.requirements()) {
                        if (r instanceof Requirement.HoldsCredential h) {
                            grew |= held.add(h.credential());
                        }
                    }
                }
            }
        }
        Map<TargetId, Integer> levels = new HashMap<>();
        for (Target t : graph.targets()) {
            int level = profile.mastered().getOrDefault(t.id(), 0);
            boolean heldFramework = held.stream().anyMatch(c -> graph.credential(c).flatMap(Credential::framework)
                    .filter(t.version().framework()::equals).isPresent());
            boolean credited = profile.subjectPasses().stream().anyMatch(p -> p.subject().equals(t.domain())
                    && TODAY.getYear() - p.year() >= 0 && TODAY.getYear() - p.year() <= 2);
            if (heldFramework || credited) {
                level = Math.max(level, 2);
            }
            levels.put(t.id(), level);
        }
        return levels;
    }

    static boolean holds(CompetencyGraph graph, LearnerProfile profile, CredentialId id) {
        Set<CredentialId> held = new HashSet<>();
        profile.credentials().forEach(h -> held.add(h.credential()));
        List<CredentialId> todo = new ArrayList<>(held);
        while (!todo.isEmpty()) {
            graph.credential(todo.remove(todo.size() - 1)).ifPresent(c -> c.requirements().forEach(r -> {
                if (r instanceof Requirement.HoldsCredential h && held.add(h.credential())) {
                    todo.add(h.credential());
                }
            }));
        }
        return held.contains(id);
    }

    /** The goal's levels for the main plan, independently: leaves of every framework to earn, or needs, or targets. */
    static Map<TargetId, Integer> goalLevels(Case c) {
        Map<TargetId, Integer> levels = new HashMap<>();
        if (c.goal() instanceof Goal.RoleGoal g) {
            c.graph().role(g.role()).orElseThrow().needs().forEach(n -> levels.merge(n.target(), n.level(), Math::max));
        } else if (c.goal() instanceof Goal.TargetsGoal g) {
            levels.putAll(g.levels());
        } else {
            List<CredentialId> todo = new ArrayList<>(List.of(((Goal.CredentialGoal) c.goal()).credential()));
            Set<CredentialId> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                CredentialId id = todo.remove(0);
                if (holds(c.graph(), c.profile(), id) || !seen.add(id)) {
                    continue;
                }
                Credential credential = c.graph().credential(id).orElseThrow();
                credential.framework().ifPresent(f -> c.graph().targetsOf(f).stream().filter(t -> c.graph().isLeaf(t.id()))
                        .forEach(t -> levels.merge(t.id(), 2, Math::max)));
                credential.requirements().forEach(r -> {
                    if (r instanceof Requirement.HoldsCredential h) {
                        todo.add(h.credential());
                    }
                });
            }
        }
        return levels;
    }

    /** The gap by a naive fixed point: target → {from, to}. */
    static Map<TargetId, List<Integer>> expectedGap(Case c) {
        Map<TargetId, Integer> attained = attained(c.graph(), c.profile());
        Map<TargetId, Integer> need = new HashMap<>(goalLevels(c));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<TargetId, Integer> e : new ArrayList<>(need.entrySet())) {
                if (e.getValue() > attained.get(e.getKey())) {
                    for (TargetId p : c.graph().prerequisites(e.getKey())) {
                        if (need.getOrDefault(p, 0) < 1) {
                            need.put(p, 1);
                            grew = true;
                        }
                    }
                }
            }
        }
        Map<TargetId, List<Integer>> gap = new HashMap<>();
        need.forEach((t, level) -> {
            if (level > attained.get(t)) {
                gap.put(t, List.of(attained.get(t), level));
            }
        });
        return gap;
    }

    static List<LearningPlan> plans(PlanOutcome outcome) {
        if (outcome instanceof PlanOutcome.Planned p) {
            List<LearningPlan> all = new ArrayList<>(List.of(p.plan()));
            all.addAll(p.alternatives());
            return all;
        }
        return List.of();
    }

    static int hours(PlanOutcome outcome) {
        return outcome instanceof PlanOutcome.Planned p ? p.plan().totalHours() : 0;
    }

    @Test
    void everyStepComesAfterItsPrerequisitesOrTheyAreHeld() {
        forSeeds(seed -> {
            Case c = Case.of(seed);
            Map<TargetId, Integer> attained = attained(c.graph(), c.profile());
            for (LearningPlan plan : plans(c.plan(planner))) {
                Set<TargetId> before = new HashSet<>();
                Set<TargetId> all = new HashSet<>();
                plan.steps().forEach(s -> all.add(s.target()));
                for (Step step : plan.steps()) {
                    for (TargetId p : c.graph().prerequisites(step.target())) {
                        assertThat(before.contains(p) || (!all.contains(p) && attained.get(p) >= 1))
                                .as("%s needs %s first", step.target(), p).isTrue();
                    }
                    before.add(step.target());
                }
            }
        });
    }

    @Test
    void thePlanCoversExactlyTheGap() {
        forSeeds(seed -> {
            Case c = Case.of(seed);
            PlanOutcome outcome = c.plan(planner);
            if (outcome instanceof PlanOutcome.Unreachable u) {
                assertThat(u.reason()).isIn(PlanOutcome.Reason.NO_FRAMEWORK);
                return;
            }
            Map<TargetId, List<Integer>> expected = expectedGap(c);
            if (outcome instanceof PlanOutcome.AlreadyReached) {
                assertThat(expected).isEmpty();
                return;
            }
            Map<TargetId, List<Integer>> actual = new HashMap<>();
            ((PlanOutcome.Planned) outcome).plan().steps()
                    .forEach(s -> assertThat(actual.put(s.target(), List.of(s.fromLevel(), s.toLevel()))).isNull());
            assertThat(actual).isEqualTo(expected);
        });
    }

    @Test
    void noExamPrecedesWhatItsEligibilityNeeds() {
        forSeeds(seed -> {
            Case c = Case.of(seed);
            for (LearningPlan plan : plans(c.plan(planner))) {
                List<Milestone> ms = plan.milestones();
                for (int i = 0; i < ms.size(); i++) {
                    if (!(ms.get(i) instanceof Milestone.Exam exam)) {
                        continue;
                    }
                    Credential credential = c.graph().credential(exam.credential()).orElseThrow();
                    List<Milestone> earlier = ms.subList(0, i);
                    for (Requirement r : credential.requirements()) {
                        if (r instanceof Requirement.HoldsCredential h && !holds(c.graph(), c.profile(), h.credential())) {
                            assertThat(earlier).as("exam %s needs %s first", exam.credential(), h.credential())
                                    .anySatisfy(m -> {
                                        assertThat(m).isInstanceOf(Milestone.Exam.class);
                                        assertThat(m.credential()).isEqualTo(h.credential());
                                        assertThat(m.afterSteps()).isLessThanOrEqualTo(exam.afterSteps());
                                        assertThat(m.earliest()).isBeforeOrEqualTo(exam.earliest());
                                    });
                        }
                        if (r instanceof Requirement.Experience e && c.profile().experience(e.kind()) < e.years()) {
                            int missing = e.years() - c.profile().experience(e.kind());
                            assertThat(earlier).as("exam %s waits for %s", exam.credential(), e)
                                    .anySatisfy(m -> {
                                        assertThat(m).isInstanceOf(Milestone.Wait.class);
                                        assertThat(m.credential()).isEqualTo(exam.credential());
                                        assertThat(m.earliest()).isAfterOrEqualTo(TODAY.plusYears(missing));
                                        assertThat(m.earliest()).isBeforeOrEqualTo(exam.earliest());
                                    });
                        }
                    }
                    // The credential's own leaves below its level come before its exam (a role may want more later).
                    credential.framework().ifPresent(f -> {
                        for (int s = 0; s < plan.steps().size(); s++) {
                            TargetId t = plan.steps().get(s).target();
                            if (c.graph().isLeaf(t) && plan.steps().get(s).fromLevel() < OPTIONS.credentialLevel()
                                    && c.graph().target(t).orElseThrow().version().framework().equals(f)) {
                                assertThat(s).as("step %s before exam %s", t, exam.credential()).isLessThan(exam.afterSteps());
                            }
                        }
                    });
                }
                assertThat(plan.weeks()).isGreaterThanOrEqualTo(
                        (plan.totalHours() + c.profile().hoursPerWeek() - 1) / c.profile().hoursPerWeek());
            }
        });
    }

    @Test
    void alternativesDifferMateriallyAndAreRanked() {
        forSeeds(seed -> {
            Case c = Case.of(seed);
            if (c.plan(planner) instanceof PlanOutcome.Planned p) {
                assertThat(p.alternatives()).hasSizeLessThanOrEqualTo(OPTIONS.alternatives());
                Set<Set<CredentialId>> exams = new HashSet<>();
                exams.add(Set.copyOf(p.plan().examCredentials()));
                int previous = p.plan().totalHours();
                for (LearningPlan alt : p.alternatives()) {
                    assertThat(exams.add(Set.copyOf(alt.examCredentials()))).isTrue();
                    assertThat(alt.totalHours()).isGreaterThanOrEqualTo(previous);
                    previous = alt.totalHours();
                }
            }
        });
    }

    @Test
    void theSameInputGivesAnEqualPlan() {
        forSeeds(seed -> {
            Case c = Case.of(seed);
            Case again = Case.of(seed);
            assertThat(again.graph()).isNotSameAs(c.graph());
            assertThat(again.plan(LearningPathPlanner.topological())).isEqualTo(c.plan(planner));
        });
    }

    @Test
    void holdingMoreNeverLengthensThePlan() {
        forSeeds(seed -> {
            Case c = Case.of(seed);
            Random random = new Random(seed);
            List<Target> targets = c.graph().targets();
            LearnerProfile more = c.profile();
            for (int i = 0; i < 3; i++) {
                TargetId t = targets.get(random.nextInt(targets.size())).id();
                int level = Math.max(more.mastered().getOrDefault(t, 0), 1 + random.nextInt(Need.MAX_LEVEL));
                more = more.withMastered(t, level);
            }
            PlanOutcome before = c.plan(planner);
            PlanOutcome after = planner.plan(c.graph(), more, c.goal(), OPTIONS);
            assertThat(after.getClass()).isIn(before.getClass(), PlanOutcome.AlreadyReached.class);
            assertThat(hours(after)).isLessThanOrEqualTo(hours(before));
        });
    }

    @Test
    void countingOnlyEvidencedLevelsKeepsThemAndNeverShortensThePlan() {
        forSeeds(seed -> {
            Case c = Case.of(seed);
            LearnerProfile strict = c.profile().evidencedOnly();
            assertThat(strict.mastered().keySet()).isEqualTo(c.profile().evidence().keySet());
            strict.mastered().forEach((t, level) -> assertThat(level).isEqualTo(c.profile().mastered().get(t)));
            assertThat(strict.mastered().keySet()).noneMatch(c.profile()::isSelfAssessed);
            PlanOutcome trusting = c.plan(planner);
            PlanOutcome cautious = planner.plan(c.graph(), strict, c.goal(), OPTIONS);
            assertThat(trusting.getClass()).isIn(cautious.getClass(), PlanOutcome.AlreadyReached.class);
            assertThat(hours(cautious)).isGreaterThanOrEqualTo(hours(trusting));
        });
    }

    @Test
    void theSeedsCoverEveryKindOfOutcome() {
        Map<String, Integer> seen = new HashMap<>();
        forSeeds(seed -> {
            PlanOutcome outcome = Case.of(seed).plan(planner);
            seen.merge(outcome.getClass().getSimpleName(), 1, Integer::sum);
            if (outcome instanceof PlanOutcome.Planned p) {
                p.plan().milestones().forEach(m -> seen.merge(m.kind().name(), 1, Integer::sum));
                seen.merge("alternatives", p.alternatives().size(), Integer::sum);
                p.plan().steps().forEach(st -> st.why().forEach(w -> seen.merge(w.relation().name(), 1, Integer::sum)));
            }
        });
        System.out.println("planner outcomes over " + SEEDS + " seeds: " + new java.util.TreeMap<>(seen));
        assertThat(seen).containsKeys("Planned", "AlreadyReached", "Unreachable", "EXAM", "WAIT", "PREREQUISITE", "REQUIRES");
        assertThat(seen.get("alternatives")).isPositive();
    }
}
