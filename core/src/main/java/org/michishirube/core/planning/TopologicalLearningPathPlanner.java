package org.michishirube.core.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Dag;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetIndex;
import org.michishirube.core.planning.PlanOutcome.Reason;
import org.michishirube.core.planning.PlanOutcome.Unreachable;

/**
 * Plans by closing the goal's targets under their prerequisites and ordering the steps topologically.
 * <ul>
 *   <li>A goal splits into stages: one per credential to earn (its required credentials first, in
 *       post-order, by id), then the role's needs or the goal's targets. A target is studied once, at the
 *       highest level any stage needs, in the first stage where it is a gap.</li>
 *   <li>A target is a gap when its {@link Attainment#level attained level} is below the level needed.
 *       Prerequisites of a gap are needed at level {@value #PREREQUISITE_LEVEL}; the closure stops at
 *       targets already held at the level needed.</li>
 *   <li>Ties among steps ready at the same time break by stage, then domain id, then target id, so the
 *       stages come out as consecutive blocks and the same input gives an equal plan.</li>
 *   <li>For a role goal, each credential that suits the role and is not held gives an alternative: earn it,
 *       then meet the remaining needs. Alternatives differ materially when their exam credentials differ.
 *       Credential and targets goals have none: a credential's eligibility path is fixed.</li>
 *   <li>A required credential without a framework (a national licence) makes the goal
 *       {@link Reason#NO_FRAMEWORK unreachable}: its preparation is outside any framework here.</li>
 * </ul>
 */
final class TopologicalLearningPathPlanner implements LearningPathPlanner {

    /** A prerequisite is needed at level 1 ("knows"): enough to follow what builds on it. */
    public static final int PREREQUISITE_LEVEL = 1;

    @Override
    public PlanOutcome plan(CompetencyGraph graph, LearnerProfile profile, Goal goal, PlanningOptions options) {
        Attainment attainment = Attainment.of(graph, profile, options);
        Optional<Unreachable> badProfile = attainment.problem();
        if (badProfile.isPresent()) {
            return badProfile.get();
        }
        Planning planning = new Planning(graph, attainment, goal, options);
        if (goal instanceof Goal.CredentialGoal g) {
            return planning.credential(g);
        }
        if (goal instanceof Goal.RoleGoal g) {
            return planning.role(g);
        }
        return planning.targets((Goal.TargetsGoal) goal);
    }

    /** One part of a goal: targets at levels, closed by a credential's exam when it has one. */
    private record Stage(Optional<CredentialId> exam, List<WhyLink> prefix, WhyLink.Relation relation,
                         Roots roots, List<Waiting> waits, List<CredentialId> requires) {
    }

    /**
     * A stage's targets by position, ascending (which is id order), with the level each is wanted at.
     * Arrays, because a credential's stage holds every leaf of its framework.
     */
    private record Roots(int[] positions, int[] levels) {

        /** The targets of a map, all known to the index. */
        static Roots of(TargetIndex index, Map<TargetId, Integer> levels) {
            int[] positions = new int[levels.size()];
            int[] wanted = new int[levels.size()];
            int k = 0;
            for (Map.Entry<TargetId, Integer> e : new TreeMap<>(levels).entrySet()) {
                positions[k] = index.positionOf(e.getKey());
                wanted[k++] = e.getValue();
            }
            return new Roots(positions, wanted);
        }

        int size() {
            return positions.length;
        }
    }

    private record Waiting(ExperienceKind kind, int missingYears) {
    }

    /** A plan, or the cycle that prevented ordering it. */
    private record Built(LearningPlan plan, Unreachable cycle) {
    }

    /** The state of one call, so the helpers need not pass it around. */
    private static final class Planning {
        private final CompetencyGraph graph;
        private final Attainment attainment;
        private final Goal goal;
        private final PlanningOptions options;
        /** Reused by every plan built on this thread for this graph (a role goal builds one per alternative). */
        private Scratch scratch;

        Planning(CompetencyGraph graph, Attainment attainment, Goal goal, PlanningOptions options) {
            this.graph = graph;
            this.attainment = attainment;
            this.goal = goal;
            this.options = options;
        }

