package org.michishirube.api.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Coverage;
import org.michishirube.core.coverage.CoverageAnalysis;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Share;
import org.michishirube.core.diff.Crosswalk;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerStage;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.learner.Learners;
import reactor.core.publisher.Mono;

/**
 * The impact of going from one version to another on what depends on the older one: curricula (coverage per domain
 * before and after, the mappings that point at changed or retired targets with the crosswalk's proposed re-mapping),
 * saved learner plans, and roles' needs. A target counts as changed unless the crosswalk maps it as unchanged.
 */
final class Impacts {

    private static final CoverageAnalysis COVERAGE = CoverageAnalysis.leaves();

    private Impacts() {
    }

    record ShareFigure(int targets, int covered, double share) {
        static ShareFigure of(Share s) {
            return new ShareFigure(s.targets(), s.covered(), Math.round(s.share() * 10000) / 10000.0);
        }
    }

    record DomainShift(String domain, LocalizedText name, ShareFigure before, ShareFigure after) {
    }

    record MappingImpact(String target, String depth, String mapping, List<String> proposed) {
    }

    record CourseImpact(String code, LocalizedText title, List<MappingImpact> mappings) {
    }

    record CurriculumImpact(String id, String institution, LocalizedText name, ShareFigure overallBefore, ShareFigure overallAfter,
                            List<DomainShift> domains, List<CourseImpact> courses) {
    }

    record TargetImpact(String target, String mapping, List<String> proposed) {
    }

    record PlanImpact(String plan, List<TargetImpact> targets) {
    }

    record NeedImpact(String target, int level, double importance, String mapping, List<String> proposed) {
    }

    record RoleImpact(String role, LocalizedText name, List<NeedImpact> needs) {
    }

    /** A stage of a model career path that the revision changes: its credential's targets, or its role's needs. */
    record StageImpact(int index, LocalizedText name, String reason) {
    }

    record CareerPathImpact(String path, LocalizedText name, List<StageImpact> stages) {
    }

    record ImpactView(String from, String to, Map<String, Integer> counts, List<CurriculumImpact> curricula, List<PlanImpact> plans,
                      List<RoleImpact> roles, List<CareerPathImpact> careerPaths) {
    }

    /**
     * {@return the model paths whose stages the revision changes}: a stage whose credential's framework is the one revised
     * (its targets change), or whose role has a need among the changed targets
     */
    static List<CareerPathImpact> careerPaths(List<CareerPath> paths, FrameworkTree older, boolean anyChange, CompetencyGraph graph,
                                              List<RoleImpact> roles) {
        java.util.Set<String> changedRoles = new java.util.HashSet<>();
        roles.forEach(r -> changedRoles.add(r.role()));
        List<CareerPathImpact> out = new ArrayList<>();
        for (CareerPath p : paths) {
            List<StageImpact> stages = new ArrayList<>();
            for (int i = 0; i < p.stages().size(); i++) {
                CareerStage st = p.stages().get(i);
                boolean credential = anyChange && st.credential().flatMap(graph::frameworkOf)
                        .filter(f -> f.id().equals(older.version().framework())).isPresent();
                boolean role = st.role().map(r -> changedRoles.contains(r.value())).orElse(false);
                if (credential || role) {
                    stages.add(new StageImpact(i, st.name(), credential && role ? "credential-and-role" : credential ? "credential" : "role"));
                }
            }
            if (!stages.isEmpty()) {
                out.add(new CareerPathImpact(p.id().value(), p.name(), stages));
            }
        }
        return out;
    }

