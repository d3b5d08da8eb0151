package org.michishirube.api.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.michishirube.api.browse.SittingView;
import io.swagger.v3.oas.annotations.media.Schema;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.resource.StepResources;
import org.michishirube.core.planning.CurriculumLevel;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearningPlan;
import org.michishirube.core.planning.Milestone;
import org.michishirube.core.planning.Step;
import org.michishirube.core.planning.SubjectStrategy;
import org.michishirube.core.planning.WeeklySchedule;
import org.michishirube.core.planning.WhyLink;
import org.michishirube.core.fit.RoleFitRanking;

/** The response shapes of the planning API, with names in ja and en for every id. */
final class PlanViews {

    private PlanViews() {
    }

    record Named(String id, LocalizedText name) {
    }

    /** A saved plan as it was made, and whether (and why) a revision has made it stale. */
    record SavedPlanView(String id, String title, Instant createdAt, List<String> frameworkVersions, boolean stale,
                         List<String> staleBecause, PlanAnswer plan) {
    }

    record SavedPlanSummary(String id, String title, Instant createdAt, List<String> frameworkVersions, boolean stale) {
    }

    record GoalView(String kind, List<Named> items, Integer level) {
    }

    /** A link of a why chain; its name is left out when it is the step's own target or the plan's goal, named there already. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record WhyView(String relation, String id, LocalizedText name) {
    }

    record StepView(int index, Named target, String framework,
                    @Schema(description = "The domain of the step's target, by id: the plan's hoursByDomain names each domain once")
                    String domain, int fromLevel, int toLevel, int hours, List<WhyView> why,
                    @Schema(description = "Where to learn the step, best first: courses of public curricula and registered resources that address "
                            + "its target (fit target) or an area above it (fit area), deeper first; each described once in the "
                            + "plan's resources") List<ResourceRef> resources) {
    }

    /** A place to learn a step, by its id in the plan's {@code resources}, and how closely it fits the step. */
    record ResourceRef(String id, @Schema(description = "target or area") String fit) {
    }

    /**
     * A place to learn a step: a course of a public curriculum ({@code kind} course, with institution, curriculum and course
     * code) or a registered resource (textbook, seminar, e-learning …, with url, cost, language and source). Fields that do not
     * apply to its kind are left out.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record StepResourceView(String kind, @Schema(description = "The resource or registered resource id; for a course, curriculum/code") String id,
                            LocalizedText title,
                            @Schema(description = "introduces, reinforces or masters") String depth, Integer hours,
                            String institution, String curriculum, String course, String url, String cost, String language,
                            String source, String verification) {

        static StepResourceView of(StepResources.Match m) {
            if (m instanceof StepResources.CourseMatch c) {
                return new StepResourceView("course", c.key(), c.course().title(), c.depth().code(),
                        c.course().hours().isPresent() ? c.course().hours().getAsInt() : null, c.curriculum().institution().value(),
                        c.curriculum().id().value(), c.course().code(), null, null, null, null, null);
            }
            var r = ((StepResources.ResourceMatch) m).resource();
            return new StepResourceView(r.kind().code(), r.id(), r.title(), r.depth().code(),
                    r.hours().isPresent() ? r.hours().getAsInt() : null, null, null, null, r.url().orElse(null), r.cost().orElse(null), r.language(),
                    r.provenance().source(), r.provenance().verification().code());
        }
    }

    /**
     * A wait or an exam. An exam names its {@code sitting} and is dated on it; {@code sittingKnown} is false when no
     * sitting is known from the day the learner is {@code ready}, and {@code earliest} is then that day, not an exam date.
     */
    record MilestoneView(String kind, Named credential, int afterSteps, LocalDate earliest, String experience, Integer missingYears,
                         LocalDate ready, Boolean sittingKnown, SittingView sitting) {
    }

    record DomainHours(Named domain, int hours) {
    }

    record PlanView(GoalView goal, List<StepView> steps, List<MilestoneView> milestones, int totalHours, int weeks,
                    List<DomainHours> hoursByDomain, List<String> frameworkVersions, List<String> examCredentials,
                    @Schema(description = "The places to learn its steps refer to, once each") List<StepResourceView> resources) {

        /** {@return the place to learn with this id} */
        StepResourceView resource(String id) {
            return resources.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        }
    }