        PlanOutcome credential(Goal.CredentialGoal g) {
            CredentialId id = g.credential();
            Optional<Credential> credential = graph.credential(id);
            if (credential.isEmpty()) {
                return Attainment.unknownCredential(id, "the goal names");
            }
            if (g.version().isPresent()) {
                FrameworkVersionId version = g.version().get();
                boolean ofThisCredential = graph.version(version).isPresent()
                        && credential.get().framework().filter(version.framework()::equals).isPresent();
                if (!ofThisCredential) {
                    return new Unreachable(Reason.UNKNOWN_VERSION, "framework version " + version
                            + " is not a known version of the framework of " + id, List.of(version.value()));
                }
                Optional<FrameworkVersionId> current = graph.currentVersion(version.framework());
                if (!current.equals(Optional.of(version))) {
                    List<String> witness = new ArrayList<>(List.of(version.value()));
                    current.ifPresent(c -> witness.add(c.value()));
                    return new Unreachable(Reason.VERSION_NOT_CURRENT, "framework version " + version
                            + " is not the current one" + current.map(c -> " (" + c + " is)").orElse(""), witness);
                }
            }
            if (attainment.holds(id)) {
                return new PlanOutcome.AlreadyReached(goal, attainment.holdsDirectly(id)
                        ? "the profile holds " + id
                        : "the profile holds a credential that requires " + id);
            }
            List<Stage> stages = new ArrayList<>();
            Optional<Unreachable> blocked = earn(id, List.of(new WhyLink(WhyLink.Relation.GOAL_CREDENTIAL, id.value())),
                    new HashSet<>(), new HashSet<>(), stages);
            if (blocked.isPresent()) {
                return blocked.get();
            }
            Built built = build(stages);
            if (built.cycle() != null) {
                return built.cycle();
            }
            return new PlanOutcome.Planned(built.plan(), List.of());
        }

        PlanOutcome role(Goal.RoleGoal g) {
            Optional<Role> role = graph.role(g.role());
            if (role.isEmpty()) {
                return new Unreachable(Reason.UNKNOWN_ROLE, "the goal names role " + g.role()
                        + ", which this graph does not know", List.of(g.role().value()));
            }
            Map<TargetId, Integer> needs = new TreeMap<>();
            for (Need need : role.get().needs()) {
                needs.merge(need.target(), need.level(), Math::max);
            }
            List<WhyLink> prefix = List.of(new WhyLink(WhyLink.Relation.GOAL_ROLE, g.role().value()));
            Stage needStage = new Stage(Optional.empty(), prefix, WhyLink.Relation.NEEDS, Roots.of(graph.index(), needs),
                    List.of(), List.of());
            Built main = build(List.of(needStage));
            if (main.cycle() != null) {
                return main.cycle();
            }
            if (main.plan().steps().isEmpty()) {
                return new PlanOutcome.AlreadyReached(goal, needs.isEmpty()
                        ? "role " + g.role() + " lists no needs"
                        : "every need of role " + g.role() + " is met at its level");
            }
            return new PlanOutcome.Planned(main.plan(), alternatives(g, needStage));
        }

        /** Earning a credential that suits the role, then meeting the needs it leaves open. */
        private List<LearningPlan> alternatives(Goal.RoleGoal g, Stage needStage) {
            if (options.alternatives() == 0) {
                return List.of();
            }
            List<LearningPlan> candidates = new ArrayList<>();
            for (CredentialId via : graph.credentialsSuiting(g.role())) {
                if (attainment.holds(via)) {
                    continue; // its targets already count as held in the main plan
                }
                List<Stage> stages = new ArrayList<>();
                List<WhyLink> path = List.of(new WhyLink(WhyLink.Relation.GOAL_ROLE, g.role().value()),
                        new WhyLink(WhyLink.Relation.VIA_CREDENTIAL, via.value()));
                if (earn(via, path, new HashSet<>(), new HashSet<>(), stages).isPresent()) {
                    continue; // e.g. it needs a licence that cannot be planned: not an alternative
                }
                stages.add(needStage);
                Built built = build(stages);
                if (built.plan() != null) {
                    candidates.add(built.plan());
                }
            }
            candidates.sort(Comparator.comparingInt(LearningPlan::totalHours).thenComparingInt(LearningPlan::weeks)
                    .thenComparing(p -> p.examCredentials().stream().map(CredentialId::value)
                            .collect(Collectors.joining(","))));
            Set<Set<CredentialId>> seen = new HashSet<>();
            seen.add(Set.of()); // the main plan sits no exam
            List<LearningPlan> chosen = new ArrayList<>();
            for (LearningPlan p : candidates) {
                if (chosen.size() < options.alternatives() && seen.add(Set.copyOf(p.examCredentials()))) {
                    chosen.add(p);
                }
            }
            return chosen;
        }

