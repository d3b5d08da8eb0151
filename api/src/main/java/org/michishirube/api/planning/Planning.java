package org.michishirube.api.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.michishirube.api.planning.PlanningBodies.GoalBody;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanViews.SelfAssessmentView;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.LearningPlan;
import org.michishirube.core.planning.LearningPathPlanner;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;

/** Plans against the current snapshot and turns the planner's outcomes into answers or problems. */
@Component
class Planning {

    static final int MAX_ALTERNATIVES = 5;

    private final PublishedGraph published;
    private final LearningPathPlanner planner = LearningPathPlanner.topological();
    private final Clock clock;

    private final io.micrometer.core.instrument.Timer plannerTime;

    Planning(PublishedGraph published, java.util.Optional<Clock> clock, io.micrometer.core.instrument.MeterRegistry registry) {
        this.published = published;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.plannerTime = io.micrometer.core.instrument.Timer.builder("michishirube.planner")
                .description("Time the planner takes for one plan, alternatives included").publishPercentileHistogram().register(registry);
    }

    CompetencyGraph graph() {
        return published.snapshot().graph();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    PlanAnswer plan(ProfileBody profileBody, GoalBody goalBody, Integer alternatives, LocalDate day, Boolean countSelfAssessed) {
        CompetencyGraph g = graph();
        LocalDate today = day == null ? today() : day;
        ProfileReader reader = new ProfileReader(g, today);
        LearnerProfile given = reader.profile(profileBody, "profile");
        Goal goal = reader.goal(goalBody, "goal");
        int k = alternatives == null ? PlanningOptions.DEFAULT_ALTERNATIVES : alternatives;
        if (k < 0 || k > MAX_ALTERNATIVES) {
            throw ApiException.invalidParameter("alternatives", "alternatives must be 0.." + MAX_ALTERNATIVES + ", was " + k + ".");
        }
        reader.failIfAny();
        LearnerProfile profile = counted(given, countSelfAssessed);
        PlanningOptions options = PlanningOptions.defaults(today);
        PlanOutcome outcome = plannerTime.record(() -> planner.plan(g, profile, goal, options.withAlternatives(k)));
        if (outcome instanceof PlanOutcome.Planned planned) {
            SelfAssessmentView onTrust = profile.hasSelfAssessedLevels()
                    ? onTrust(g, planned.plan(), planner.plan(g, profile.evidencedOnly(), goal, options.withAlternatives(0)))
                    : null;
            return PlanAnswer.of(PlanViews.of(planned.plan(), g), planned.alternatives().stream().map(p -> PlanViews.of(p, g)).toList(),
                    onTrust);
        }
        if (outcome instanceof PlanOutcome.AlreadyReached reached) {
            throw new ApiException(ProblemType.GOAL_ALREADY_REACHED, reached.explanation(), Map.of("field", "goal"));
        }
        PlanOutcome.Unreachable u = (PlanOutcome.Unreachable) outcome;
        throw new ApiException(ProblemType.UNPLANNABLE, u.explanation(), Map.of("reason", u.reason().code(), "witness", List.copyOf(u.witness())));
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
