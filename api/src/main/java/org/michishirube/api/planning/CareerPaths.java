package org.michishirube.api.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.michishirube.api.planning.CareerPathViews.FirstStage;
import org.michishirube.api.planning.CareerPathViews.PathDetail;
import org.michishirube.api.planning.CareerPathViews.PathReport;
import org.michishirube.api.planning.CareerPathViews.PathSummary;
import org.michishirube.api.planning.CareerPathViews.PositionAnswer;
import org.michishirube.api.planning.CareerPathViews.PositionRequest;
import org.michishirube.api.planning.CareerPathViews.SchoolReport;
import org.michishirube.api.planning.CareerPathViews.StageDetail;
import org.michishirube.api.planning.CareerPathViews.StagePosition;
import org.michishirube.api.planning.CareerPathViews.StageReport;
import org.michishirube.api.planning.CareerPathViews.StageSummary;
import org.michishirube.api.planning.CareerPathViews.StageTarget;
import org.michishirube.api.planning.PlanViews.Named;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanningBodies.CompletedCurriculumBody;
import org.michishirube.api.planning.PlanningBodies.GoalBody;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.web.Page;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerStage;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.CurriculumCredit;
import org.michishirube.core.planning.Effort;
import org.michishirube.core.planning.HeldCredential;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Model career paths over the published snapshot: the catalogue, what each stage needs, where a learner stands and the
 * plan to the next stage (the planner's), and which paths a curriculum prepares for. Nothing is stored.
 */
@Component
class CareerPaths {

    /** Hours a week assumed for the school report's plans: only hours are compared, never dates. */
    private static final int REPORT_HOURS_PER_WEEK = 10;

    private final PublishedGraph published;
    private final Planning planning;
    private final CompletedCurricula curricula;

    CareerPaths(PublishedGraph published, Planning planning, CompletedCurricula curricula) {
        this.published = published;
        this.planning = planning;
        this.curricula = curricula;
    }

    Page<PathSummary> list(int page, int size) {
        GraphSnapshot s = published.snapshot();
        return Page.of(s.careerPaths().stream().map(p -> summary(s.graph(), p)).toList(), page, size);
    }

    PathDetail detail(String id) {
        GraphSnapshot s = published.snapshot();
        CareerPath path = path(s, id);
        List<StageDetail> stages = new ArrayList<>();
        for (int i = 0; i < path.stages().size(); i++) {
            stages.add(detail(s.graph(), path.stages().get(i), i));
        }
        return new PathDetail(path.id().value(), path.name(), path.description(), stages, path.provenance().verification().code(),
                path.provenance().source(), path.note().orElse(null));
    }

    /** {@return the path as a CTDL Pathway, its URIs under this service's public base} */
    tools.jackson.databind.node.ObjectNode pathway(String id, org.springframework.http.server.reactive.ServerHttpRequest http) {
        GraphSnapshot s = published.snapshot();
        return CareerPathway.of(path(s, id), s.graph(), planning.ctdl(http));
    }

    Mono<PositionAnswer> position(String id, PositionRequest request) {
        CareerPath path = path(published.snapshot(), id);
        if (request == null || request.profile() == null) {
            return Mono.error(new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with a profile is required."));
        }
        return curricula.visible(request.profile()).map(visible -> position(path, request, visible));
    }

    private PositionAnswer position(CareerPath path, PositionRequest request, Map<String, Curriculum> visible) {
        CompetencyGraph g = planning.graph();
        Set<RoleId> roles = roles(g, request.roles());
        CurriculumCredit.Credited credited = planning.credited(request.profile(), visible, request.today());
        Set<CredentialId> held = new HashSet<>();
        credited.profile().credentials().stream().map(HeldCredential::credential).forEach(held::add);
        CareerPath.Position position = path.positionOf(held::contains, roles::contains);
        List<StagePosition> stages = new ArrayList<>();
        for (int i = 0; i < path.stages().size(); i++) {
            CareerStage st = path.stages().get(i);
            stages.add(new StagePosition(i, st.name(), st.typicalYear(), st.isReachedBy(held::contains, roles::contains)));
        }
        StageSummary reached = position.reached() < 0 ? null : stage(g, path.stages().get(position.reached()), position.reached());
        StageSummary next = position.next().map(i -> stage(g, path.stages().get(i), i)).orElse(null);
        PlanAnswer plan = null;
        if (next != null) {
            plan = toStage(request.profile(), goal(g, path.stages().get(next.index())), request.today(), request.countSelfAssessed(), visible).plan();
        }
        return new PositionAnswer(new Named(path.id().value(), path.name()), reached, next, stages, summary(reached, next, plan), plan);
    }

    /** A plan to a stage: the planner's plan, or none because the learner meets the stage or because the graph cannot plan it. */
    private record ToStage(PlanAnswer plan, boolean met) {

        /** {@return the hours of study to the stage: 0 when met, null when the graph cannot say} */
        Integer hours() {
            return plan != null ? Integer.valueOf(plan.totalHours()) : met ? Integer.valueOf(0) : null;
        }
    }

    private ToStage toStage(ProfileBody profile, GoalBody goal, LocalDate today, Boolean countSelfAssessed, Map<String, Curriculum> visible) {
        try {
            return new ToStage(planning.plan(profile, goal, 0, today, countSelfAssessed, visible), false);
        } catch (ApiException e) {
            if (e.type() == ProblemType.GOAL_ALREADY_REACHED) {
                return new ToStage(null, true);
            }
            if (e.type() == ProblemType.UNPLANNABLE) {
                // A licence outside the graph (the radiological-technologist licence): no targets to plan.
                return new ToStage(null, false);
            }
            throw e;
        }
    }

    private static LocalizedText summary(StageSummary reached, StageSummary next, PlanAnswer plan) {
        String fromJa = reached == null ? "まだどの段階にも達していません" : "現在は「" + reached.name().ja() + "」の段階です";
        String fromEn = reached == null ? "No stage is reached yet" : "You are at the stage \u201c" + reached.name().en() + "\u201d";
        if (next == null) {
            return LocalizedText.of(fromJa + "。このパスの最終段階です。", fromEn + ", the top of this path.");
        }
        String hours = plan == null ? "" : "（学習 約" + plan.totalHours() + "時間）";
        String hoursEn = plan == null ? "" : " (about " + plan.totalHours() + " hours of study)";
        return LocalizedText.of(fromJa + "。次は「" + next.name().ja() + "」" + hours + "。",
                fromEn + "; next is \u201c" + next.name().en() + "\u201d" + hoursEn + ".");
    }

    /** {@return which paths a curriculum prepares for: per stage, the share of its targets covered and the hours it saves} */
    Mono<SchoolReport> school(String curriculumId, LocalDate day) {
        LocalDate today = day == null ? planning.today() : day;
        ProfileBody graduate = new ProfileBody(List.of(), Map.of(), Map.of(), REPORT_HOURS_PER_WEEK, List.of(), Map.of(),
                List.of(new CompletedCurriculumBody(curriculumId, today.getYear())), List.of());
        return curricula.visible(graduate).map(visible -> {
            Curriculum c = visible.get(curriculumId);
            if (c == null) {
                throw ApiException.notFound("curriculum", curriculumId);
            }
            return school(c, graduate, visible, today);
        });
    }

    private SchoolReport school(Curriculum c, ProfileBody graduate, Map<String, Curriculum> visible, LocalDate today) {
        GraphSnapshot s = published.snapshot();
        CompetencyGraph g = s.graph();
        ProfileBody newcomer = new ProfileBody(List.of(), Map.of(), Map.of(), REPORT_HOURS_PER_WEEK, List.of(), Map.of(), List.of(), List.of());
        LearnerProfile credited = planning.credited(graduate, visible, today).profile();
        List<PathReport> paths = new ArrayList<>();
        for (CareerPath path : s.careerPaths()) {
            List<StageReport> stages = new ArrayList<>();
            for (int i = 0; i < path.stages().size(); i++) {
                CareerStage st = path.stages().get(i);
                Map<TargetId, Integer> needs = needs(g, st).targets();
                int covered = (int) needs.entrySet().stream().filter(e -> credited.mastered().getOrDefault(e.getKey(), 0) >= e.getValue()).count();
                GoalBody goal = goal(g, st);
                Integer before = toStage(newcomer, goal, today, true, Map.of()).hours();
                Integer after = toStage(graduate, goal, today, true, visible).hours();
                stages.add(new StageReport(i, st.name(), needs.size(), covered, needs.isEmpty() ? 1.0 : round(covered / (double) needs.size()),
                        before, after, before == null || after == null ? null : before - after));
            }
            CareerStage first = path.stages().get(0);
            ToStage toFirst = toStage(graduate, goal(g, first), today, true, visible);
            FirstStage firstStage = new FirstStage(0, first.name(), toFirst.hours(),
                    toFirst.plan() == null ? List.of() : toFirst.plan().steps().stream().map(PlanViews.StepView::target).toList());
            paths.add(new PathReport(new Named(path.id().value(), path.name()), stages, firstStage));
        }
        return new SchoolReport(c.id().value(), c.name(), c.institution().value(), paths);
    }

    /**
     * {@return what reaching a stage is planned as}: its credential when the graph holds that credential's targets, else its
     * role (the role's needs), else the credential (which the planner may refuse: a licence outside the graph)
     */
    private static GoalBody goal(CompetencyGraph g, CareerStage st) {
        boolean studied = st.credential().flatMap(g::frameworkOf).isPresent();
        return studied || st.role().isEmpty() ? new GoalBody(st.credential().orElseThrow().value(), null, null, null, null)
                : new GoalBody(null, null, st.role().get().value(), null, null);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    private static CareerPath path(GraphSnapshot s, String id) {
        return s.careerPath(id).orElseThrow(() -> ApiException.notFound("career path", id));
    }

    private static Set<RoleId> roles(CompetencyGraph g, List<String> ids) {
        Set<RoleId> roles = new HashSet<>();
        if (ids == null) {
            return roles;
        }
        for (int i = 0; i < ids.size(); i++) {
            String r = ids.get(i);
            if (r == null || !RoleId.isWellFormed(r) || g.role(new RoleId(r)).isEmpty()) {
                throw new ApiException(ProblemType.NOT_FOUND, "No role has the id '" + r + "'.", Map.of("field", "roles[" + i + "]"));
            }
            roles.add(new RoleId(r));
        }
        return roles;
    }

    private static PathSummary summary(CompetencyGraph g, CareerPath p) {
        List<StageSummary> stages = new ArrayList<>();
        for (int i = 0; i < p.stages().size(); i++) {
            stages.add(stage(g, p.stages().get(i), i));
        }
        return new PathSummary(p.id().value(), p.name(), p.description(), stages, p.provenance().verification().code(), p.provenance().source(),
                p.note().orElse(null));
    }

    private static StageSummary stage(CompetencyGraph g, CareerStage st, int index) {
        return new StageSummary(index, st.name(), st.role().map(r -> PlanViews.role(g, r)).orElse(null),
                st.credential().map(c -> PlanViews.credential(g, c)).orElse(null), st.typicalYear(), st.note().orElse(null));
    }

    /**
     * The targets a stage needs with their levels: a credential's current framework version (leaf targets at the exam level),
     * and a role's needs at their levels; a target in both counts at the higher level.
     */
    record StageNeeds(Optional<FrameworkVersionId> version, Map<TargetId, Integer> targets) {
    }

    static StageNeeds needs(CompetencyGraph g, CareerStage st) {
        Map<TargetId, Integer> targets = new LinkedHashMap<>();
        Optional<FrameworkVersionId> version = Optional.empty();
        if (st.credential().isPresent()) {
            var framework = g.frameworkOf(st.credential().get());
            if (framework.isPresent()) {
                version = g.currentVersion(framework.get().id());
                for (Target t : g.targetsOf(framework.get().id())) {
                    if (g.isLeaf(t.id())) {
                        targets.put(t.id(), Effort.REFERENCE_LEVEL);
                    }
                }
            }
        }
        if (st.role().isPresent()) {
            for (Need n : g.role(st.role().get()).orElseThrow().needs()) {
                targets.merge(n.target(), n.level(), Math::max);
            }
        }
        return new StageNeeds(version, targets);
    }

    private static StageDetail detail(CompetencyGraph g, CareerStage st, int index) {
        StageNeeds needs = needs(g, st);
        int defaultHours = PlanningOptions.defaults(LocalDate.EPOCH).defaultEffortHours();
        int hours = 0;
        List<StageTarget> targets = new ArrayList<>();
        for (Map.Entry<TargetId, Integer> e : needs.targets().entrySet()) {
            Target t = g.target(e.getKey()).orElseThrow();
            targets.add(new StageTarget(t.id().value(), t.name(), e.getValue()));
            hours += Effort.hours(t, 0, e.getValue(), defaultHours);
        }
        LocalizedText eligibility = null;
        int years = 0;
        if (st.credential().isPresent()) {
            Credential c = g.credential(st.credential().get()).orElseThrow();
            if (c.eligibility().isPresent()) {
                Requirement rule = c.eligibility().get();
                eligibility = rule.describe(id -> g.credential(id).map(Credential::name).orElse(LocalizedText.of(id.value(), id.value())));
                years = rule.minimumYearsOfWork();
            }
        }
        StageSummary s = stage(g, st, index);
        return new StageDetail(index, st.name(), s.role(), s.credential(), st.typicalYear(), st.note().orElse(null), eligibility, years,
                needs.version().map(FrameworkVersionId::value).orElse(null), targets, hours);
    }
}