        PlanOutcome targets(Goal.TargetsGoal g) {
            for (TargetId t : g.levels().keySet()) {
                if (!graph.contains(t)) {
                    return new Unreachable(Reason.UNKNOWN_TARGET, "the goal names target " + t
                            + ", which this graph does not know", List.of(t.value()));
                }
            }
            Stage stage = new Stage(Optional.empty(), List.of(), WhyLink.Relation.GOAL_TARGET,
                    Roots.of(graph.index(), g.levels()), List.of(),
                    List.of());
            Built built = build(List.of(stage));
            if (built.cycle() != null) {
                return built.cycle();
            }
            if (built.plan().steps().isEmpty()) {
                return new PlanOutcome.AlreadyReached(goal, "every target is held at the level asked");
            }
            return new PlanOutcome.Planned(built.plan(), List.of());
        }

        /**
         * Adds the stages that earn a credential, after those of the credentials it requires.
         *
         * @return why it cannot be earned, if so
         */
        private Optional<Unreachable> earn(CredentialId id, List<WhyLink> path, Set<CredentialId> visiting,
                                           Set<CredentialId> done, List<Stage> stages) {
            if (attainment.holds(id) || done.contains(id)) {
                return Optional.empty();
            }
            List<String> witness = path.stream().map(WhyLink::id).toList();
            if (!visiting.add(id)) {
                return Optional.of(new Unreachable(Reason.ELIGIBILITY_CYCLE,
                        "the eligibility rules form a cycle: " + String.join(" → ", witness), witness));
            }
            Optional<Credential> found = graph.credential(id);
            if (found.isEmpty()) {
                return Optional.of(Attainment.unknownCredential(id, "an eligibility rule names"));
            }
            Credential credential = found.get();
            if (credential.framework().isEmpty()) {
                return Optional.of(new Unreachable(Reason.NO_FRAMEWORK, chain(path, credential)
                        + " has no framework of targets, so it cannot be planned here", witness));
            }
            FrameworkId framework = credential.framework().get();
            if (graph.currentVersion(framework).isEmpty()) {
                return Optional.of(new Unreachable(Reason.NO_PUBLISHED_VERSION, chain(path, credential)
                        + " has no published framework version, so it cannot be planned here", witness));
            }
            // The rule's cheapest way from here: which credentials to earn first, which work to wait for.
            EligibilityRoute route = EligibilityRoute.of(credential.requirements(), attainment::holds, attainment::experience);
            List<CredentialId> requires = List.copyOf(route.earn());
            for (CredentialId required : requires) {
                List<WhyLink> deeper = new ArrayList<>(path);
                deeper.add(new WhyLink(WhyLink.Relation.REQUIRES, required.value()));
                Optional<Unreachable> blocked = earn(required, deeper, visiting, done, stages);
                if (blocked.isPresent()) {
                    return blocked;
                }
            }
            List<Waiting> waits = new ArrayList<>();
            route.missingYears().forEach((kind, missing) -> waits.add(new Waiting(kind, missing)));
            // Every leaf of the framework's current version, at the credential level.
            TargetIndex index = graph.index();
            int ordinal = index.frameworkOrdinal(framework);
            int leaves = ordinal < 0 ? 0 : index.leafCount(ordinal);
            int[] positions = new int[leaves];
            for (int k = 0; k < leaves; k++) {
                positions[k] = index.leaf(ordinal, k);
            }
            int[] levels = new int[leaves];
            java.util.Arrays.fill(levels, options.credentialLevel());
            stages.add(new Stage(Optional.of(id), path, WhyLink.Relation.CONTAINS, new Roots(positions, levels), waits,
                    requires.stream().filter(r -> !attainment.holds(r)).toList()));
            visiting.remove(id);
            done.add(id);
            return Optional.empty();
        }

        private static String chain(List<WhyLink> path, Credential credential) {
            String name = credential.id() + " (" + credential.name().en() + ")";
            if (path.size() <= 1) {
                return name;
            }
            return path.subList(0, path.size() - 1).stream().map(WhyLink::id).collect(Collectors.joining(" → "))
                    + " requires " + name + ", which";
        }

