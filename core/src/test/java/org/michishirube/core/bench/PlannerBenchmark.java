package org.michishirube.core.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.michishirube.core.fit.FitOutcome;
import org.michishirube.core.fit.FitScope;
import org.michishirube.core.fit.RoleFit;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.planning.LearningPathPlanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Planning time on synthetic graphs of ESCO scale, 10× and 100× smaller, in ESCO's make-up and in a dense
 * stress make-up ({@link Workload}).
 * <ul>
 *   <li>{@link #credentialGoal}: one credential goal, averaged over {@value Workload#CREDENTIAL_GOALS} credentials that can be planned;</li>
 *   <li>{@link #roleGoal}: one role goal with up to 3 alternatives, averaged over {@value Workload#ROLE_GOALS} roles spread over the ids;</li>
 *   <li>{@link #rankAllRoles}: role fit of every role of the graph, in one call.</li>
 * </ul>
 * Sample time rather than average time: each call is timed, so the report carries percentiles as well as
 * the mean, and the median stays readable on a machine shared with other work (the mean does not).
 * Run with {@code ./mvnw -B -pl core -Pbenchmark verify}; see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlannerBenchmark {

    @Param({"HUNDREDTH", "TENTH", "ESCO", "DENSE_TENTH", "DENSE_ESCO"})
    public Workload.Size size;

    @Param({"BEGINNER", "RANDOM"})
    public Workload.Learner learner;

    private CompetencyGraph graph;
    private LearnerProfile profile;
    private PlanningOptions options;
    private List<Goal> credentialGoals;
    private List<Goal> roleGoals;
    private final LearningPathPlanner planner = LearningPathPlanner.topological();
    private final RoleFit fit = RoleFit.weightedCoverage();

    @Setup(Level.Trial)
    public void setUp() {
        graph = Workload.graph(size);
        profile = Workload.learner(learner, graph);
        options = Workload.options();
        credentialGoals = Workload.credentialGoals(size, graph, profile);
        roleGoals = Workload.roleGoals(size, graph, profile);
    }

    @Benchmark
    @OperationsPerInvocation(Workload.CREDENTIAL_GOALS)
    public void credentialGoal(Blackhole sink) {
        for (Goal goal : credentialGoals) {
            sink.consume(planner.plan(graph, profile, goal, options));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.ROLE_GOALS)
    public void roleGoal(Blackhole sink) {
        for (Goal goal : roleGoals) {
            sink.consume(planner.plan(graph, profile, goal, options));
        }
    }

    @Benchmark
    public FitOutcome rankAllRoles() {
        return fit.rank(graph, profile, FitScope.allRoles(), options);
    }
}