    /**
     * The answer to a plan request: the main plan's fields at the top level, as the API promises
     * ({@code steps}, {@code milestones}, {@code totalHours}, {@code weeks}, …), and its alternatives beside them.
     */
    record PlanAnswer(GoalView goal, List<StepView> steps, List<MilestoneView> milestones, int totalHours, int weeks,
                      List<DomainHours> hoursByDomain, List<String> frameworkVersions, List<String> examCredentials,
                      List<PlanView> alternatives, SelfAssessmentView selfAssessment, List<StrategyView> subjectStrategies,
                      List<WeekView> schedule, List<CurriculumLevelView> fromCurricula,
                      @Schema(description = "The places to learn the steps refer to (of the plan and its alternatives), once each")
                      List<StepResourceView> resources) {

        static PlanAnswer of(PlanView main, List<PlanView> alternatives, SelfAssessmentView selfAssessment) {
            return of(main, alternatives, selfAssessment, List.of(), List.of(), List.of());
        }

        static PlanAnswer of(PlanView main, List<PlanView> alternatives, SelfAssessmentView selfAssessment, List<StrategyView> strategies,
                             List<WeekView> schedule, List<CurriculumLevelView> fromCurricula) {
            Map<String, StepResourceView> places = new java.util.LinkedHashMap<>();
            main.resources().forEach(r -> places.putIfAbsent(r.id(), r));
            alternatives.forEach(a -> a.resources().forEach(r -> places.putIfAbsent(r.id(), r)));
            // Alternatives refer to the answer's list rather than repeating it.
            List<PlanView> lean = alternatives.stream().map(a -> new PlanView(a.goal(), a.steps(), a.milestones(), a.totalHours(), a.weeks(),
                    a.hoursByDomain(), a.frameworkVersions(), a.examCredentials(), List.of())).toList();
            return new PlanAnswer(main.goal(), main.steps(), main.milestones(), main.totalHours(), main.weeks(), main.hoursByDomain(),
                    main.frameworkVersions(), main.examCredentials(), lean, selfAssessment, strategies, schedule, fromCurricula,
                    List.copyOf(places.values()));
        }

        /** {@return the main plan without its alternatives} */
        PlanView main() {
            return new PlanView(goal, steps, milestones, totalHours, weeks, hoursByDomain, frameworkVersions, examCredentials, resources);
        }
    }

    /**
     * What a plan takes on trust: the targets whose self-assessed levels spared steps or hours, and the hours spared,
     * against a plan that counts only evidenced levels. Null when the plan takes nothing on trust.
     */
    record SelfAssessmentView(int hoursSpared, List<Named> targets) {
    }

    /**
     * Part or all of one step in one week, by the step's number only: {@code steps} holds its target (a plan of 90 weeks
     * would otherwise repeat them, and the answer's size is what plans' throughput pays for).
     */
    record BlockView(int step, int hours) {
    }

    /** One week of the weekly schedule: what to study, from which day. */
    record WeekView(int week, LocalDate start, int hours, List<BlockView> blocks) {
    }

    static List<WeekView> schedule(CompetencyGraph g, WeeklySchedule schedule) {
        // Loops rather than streams: this runs for every week of every plan answered.
        List<WeekView> weeks = new ArrayList<>(schedule.weeks().size());
        for (WeeklySchedule.Week w : schedule.weeks()) {
            List<BlockView> blocks = new ArrayList<>(w.blocks().size());
            for (WeeklySchedule.Block b : w.blocks()) {
                blocks.add(new BlockView(b.step(), b.hours()));
            }
            weeks.add(new WeekView(w.index(), w.start(), w.hours(), blocks));
        }
        return weeks;
    }

    /** A subject passed before and still in credit. */
    record BankedView(Named subject, int year) {
    }

    /** The subjects sat at one sitting of a strategy. */
    record PartView(List<Named> subjects, int hours, LocalDate ready, SittingView sitting) {
    }

    /**
     * One way to pass an exam subject by subject; {@code chosen} marks the default, the earliest to complete.
     */
    record StrategyView(Named credential, String kind, boolean chosen, int sittings, LocalDate completes, int weeks, int hours,
                        List<PartView> parts, List<BankedView> banked) {
    }