        private Built build(List<Stage> stages) {
            if (scratch == null) {
                scratch = Scratch.forThisThread(graph.index());
            }
            try {
                return build(stages, scratch);
            } finally {
                scratch.clear(stages);
            }
        }

        private Built build(List<Stage> stages, Scratch scratch) {
            TargetIndex index = graph.index();
            int[] wanted = scratch.wanted;
            for (Stage stage : stages) {
                Roots roots = stage.roots();
                for (int k = 0; k < roots.size(); k++) {
                    int i = roots.positions()[k];
                    wanted[i] = Math.max(wanted[i], roots.levels()[k]);
                }
            }
            byte[] mark = scratch.mark;
            int[] stageOf = scratch.stageOf;
            int[] local = scratch.local;
            // Why chains by index among the steps: sized by the plan, and young like the chains it holds.
            WhyChain[] why = new WhyChain[64];
            int[] members = scratch.members;
            int found = 0;
            // How many of each step's prerequisites are steps too, by index among the steps: counted during the
            // walk, which reads every step's prerequisites anyway, so ordering need not read them again.
            int[] pending = new int[64];
            for (int s = 0; s < stages.size(); s++) {
                Stage stage = stages.get(s);
                WhyChain prefix = stage.prefix().isEmpty() ? null : WhyChain.of(stage.prefix());
                int head = found;
                Roots roots = stage.roots();
                for (int r = 0; r < roots.size(); r++) {
                    int t = roots.positions()[r];
                    // Never marked held: its wanted level is at least this one, which is above its attained level.
                    if (roots.levels()[r] > attainment.level(t) && mark[t] != STEP) {
                        mark[t] = STEP;
                        stageOf[t] = s;
                        local[t] = found;
                        WhyLink root = scratch.link(stage.relation(), t, index);
                        why = room(why, found);
                        pending = room(pending, found);
                        why[found] = prefix == null ? WhyChain.of(List.of(root)) : prefix.then(root);
                        members[found++] = t;
                        scratch.found = found;
                    }
                }
                // Breadth first, so each step's reason is a shortest chain from this stage's roots.
                while (head < found) {
                    int t = members[head++];
                    for (int k = 0, count = index.prerequisiteCount(t); k < count; k++) {
                        int p = index.prerequisite(t, k);
                        if (mark[p] == 0) {
                            if (attainment.level(p) >= neededLevel(wanted, p)) {
                                mark[p] = HELD;
                                scratch.held(p);
                            } else {
                                mark[p] = STEP;
                                stageOf[p] = s;
                                local[p] = found;
                                why = room(why, found);
                                pending = room(pending, found);
                                why[found] = why[local[t]].then(scratch.link(WhyLink.Relation.PREREQUISITE, p, index));
                                members[found++] = p;
                                scratch.found = found;
                            }
                        }
                        if (mark[p] == STEP) {
                            pending[local[t]]++; // a self-loop stays pending for ever: a cycle
                        }
                    }
                }
            }
            int[] order = topologicalOrder(index, members, local, found, stageOf, mark, pending);
            if (order == null) {
                Set<TargetId> nodes = new HashSet<>();
                for (int k = 0; k < found; k++) {
                    nodes.add(index.id(members[k]));
                }
                List<String> cycle = Dag.findCycle(nodes,
                                t -> graph.prerequisites(t).stream().filter(nodes::contains).toList(),
                                Comparator.naturalOrder())
                        .orElse(List.of()).stream().map(TargetId::value).toList();
                return new Built(null, new Unreachable(Reason.PREREQUISITE_CYCLE,
                        "the prerequisites form a cycle: " + String.join(" → ", cycle), cycle));
            }
            List<Step> steps = new ArrayList<>(found);
            int[] stepStages = new int[found];
            long[] domainHours = new long[index.domainCount()];
            boolean[] domainSeen = new boolean[index.domainCount()];
            Map<DomainId, Integer> byDomain = new TreeMap<>();
            for (int k = 0; k < found; k++) {
                int t = order[k];
                int from = attainment.level(t);
                int to = neededLevel(wanted, t);
                int hours = Effort.hours(index.effortHours(t), from, to, options.defaultEffortHours());
                steps.add(new Step(index.id(t), from, to, hours, why[local[t]]));
                stepStages[k] = stageOf[t];
                int d = index.domainOrdinal(t);
                if (d < 0) {
                    byDomain.merge(index.target(t).domain(), hours, Integer::sum); // not on a valid graph
                } else {
                    domainHours[d] += hours;
                    domainSeen[d] = true;
                }
            }
            for (int k = 0; k < found; k++) {
                int d = index.domainOrdinal(order[k]);
                if (d >= 0 && domainSeen[d]) {
                    byDomain.put(index.target(order[k]).domain(), Math.toIntExact(domainHours[d]));
                    domainSeen[d] = false;
                }
            }
            int total = 0;
            for (Step step : steps) {
                total += step.hours();
            }
            List<Milestone> milestones = milestones(stages, steps, stepStages);
            int weeks = options.calendarWeeks(total, attainment.profile().hoursPerWeek());
            for (Milestone m : milestones) {
                weeks = Math.max(weeks, ceilDiv(ChronoUnit.DAYS.between(options.today(), m.earliest()), 7));
            }
            return new Built(new LearningPlan(goal, steps, milestones, total, weeks, byDomain), null);
        }

