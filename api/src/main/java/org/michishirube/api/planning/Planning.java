package org.michishirube.api.planning;

import org.michishirube.core.fit.RoleFit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.michishirube.api.planning.PlanningBodies.GoalBody;
import org.michishirube.api.planning.PlanningBodies.PlanRequest;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanningBodies.RoleFitRequest;
import org.michishirube.api.planning.PlanViews.FitAnswer;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanViews.SelfAssessmentView;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.core.fit.FitOutcome;
import org.michishirube.core.fit.FitScope;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.resource.StepResources;
import org.michishirube.core.planning.WeeksOff;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.planning.CompletedCurriculum;
import org.michishirube.core.planning.CurriculumCredit;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.LearningPlan;
import org.michishirube.core.planning.LearningPathPlanner;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.Milestone;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.planning.SubjectStrategies;
import org.michishirube.core.planning.WeeklySchedule;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.interop.ctdl.Ctdl;
import org.michishirube.interop.VisibleVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans learning paths and ranks roles against the current snapshot, and turns the planner's and the ranking's outcomes
 * into answers or problems. Nothing is stored.
 */
@Component
class Planning {

    static final int MAX_ALTERNATIVES = 5;
    static final int MAX_ROLES = 200;

    private final PublishedGraph published;
    private final CompletedCurricula curricula;
    private final StepResourceIndex resources;
    private final LearningPathPlanner planner = LearningPathPlanner.topological();
    private final Clock clock;
    private final String configuredBase;

    private final io.micrometer.core.instrument.Timer plannerTime;

    Planning(PublishedGraph published, CompletedCurricula curricula, StepResourceIndex resources, java.util.Optional<Clock> clock, io.micrometer.core.instrument.MeterRegistry registry,
             @Value("${michishirube.public-base-url:}") String configuredBase) {
        this.published = published;
        this.curricula = curricula;
        this.resources = resources;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.configuredBase = configuredBase;
        this.plannerTime = io.micrometer.core.instrument.Timer.builder("michishirube.planner")
                .description("Time the planner takes for one plan, alternatives included").publishPercentileHistogram().register(registry);
    }

    /** {@return the index of where to learn each target, rebuilt first if stale}; answers built after it list current resources */
    Mono<StepResources> resources() {
        return resources.fresh();
    }