    static List<StrategyView> strategies(CompetencyGraph g, CredentialId credential, List<SubjectStrategy> strategies) {
        List<StrategyView> views = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            SubjectStrategy s = strategies.get(i);
            views.add(new StrategyView(credential(g, credential), s.kind().code(), i == 0, s.sittings(), s.completes(), s.weeks(), s.hours(),
                    s.parts().stream().map(p -> new PartView(p.subjects().stream().map(d -> domain(g, d)).toList(), p.hours(), p.ready(),
                            SittingView.of(p.sitting()))).toList(),
                    s.banked().stream().map(b -> new BankedView(domain(g, b.subject()), b.year())).toList()));
        }
        return views;
    }

    record GapView(Named target, int attained, int required, double importance) {
    }

    record FitView(Named role, String family, double score, int hoursToClose, List<GapView> missing) {
    }

    /** A level a second career credits from the needs of a current role. */
    record CreditView(Named target, int level) {
    }

    record FitAnswer(String scope, List<String> excludedFamilies, List<CreditView> credited, int total, List<FitView> roles,
                     List<CurriculumLevelView> fromCurricula) {
    }

    /**
     * A level a completed curriculum gave the profile: the target, the level its depth implies, and the course that evidences
     * it. Only levels that raised the profile are listed; a level the learner set higher stays theirs.
     */
    record CurriculumLevelView(Named target, int level, String depth, String curriculum, String institution, String course,
                               int completed) {

        static List<CurriculumLevelView> of(CompetencyGraph g, List<CurriculumLevel> levels) {
            return levels.stream().map(c -> new CurriculumLevelView(PlanViews.target(g, c.target()), c.level(), c.depth().code(),
                    c.curriculum().value(), c.institution().value(), c.course(), c.completed())).toList();
        }
    }

    static PlanView of(LearningPlan plan, CompetencyGraph g) {
        return of(plan, g, StepResources.none());
    }

    static PlanView of(LearningPlan plan, CompetencyGraph g, StepResources where) {
        List<StepView> steps = new ArrayList<>();
        TreeSet<String> versions = new TreeSet<>();
        Map<String, StepResourceView> places = new java.util.LinkedHashMap<>();
        GoalView goal = goal(plan.goal(), g);
        java.util.Set<String> named = new java.util.HashSet<>();
        goal.items().forEach(item -> named.add(item.id()));
        for (int i = 0; i < plan.steps().size(); i++) {
            Step s = plan.steps().get(i);
            Target t = g.target(s.target()).orElseThrow();
            versions.add(t.version().value());
            List<ResourceRef> refs = new ArrayList<>();
            for (StepResources.Match m : where.of(s.target())) {
                StepResourceView place = places.computeIfAbsent(m.key(), k -> StepResourceView.of(m));
                refs.add(new ResourceRef(place.id(), m.fit().code()));
            }
            List<WhyView> why = new ArrayList<>();
            for (WhyLink w : s.why()) {
                why.add(named.contains(w.id()) || w.id().equals(t.id().value()) ? new WhyView(w.relation().code(), w.id(), null) : why(w, g));
            }
            steps.add(new StepView(i + 1, new Named(t.id().value(), t.name()), t.version().framework().value(), t.domain().value(),
                    s.fromLevel(), s.toLevel(), s.hours(), why, refs));
        }
        List<MilestoneView> milestones = plan.milestones().stream().map(m -> {
            Named credential = credential(g, m.credential());
            return m instanceof Milestone.Wait w
                    ? new MilestoneView("wait", credential, w.afterSteps(), w.earliest(), w.experience().code(), w.missingYears(),
                            null, null, null)
                    : exam((Milestone.Exam) m, credential);
        }).toList();
        List<DomainHours> byDomain = plan.hoursByDomain().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new DomainHours(domain(g, e.getKey()), e.getValue())).toList();
        return new PlanView(goal, steps, milestones, plan.totalHours(), plan.weeks(), byDomain, List.copyOf(versions),
                plan.examCredentials().stream().map(CredentialId::value).toList(), List.copyOf(places.values()));
    }

    private static MilestoneView exam(Milestone.Exam e, Named credential) {
        return new MilestoneView("exam", credential, e.afterSteps(), e.earliest(), null, null, e.ready(), e.sitting().isPresent(),
                e.sitting().map(SittingView::of).orElse(null));
    }

    static GoalView goal(Goal goal, CompetencyGraph g) {
        if (goal instanceof Goal.CredentialGoal c) {
            return new GoalView("credential", List.of(credential(g, c.credential())), null);
        }
        if (goal instanceof Goal.RoleGoal r) {
            return new GoalView("role", List.of(role(g, r.role())), null);
        }
        Goal.TargetsGoal t = (Goal.TargetsGoal) goal;
        return new GoalView("targets", t.levels().keySet().stream().sorted().map(id -> target(g, id)).toList(),
                t.levels().values().stream().max(Integer::compare).orElse(null));
    }

    static FitView of(RoleFitRanking.Entry e, CompetencyGraph g) {
        return new FitView(role(g, e.role()), e.family(), e.score(), e.hoursToClose(),
                e.missing().stream().map(m -> new GapView(target(g, m.target()), m.attained(), m.required(), m.importance())).toList());
    }

    private static WhyView why(WhyLink w, CompetencyGraph g) {
        LocalizedText name = switch (w.relation()) {
            case GOAL_CREDENTIAL, VIA_CREDENTIAL, REQUIRES -> g.credential(new CredentialId(w.id())).map(c -> c.name()).orElse(null);
            case GOAL_ROLE -> g.role(new RoleId(w.id())).map(r -> r.name()).orElse(null);
            default -> TargetId.isWellFormed(w.id()) ? g.target(new TargetId(w.id())).map(Target::name).orElse(null) : null;
        };
        return new WhyView(w.relation().code(), w.id(), name);
    }

    static Named credential(CompetencyGraph g, CredentialId id) {
        return new Named(id.value(), g.credential(id).map(c -> c.name()).orElse(null));
    }

    static Named role(CompetencyGraph g, RoleId id) {
        return new Named(id.value(), g.role(id).map(r -> r.name()).orElse(null));
    }

    static Named target(CompetencyGraph g, TargetId id) {
        return new Named(id.value(), g.target(id).map(Target::name).orElse(null));
    }

    static Named domain(CompetencyGraph g, DomainId id) {
        return new Named(id.value(), g.domain(id).map(d -> d.name()).orElse(null));
    }
}