        /** Places each credential's waits and exam after the last step of its stage, dated. */
        private List<Milestone> milestones(List<Stage> stages, List<Step> steps, int[] stepStages) {
            List<Milestone> milestones = new ArrayList<>();
            Map<CredentialId, LocalDate> certified = new HashMap<>();
            LocalDate today = options.today();
            int done = 0;
            long hoursDone = 0;
            for (int s = 0; s < stages.size(); s++) {
                // Stages form consecutive blocks of steps, so a stage ends where the next begins.
                while (done < steps.size() && stepStages[done] <= s) {
                    hoursDone += steps.get(done).hours();
                    done++;
                }
                Stage stage = stages.get(s);
                if (stage.exam().isEmpty()) {
                    continue;
                }
                CredentialId credential = stage.exam().get();
                LocalDate studied = today.plusWeeks(options.calendarWeeks(hoursDone, attainment.profile().hoursPerWeek()));
                LocalDate experienced = today;
                for (Waiting w : stage.waits()) {
                    LocalDate until = today.plusYears(w.missingYears());
                    milestones.add(new Milestone.Wait(credential, w.kind(), w.missingYears(), done, until));
                    experienced = later(experienced, until);
                }
                LocalDate heldRequired = today;
                for (CredentialId required : stage.requires()) {
                    heldRequired = later(heldRequired, certified.getOrDefault(required, today));
                }
                Milestone.Exam exam = ExamScheduling.exam(options.sittings(), credential, done, today, studied, experienced, heldRequired);
                certified.put(credential, ExamScheduling.certifiedFrom(exam));
                milestones.add(exam);
            }
            return milestones;
        }
    }

    /**
     * State by target position for one build: arrays, not maps, since a plan may cover most of the graph.
     * Kept per thread and graph, and cleared entry by entry after each build, so that a plan costs what it
     * covers: allocating and zeroing these arrays for every plan took a quarter of the time of a plan at
     * ESCO scale.
     */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> PER_THREAD = new ThreadLocal<>();

        /** The graph these arrays are sized for; weak, so that a thread's scratch does not keep an old snapshot. */
        private final java.lang.ref.WeakReference<TargetIndex> owner;
        final int[] wanted;
        // One byte per target for the breadth-first walk, small enough to stay in the nearest cache: whether it
        // was found held at the level it would be needed at, or is already a step. Filled as the walk reaches
        // targets, so a plan costs what it covers.
        final byte[] mark;
        final int[] stageOf;
        final int[] local; // position → index among the steps
        final int[] members; // the steps' targets in the order found; also the breadth-first queue
        int found;
        /** Links to targets by relation and position, made once: a link costs reads of the id's string. */
        private final WhyLink[][] links = new WhyLink[WhyLink.Relation.values().length][];
        private int[] heldFound = new int[64];
        private int heldCount;

        /** {@return this thread's scratch for the graph, made afresh when the thread last planned on another graph} */
        static Scratch forThisThread(TargetIndex index) {
            Scratch scratch = PER_THREAD.get();
            if (scratch == null || scratch.owner.get() != index) {
                scratch = new Scratch(index);
                PER_THREAD.set(scratch);
            }
            return scratch;
        }

        private Scratch(TargetIndex index) {
            owner = new java.lang.ref.WeakReference<>(index);
            int n = index.size();
            wanted = new int[n];
            mark = new byte[n];
            stageOf = new int[n];
            local = new int[n];
            members = new int[n];
        }