    CompetencyGraph graph() {
        return published.snapshot().graph();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Mono<PlanAnswer> plan(PlanRequest request) {
        if (request == null) {
            return Mono.error(new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with profile and goal is required."));
        }
        return resources.fresh().then(curricula.visible(request.profile())).map(visible -> plan(request.profile(), request.goal(), request.alternatives(),
                request.today(), request.countSelfAssessed(), visible));
    }

    /** {@return the main plan of a request as a CTDL Pathway, its URIs under this service's public base} */
    Mono<ObjectNode> pathway(PlanRequest request, ServerHttpRequest http) {
        if (request == null) {
            return Mono.error(new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with profile and goal is required."));
        }
        return resources.fresh().then(curricula.visible(request.profile())).map(visible -> pathway(request, http, visible));
    }

    private ObjectNode pathway(PlanRequest request, ServerHttpRequest http, Map<String, Curriculum> visible) {
        var answer = plan(request.profile(), request.goal(), 0, request.today(), request.countSelfAssessed(), visible);
        return PlanPathway.of(answer.main(), graph(), ctdl(http));
    }

    /** {@return the CTDL writer over the published snapshot, its URIs under this service's public base} */
    Ctdl ctdl(ServerHttpRequest http) {
        GraphSnapshot snapshot = published.snapshot();
        CompetencyGraph g = snapshot.graph();
        return new Ctdl(new VisibleVersions(base(http), g.credentials(), g.frameworks(), List.copyOf(snapshot.trees().values()),
                Map.of(), Instant.EPOCH));
    }

    private String base(ServerHttpRequest request) {
        if (!configuredBase.isBlank()) {
            return configuredBase;
        }
        return request.getURI().getScheme() + "://" + request.getURI().getRawAuthority();
    }

    /**
     * {@return the roles ranked by weighted coverage of their needs}; in second-career mode the current roles' families are
     * left out and their needs count as attained
     */
    Mono<FitAnswer> roleFit(RoleFitRequest request) {
        if (request == null) {
            return Mono.error(new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with a profile is required."));
        }
        return curricula.visible(request.profile()).map(visible -> roleFit(request, visible));
    }

    private FitAnswer roleFit(RoleFitRequest request, Map<String, Curriculum> visible) {
        CompetencyGraph g = graph();
        ProfileReader reader = new ProfileReader(g, today());
        LearnerProfile read = reader.profile(request.profile(), "profile");
        List<CompletedCurriculum> completed = reader.curricula(request.profile(), "profile", visible);
        FitScope scope = FitScope.allRoles();
        if (request.secondCareer() != null) {
            List<String> roles = request.secondCareer().currentRoles() == null ? List.of() : request.secondCareer().currentRoles();
            List<String> families = request.secondCareer().currentFamilies() == null ? List.of() : request.secondCareer().currentFamilies();
            for (int i = 0; i < roles.size(); i++) {
                String r = roles.get(i);
                if (r == null || !RoleId.isWellFormed(r) || g.role(new RoleId(r)).isEmpty()) {
                    throw new ApiException(ProblemType.NOT_FOUND, "No role has the id '" + r + "'.",
                            Map.of("field", "secondCareer.currentRoles[" + i + "]"));
                }
            }
            scope = new FitScope.SecondCareer(roles.stream().map(RoleId::new).collect(Collectors.toSet()), Set.copyOf(families));
        }
        Integer limit = request.limit();
        if (limit != null && (limit < 1 || limit > MAX_ROLES)) {
            throw ApiException.invalidParameter("limit", "limit must be 1.." + MAX_ROLES + ", was " + limit + ".");
        }
        reader.failIfAny();
        CurriculumCredit.Credited credited = CurriculumCredit.apply(g, read, completed);
        LearnerProfile profile = counted(credited.profile(), request.countSelfAssessed());
        FitOutcome outcome = RoleFit.weightedCoverage().rank(g, profile, scope, PlanningOptions.defaults(today()));
        if (outcome instanceof FitOutcome.Rejected rejected) {
            throw new ApiException(ProblemType.UNPLANNABLE, rejected.explanation(),
                    Map.of("reason", rejected.reason().code(), "witness", rejected.witness()));
        }
        var ranking = ((FitOutcome.Ranked) outcome).ranking();
        var entries = ranking.entries().stream().limit(limit == null ? Integer.MAX_VALUE : limit).map(e -> PlanViews.of(e, g)).toList();
        return new FitAnswer(scope instanceof FitScope.SecondCareer ? "second-career" : "all-roles",
                ranking.excludedFamilies().stream().sorted().toList(),
                ranking.credited().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(c -> new PlanViews.CreditView(PlanViews.target(g, c.getKey()), c.getValue())).toList(),
                ranking.entries().size(), entries, PlanViews.CurriculumLevelView.of(g, credited.credited()));
    }

    /**
     * {@return the plan from a profile to a goal}
     *
     * @param visible the curricula the caller may see among those the profile names, from {@link CompletedCurricula}
     */
    PlanAnswer plan(ProfileBody profileBody, GoalBody goalBody, Integer alternatives, LocalDate day, Boolean countSelfAssessed,
                    Map<String, Curriculum> visible) {
        GraphSnapshot snapshot = published.snapshot();
        CompetencyGraph g = snapshot.graph();
        LocalDate today = day == null ? today() : day;
        ProfileReader reader = new ProfileReader(g, today);
        LearnerProfile read = reader.profile(profileBody, "profile");
        List<CompletedCurriculum> completed = reader.curricula(profileBody, "profile", visible);
        Goal goal = reader.goal(goalBody, "goal");
        int k = alternatives == null ? PlanningOptions.DEFAULT_ALTERNATIVES : alternatives;
        if (k < 0 || k > MAX_ALTERNATIVES) {
            throw ApiException.invalidParameter("alternatives", "alternatives must be 0.." + MAX_ALTERNATIVES + ", was " + k + ".");
        }
        WeeksOff weeksOff = reader.weeksOff(profileBody, "profile");
        reader.failIfAny();
        CurriculumCredit.Credited credited = CurriculumCredit.apply(g, read, completed);
        LearnerProfile profile = counted(credited.profile(), countSelfAssessed);
        // The sittings are indexed once per snapshot, so putting exams on them costs a binary search per exam.
        PlanningOptions options = PlanningOptions.defaults(today).withSittings(snapshot.sittings()).withWeeksOff(weeksOff);
        PlanOutcome outcome = plannerTime.record(() -> planner.plan(g, profile, goal, options.withAlternatives(k)));
        if (outcome instanceof PlanOutcome.Planned planned) {
            SelfAssessmentView onTrust = profile.hasSelfAssessedLevels()
                    ? onTrust(g, planned.plan(), planner.plan(g, profile.evidencedOnly(), goal, options.withAlternatives(0)))
                    : null;
            List<PlanViews.StrategyView> strategies = new java.util.ArrayList<>();
            for (Milestone m : planned.plan().milestones()) {
                if (m instanceof Milestone.Exam exam) {
                    strategies.addAll(PlanViews.strategies(g, exam.credential(),
                            SubjectStrategies.of(g, profile, planned.plan(), exam, options)));
                }
            }
            StepResources where = resources.current();
            return PlanAnswer.of(PlanViews.of(planned.plan(), g, where), planned.alternatives().stream().map(p -> PlanViews.of(p, g, where)).toList(),
                    onTrust, strategies, PlanViews.schedule(g, WeeklySchedule.of(planned.plan(), today, profile.hoursPerWeek(), weeksOff)),
                    PlanViews.CurriculumLevelView.of(g, credited.credited()));
        }
        if (outcome instanceof PlanOutcome.AlreadyReached reached) {
            throw new ApiException(ProblemType.GOAL_ALREADY_REACHED, reached.explanation(), Map.of("field", "goal"));
        }
        PlanOutcome.Unreachable u = (PlanOutcome.Unreachable) outcome;
        throw new ApiException(ProblemType.UNPLANNABLE, u.explanation(), Map.of("reason", u.reason().code(), "witness", List.copyOf(u.witness())));
    }

    /**
     * {@return a profile as read and raised by its completed curricula}, or the request's problems (each field named)
     *
     * @param visible the curricula the caller may see among those the profile names
     */
    CurriculumCredit.Credited credited(ProfileBody profileBody, Map<String, Curriculum> visible, LocalDate day) {
        CompetencyGraph g = graph();
        ProfileReader reader = new ProfileReader(g, day == null ? today() : day);
        LearnerProfile read = reader.profile(profileBody, "profile");
        List<CompletedCurriculum> completed = reader.curricula(profileBody, "profile", visible);
        reader.failIfAny();
        return CurriculumCredit.apply(g, read, completed);
    }

    /** {@return the profile with the levels a request counts: all by default, only evidenced ones when it says false} */
    static LearnerProfile counted(LearnerProfile profile, Boolean countSelfAssessed) {
        return Boolean.FALSE.equals(countSelfAssessed) ? profile.evidencedOnly() : profile;
    }

    /**
     * {@return what the plan takes on trust: the targets a plan from evidenced levels alone studies longer, and the hours
     * that adds; null when it adds nothing}
     */
    private static SelfAssessmentView onTrust(CompetencyGraph g, LearningPlan trusting, PlanOutcome cautious) {
        if (!(cautious instanceof PlanOutcome.Planned strict)) {
            return null;
        }
        Map<TargetId, Integer> hours = new HashMap<>();
        trusting.steps().forEach(s -> hours.merge(s.target(), s.hours(), Integer::sum));
        Map<TargetId, Integer> strictHours = new TreeMap<>();
        strict.plan().steps().forEach(s -> strictHours.merge(s.target(), s.hours(), Integer::sum));
        List<PlanViews.Named> targets = strictHours.entrySet().stream()
                .filter(e -> e.getValue() > hours.getOrDefault(e.getKey(), 0))
                .map(e -> PlanViews.target(g, e.getKey())).toList();
        int spared = strict.plan().totalHours() - trusting.totalHours();
        return targets.isEmpty() && spared <= 0 ? null : new SelfAssessmentView(spared, targets);
    }
}