    static Mono<ImpactView> of(FrameworkTree older, FrameworkTree newer, VersionDiff diff, CompetencyGraph graph, Curricula curricula,
                               Learners learners, List<CareerPath> careerPaths) {
        Crosswalk walk = diff.crosswalk();
        List<String> changed = walk.entries().stream().filter(e -> e.mapping() != Crosswalk.Mapping.UNCHANGED)
                .map(e -> e.from().value()).toList();
        List<RoleImpact> roles = new ArrayList<>();
        for (Role role : graph.roles()) {
            List<NeedImpact> needs = new ArrayList<>();
            for (Need n : role.needs()) {
                changedEntry(walk, n.target()).ifPresent(e -> needs.add(new NeedImpact(n.target().value(), n.level(), n.importance(),
                        e.mapping().code(), ids(e.to()))));
            }
            if (!needs.isEmpty()) {
                roles.add(new RoleImpact(role.id().value(), role.name(), needs));
            }
        }
        Mono<List<CurriculumImpact>> curriculumImpacts = curricula.all().map(c -> curriculum(c, older, newer, walk))
                .filter(Optional::isPresent).map(Optional::get).collectList();
        Mono<List<PlanImpact>> plans = learners.references(older.version().id().value(), changed).collectList().map(refs -> {
            Map<String, List<TargetImpact>> byPlan = new LinkedHashMap<>();
            refs.forEach(r -> walk.entry(new TargetId(r.target())).ifPresent(e -> byPlan.computeIfAbsent(r.plan(), k -> new ArrayList<>())
                    .add(new TargetImpact(r.target(), e.mapping().code(), ids(e.to())))));
            return byPlan.entrySet().stream().map(e -> new PlanImpact(e.getKey(), e.getValue())).toList();
        });
        return Mono.zip(curriculumImpacts, plans).map(t -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("changedTargets", changed.size());
            counts.put("curricula", t.getT1().size());
            counts.put("plans", t.getT2().size());
            counts.put("roles", roles.size());
            List<CareerPathImpact> paths = careerPaths(careerPaths, older, !diff.changes().isEmpty(), graph, roles);
            counts.put("careerPaths", paths.size());
            return new ImpactView(older.version().id().value(), newer.version().id().value(), counts, t.getT1(), t.getT2(), roles, paths);
        });
    }

    private static Optional<CurriculumImpact> curriculum(Curriculum c, FrameworkTree older, FrameworkTree newer, Crosswalk walk) {
        List<CourseImpact> courses = new ArrayList<>();
        List<Course> remapped = new ArrayList<>();
        for (Course k : c.courses()) {
            List<MappingImpact> hits = new ArrayList<>();
            Map<TargetId, Mapping> mappings = new LinkedHashMap<>();
            for (Mapping m : k.mappings()) {
                Optional<Crosswalk.Entry> entry = walk.entry(m.target());
                if (entry.isEmpty()) {
                    mappings.putIfAbsent(m.target(), m);
                    continue;
                }
                if (entry.get().mapping() != Crosswalk.Mapping.UNCHANGED) {
                    hits.add(new MappingImpact(m.target().value(), m.depth().code(), entry.get().mapping().code(), ids(entry.get().to())));
                }
                entry.get().to().forEach(t -> mappings.putIfAbsent(t, new Mapping(t, m.depth(), m.evidence())));
            }
            if (!hits.isEmpty()) {
                courses.add(new CourseImpact(k.code(), k.title(), hits));
            }
            remapped.add(k.withMappings(List.copyOf(mappings.values())));
        }
        Coverage before = COVERAGE.analyse(c, older);
        Coverage after = COVERAGE.analyse(c.withCourses(remapped), newer);
        List<DomainShift> shifts = new ArrayList<>();
        for (Share b : before.domains()) {
            Share a = after.domains().stream().filter(x -> x.id().equals(b.id())).findFirst().orElse(null);
            if (a == null || a.targets() != b.targets() || a.covered() != b.covered()) {
                shifts.add(new DomainShift(b.id(), b.name(), ShareFigure.of(b), a == null ? null : ShareFigure.of(a)));
            }
        }
        if (courses.isEmpty() && shifts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CurriculumImpact(c.id().value(), c.institution().value(), c.name(), ShareFigure.of(before.overall()),
                ShareFigure.of(after.overall()), shifts, courses));
    }

    private static Optional<Crosswalk.Entry> changedEntry(Crosswalk walk, TargetId id) {
        return walk.entry(id).filter(e -> e.mapping() != Crosswalk.Mapping.UNCHANGED);
    }

    private static List<String> ids(List<TargetId> ids) {
        return ids.stream().map(TargetId::value).toList();
    }
}
