package org.michishirube.api.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.michishirube.api.planning.PlanningBodies.GoalBody;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.LearningPathPlanner;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.planning.TopologicalLearningPathPlanner;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;

/** Plans against the current snapshot and turns the planner's outcomes into answers or problems. */
@Component
class Planning {

    static final int MAX_ALTERNATIVES = 5;

    private final PublishedGraph published;
    private final LearningPathPlanner planner = new TopologicalLearningPathPlanner();
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

    PlanAnswer plan(ProfileBody profileBody, GoalBody goalBody, Integer alternatives, LocalDate day) {
        CompetencyGraph g = graph();
        LocalDate today = day == null ? today() : day;
        ProfileReader reader = new ProfileReader(g, today);
        LearnerProfile profile = reader.profile(profileBody, "profile");
        Goal goal = reader.goal(goalBody, "goal");
        int k = alternatives == null ? PlanningOptions.DEFAULT_ALTERNATIVES : alternatives;
        if (k < 0 || k > MAX_ALTERNATIVES) {
            throw ApiException.invalidParameter("alternatives", "alternatives must be 0.." + MAX_ALTERNATIVES + ", was " + k + ".");
        }
        reader.failIfAny();
        PlanOutcome outcome = plannerTime.record(() -> planner.plan(g, profile, goal, PlanningOptions.defaults(today).withAlternatives(k)));
        if (outcome instanceof PlanOutcome.Planned planned) {
            return PlanAnswer.of(PlanViews.of(planned.plan(), g), planned.alternatives().stream().map(p -> PlanViews.of(p, g)).toList());
        }
        if (outcome instanceof PlanOutcome.AlreadyReached reached) {
            throw new ApiException(ProblemType.GOAL_ALREADY_REACHED, reached.explanation(), Map.of("field", "goal"));
        }
        PlanOutcome.Unreachable u = (PlanOutcome.Unreachable) outcome;
        throw new ApiException(ProblemType.UNPLANNABLE, u.explanation(), Map.of("reason", u.reason().code(), "witness", List.copyOf(u.witness())));
    }
}