        /** {@return the link of the given relation to the target at a position} */
        WhyLink link(WhyLink.Relation relation, int position, TargetIndex index) {
            WhyLink[] byPosition = links[relation.ordinal()];
            if (byPosition == null) {
                byPosition = new WhyLink[members.length];
                links[relation.ordinal()] = byPosition;
            }
            WhyLink link = byPosition[position];
            if (link == null) {
                link = new WhyLink(relation, index.id(position).value());
                byPosition[position] = link;
            }
            return link;
        }

        void held(int position) {
            if (heldCount == heldFound.length) {
                heldFound = java.util.Arrays.copyOf(heldFound, heldCount * 2);
            }
            heldFound[heldCount++] = position;
        }

        /** Puts back the zeros the last build changed. */
        void clear(List<Stage> stages) {
            for (Stage stage : stages) {
                for (int t : stage.roots().positions()) {
                    wanted[t] = 0;
                }
            }
            for (int k = 0; k < found; k++) {
                mark[members[k]] = 0;
            }
            for (int k = 0; k < heldCount; k++) {
                mark[heldFound[k]] = 0;
            }
            found = 0;
            heldCount = 0;
        }
    }

    /** {@return the array, grown if it has no room at the index} */
    private static WhyChain[] room(WhyChain[] array, int index) {
        return index < array.length ? array : java.util.Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
    }

    /** {@return the array, grown if it has no room at the index} */
    private static int[] room(int[] array, int index) {
        return index < array.length ? array : java.util.Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
    }

    private static final byte HELD = 1;
    private static final byte STEP = 2;

    private static int neededLevel(int[] wanted, int position) {
        return Math.max(wanted[position], PREREQUISITE_LEVEL);
    }

    /**
     * Orders the steps' targets so that each comes after its prerequisites among them (Kahn's algorithm, as
     * {@link Dag#topologicalOrder}); among those ready at once the smallest (stage, domain id, target id)
     * comes first. The three parts are packed into one {@code long} per target, so the heap compares numbers.
     *
     * @param members the steps' positions
     * @param local the inverse of {@code members}: position → index among the steps
     * @param pending by index among the steps, how many of its prerequisites are steps; used up here
     * @return the positions in order, or null when the prerequisites among them have a cycle
     */
    private static int[] topologicalOrder(TargetIndex index, int[] members, int[] local, int count, int[] stageOf,
                                          byte[] mark, int[] pending) {
        LongHeap ready = new LongHeap(Math.max(count, 1));
        for (int k = 0; k < count; k++) {
            if (pending[k] == 0) {
                ready.add(key(index, stageOf, members[k]));
            }
        }
        int[] order = new int[count];
        int done = 0;
        while (!ready.isEmpty()) {
            int t = (int) (ready.poll() & POSITION_MASK);
            order[done++] = t;
            for (int j = 0, c = index.dependentCount(t); j < c; j++) {
                int d = index.dependent(t, j);
                if (mark[d] == STEP && --pending[local[d]] == 0) {
                    ready.add(key(index, stageOf, d));
                }
            }
        }
        return done == count ? order : null;
    }

    private static final int POSITION_BITS = 24;
    private static final int DOMAIN_BITS = 20;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    /** (stage, domain ordinal, position) in one number that sorts like the three in turn. */
    private static long key(TargetIndex index, int[] stageOf, int t) {
        int domain = index.domainOrdinal(t) + 1; // −1 for a domain the graph lacks, which a valid graph has not
        if (t > POSITION_MASK || domain >= 1 << DOMAIN_BITS || stageOf[t] >= 1 << (63 - POSITION_BITS - DOMAIN_BITS)) {
            throw new IllegalStateException("graph too large to order: " + index.size() + " targets");
        }
        return (long) stageOf[t] << (POSITION_BITS + DOMAIN_BITS) | (long) domain << POSITION_BITS | t;
    }

    /** A binary min-heap of longs, without boxing. */
    private static final class LongHeap {
        private long[] heap;
        private int size;

        LongHeap(int capacity) {
            heap = new long[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void add(long value) {
            if (size == heap.length) {
                heap = java.util.Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= value) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = value;
        }

        long poll() {
            long top = heap[0];
            long last = heap[--size];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (last <= heap[child]) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
            return top;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static int ceilDiv(long a, long b) {
        return Math.toIntExact((a + b - 1) / b);
    }
}
