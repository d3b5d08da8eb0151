package org.michishirube.api.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.michishirube.api.browse.Views.CredentialDetail;
import org.michishirube.api.browse.Views.CredentialStatistics;
import org.michishirube.api.browse.Views.CredentialSummary;
import org.michishirube.api.browse.Views.DomainNeeds;
import org.michishirube.api.browse.Views.DomainTree;
import org.michishirube.api.browse.Views.Eligibility;
import org.michishirube.api.browse.Views.FrameworkView;
import org.michishirube.api.browse.Views.NeedView;
import org.michishirube.api.browse.Views.Ref;
import org.michishirube.api.browse.Views.RoleDetail;
import org.michishirube.api.browse.Views.RoleNeedRef;
import org.michishirube.api.browse.Views.RoleSummary;
import org.michishirube.api.browse.Views.StatisticEntry;
import org.michishirube.api.browse.Views.StatisticPoint;
import org.michishirube.api.browse.Views.StatisticSeries;
import org.michishirube.api.browse.Views.TargetDetail;
import org.michishirube.api.browse.Views.TargetNode;
import org.michishirube.api.browse.Views.TargetTree;
import org.michishirube.api.browse.Views.VersionView;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.web.Page;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExamStatistic;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;

/** The browse use cases: views of the published snapshot only, so no request walks the database. */
@Component
class Browsing {

    private final PublishedGraph published;

    Browsing(PublishedGraph published) {
        this.published = published;
    }

    Page<CredentialSummary> credentials(int page, int size) {
        Page.check(page, size);
        List<CredentialSummary> all = graph().credentials().stream().map(c -> new CredentialSummary(c.id().value(), c.name(),
                c.abbreviation().orElse(null), c.kind().code(), c.issuer(), since(c), c.framework().map(FrameworkId::value).orElse(null),
                c.provenance().verification().code())).toList();
        return Page.of(all, page, size);
    }

    CredentialDetail credential(String id) {
        CompetencyGraph g = graph();
        Credential c = lookup(CredentialId::isWellFormed, id, "credential", () -> g.credential(new CredentialId(id)));
        List<Eligibility> eligibility = c.requirements().stream().map(r -> eligibility(g, r)).toList();
        LocalizedText eligibilityText = c.requirements().isEmpty() ? null
                : Requirement.allOf(c.requirements()).describe(named -> g.credential(named).map(Credential::name)
                        .orElse(LocalizedText.of(named.value(), named.value())));
        FrameworkView framework = c.framework().flatMap(g::framework).map(this::frameworkView).orElse(null);
        List<Ref> roles = g.suitedRoles(c.id()).stream().map(r -> roleRef(g, r)).toList();
        List<Ref> leadsTo = g.credentials().stream().filter(other -> other.requirements().stream()
                        .anyMatch(r -> r.credentials().contains(c.id())))
                .map(other -> new Ref(other.id().value(), other.name())).toList();
        return new CredentialDetail(c.id().value(), c.name(), c.abbreviation().orElse(null), c.description().orElse(null), c.issuer(),
                since(c), c.kind().code(), c.renewal().orElse(null), c.provenance().source(), c.provenance().verification().code(),
                eligibility, eligibilityText, framework, roles, leadsTo);
    }

    private Eligibility eligibility(CompetencyGraph g, Requirement r) {
        if (r instanceof Requirement.HoldsCredential h) {
            return new Eligibility("credential", credentialRef(g, h.credential()), null, null, null, null);
        }
        if (r instanceof Requirement.Experience e) {
            return e.isAnyAmount() ? new Eligibility("experience", null, e.kind().code(), null, true, null)
                    : new Eligibility("experience", null, e.kind().code(), e.years(), null, null);
        }
        if (r instanceof Requirement.All a) {
            return new Eligibility("allOf", null, null, null, null, a.all().stream().map(x -> eligibility(g, x)).toList());
        }
        return new Eligibility("anyOf", null, null, null, null,
                ((Requirement.AnyOf) r).alternatives().stream().map(x -> eligibility(g, x)).toList());
    }

    List<FrameworkView> frameworks() {
        return graph().frameworks().stream().map(this::frameworkView).toList();
    }

    FrameworkView framework(String id) {
        return frameworkView(frameworkOf(id));
    }

    List<VersionView> versions(String id) {
        return frameworkView(frameworkOf(id)).versions();
    }

    TargetTree targetTree(String id, String version, Optional<String> domain, int depth) {
        if (depth < 1 || depth > 10) {
            throw ApiException.invalidParameter("depth", "depth must be between 1 and 10, was " + depth + ".");
        }
        FrameworkTree tree = treeOf(frameworkOf(id), version);
        if (domain.isPresent() && tree.domains().stream().noneMatch(d -> d.id().value().equals(domain.get()))) {
            throw new ApiException(org.michishirube.api.problem.ProblemType.NOT_FOUND,
                    tree.version().id() + " has no domain '" + domain.get() + "'.", Map.of("id", domain.get()));
        }
        Map<Optional<TargetId>, List<Target>> byParent = tree.targets().stream()
                .collect(Collectors.groupingBy(Target::parent));
        List<DomainTree> domains = tree.domains().stream()
                .filter(d -> domain.map(x -> x.equals(d.id().value())).orElse(true))
                .sorted(Comparator.comparing(d -> d.id().value()))
                .map(d -> new DomainTree(d.id().value(), d.name(), byParent.getOrDefault(Optional.empty(), List.of()).stream()
                        .filter(t -> t.domain().equals(d.id())).sorted(Comparator.comparing(Target::id))
                        .map(t -> node(t, byParent, depth - 1)).toList()))
                .toList();
        return new TargetTree(id, tree.version().id().value(), tree.version().status().code(), depth, domains);
    }

    TargetDetail target(String id, Optional<String> version) {
        GraphSnapshot s = published.snapshot();
        CompetencyGraph g = s.graph();
        if (!TargetId.isWellFormed(id)) {
            throw ApiException.notFound("target", id);
        }
        TargetId targetId = new TargetId(id);
        FrameworkTree tree;
        if (version.isPresent()) {
            if (!FrameworkVersionId.isWellFormed(version.get())) {
                throw ApiException.invalidParameter("version", "version must look like framework@version, e.g. hit@fy2020.");
            }
            tree = s.tree(FrameworkVersionId.of(version.get())).orElseThrow(() -> ApiException.notFound("framework version", version.get()));
        } else {
            Target t = g.target(targetId).orElseThrow(() -> ApiException.notFound("target", id));
            tree = s.tree(t.version()).orElseThrow();
        }
        Target t = tree.target(targetId).orElseThrow(() -> ApiException.notFound("target", id + (version.map(v -> " in " + v).orElse(""))));
        boolean current = g.currentVersion(t.version().framework()).map(t.version()::equals).orElse(false);
        Map<TargetId, Target> inTree = tree.targetsById();
        java.util.function.Function<TargetId, Ref> ref = x -> Optional.ofNullable(inTree.get(x)).or(() -> g.target(x))
                .map(y -> new Ref(y.id().value(), y.name())).orElse(null);
        List<Ref> parents = new ArrayList<>();
        for (Optional<TargetId> p = t.parent(); p.isPresent(); p = inTree.get(p.get()).parent()) {
            parents.add(0, ref.apply(p.get()));
        }
        List<Ref> children = tree.targets().stream().filter(c -> c.parent().equals(Optional.of(targetId)))
                .sorted(Comparator.comparing(Target::id)).map(c -> new Ref(c.id().value(), c.name())).toList();
        Set<TargetId> prerequisites = current ? g.prerequisites(targetId) : tree.prerequisites().getOrDefault(targetId, Set.of());
        Set<TargetId> requiredBy = current ? g.dependents(targetId) : tree.prerequisites().entrySet().stream()
                .filter(e -> e.getValue().contains(targetId)).map(Map.Entry::getKey).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<TargetId> related = current ? g.related(targetId) : tree.related().getOrDefault(targetId, Set.of());
        List<RoleNeedRef> neededBy = !current ? List.of() : g.rolesNeeding(targetId).stream().map(r -> {
            var need = r.needs().stream().filter(n -> n.target().equals(targetId)).findFirst().orElseThrow();
            return new RoleNeedRef(r.id().value(), r.name(), need.level(), need.importance());
        }).toList();
        List<Ref> credentials = g.framework(t.version().framework()).map(Framework::credential).flatMap(g::credential)
                .map(c -> List.of(new Ref(c.id().value(), c.name()))).orElse(List.of());
        Ref domain = tree.domains().stream().filter(d -> d.id().equals(t.domain())).findFirst()
                .map(d -> new Ref(d.id().value(), d.name())).orElse(null);
        return new TargetDetail(id, t.version().value(), t.version().framework().value(), current, domain, t.kind().code(), t.name(),
                t.description().orElse(null), hours(t), t.provenance().source(), t.provenance().verification().code(), t.tags(),
                parents, children, refs(prerequisites, ref), refs(requiredBy, ref), refs(related, ref), neededBy, credentials, missing(t.name()));
    }

    /** {@return the languages a name lacks, or null when it has both, so that complete names carry no extra member} */
    private static List<String> missing(org.michishirube.core.model.LocalizedText name) {
        return name.missing().isEmpty() ? null : name.missing();
    }

    Page<RoleSummary> roles(int page, int size) {
        Page.check(page, size);
        return Page.of(graph().roles().stream().map(r -> new RoleSummary(r.id().value(), r.name(), r.family(), r.needs().size(),
                r.provenance().verification().code())).toList(), page, size);
    }

    RoleDetail role(String id) {
        CompetencyGraph g = graph();
        Role r = lookup(RoleId::isWellFormed, id, "role", () -> g.role(new RoleId(id)));
        Map<DomainId, List<NeedView>> grouped = new TreeMap<>();
        r.needs().forEach(n -> {
            Target t = g.target(n.target()).orElseThrow();
            grouped.computeIfAbsent(t.domain(), k -> new ArrayList<>()).add(new NeedView(new Ref(t.id().value(), t.name()), n.level(), n.importance()));
        });
        List<DomainNeeds> needs = grouped.entrySet().stream().map(e -> new DomainNeeds(g.domain(e.getKey()).map(d -> new Ref(d.id().value(), d.name())).orElse(null), e.getValue().stream().sorted(Comparator.comparing((NeedView n) -> -n.importance()).thenComparing(n -> n.target().id())).toList()))
                .toList();
        List<Ref> suitedBy = g.credentialsSuiting(r.id()).stream().map(c -> credentialRef(g, c)).toList();
        return new RoleDetail(r.id().value(), r.name(), r.description().orElse(null), r.family(), r.provenance().source(),
                r.provenance().verification().code(), suitedBy, needs);
    }

    List<CredentialStatistics> statistics(Optional<String> credential) {
        GraphSnapshot s = published.snapshot();
        CompetencyGraph g = s.graph();
        credential.ifPresent(c -> lookup(CredentialId::isWellFormed, c, "credential", () -> g.credential(new CredentialId(c))));
        // One point per sitting: a year can hold two sittings with different exam numbers, which do not conflict.
        Map<String, Map<String, Map<String, List<ExamStatistic>>>> grouped = new TreeMap<>();
        s.statistics().stream().filter(x -> credential.map(c -> c.equals(x.credential().value())).orElse(true))
                .forEach(x -> grouped.computeIfAbsent(x.credential().value(), k -> new TreeMap<>())
                        .computeIfAbsent(x.stage(), k -> new TreeMap<>())
                        .computeIfAbsent(String.format("%04d#%04d", x.year(), x.examNo().orElse(0)), k -> new ArrayList<>()).add(x));
        List<CredentialStatistics> result = new ArrayList<>();
        grouped.forEach((c, stages) -> result.add(new CredentialStatistics(credentialRef(g, new CredentialId(c)),
                stages.entrySet().stream().map(e -> new StatisticSeries(e.getKey(),
                        e.getValue().values().stream().map(y -> point(y.get(0).year(), y)).toList())).toList())));
        return result;
    }

    private static StatisticPoint point(int year, List<ExamStatistic> entries) {
        List<StatisticEntry> views = entries.stream().map(e -> new StatisticEntry(boxed(e.examNo()), boxed(e.applicants()),
                boxed(e.examinees()), boxed(e.passed()), e.passRate().isPresent() ? e.passRate().getAsDouble() : null, e.cancelled(),
                e.provenance().source(), e.provenance().verification().code(), e.note().orElse(null))).toList();
        Integer examNo = agreed(views, StatisticEntry::examNo);
        Integer applicants = agreed(views, StatisticEntry::applicants);
        Integer examinees = agreed(views, StatisticEntry::examinees);
        Integer passed = agreed(views, StatisticEntry::passed);
        Double rate = agreed(views, StatisticEntry::passRate);
        boolean conflicting = views.size() > 1 && (disagree(views, StatisticEntry::examNo) || disagree(views, StatisticEntry::applicants)
                || disagree(views, StatisticEntry::examinees) || disagree(views, StatisticEntry::passed) || disagree(views, StatisticEntry::passRate));
        return new StatisticPoint(year, examNo, applicants, examinees, passed, rate, views.stream().anyMatch(StatisticEntry::cancelled),
                conflicting, views);
    }

    /** {@return the value every source that gives one agrees on, or null when they disagree or none gives it} */
    private static <T> T agreed(List<StatisticEntry> entries, java.util.function.Function<StatisticEntry, T> field) {
        List<T> values = entries.stream().map(field).filter(Objects::nonNull).distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    private static <T> boolean disagree(List<StatisticEntry> entries, java.util.function.Function<StatisticEntry, T> field) {
        return entries.stream().map(field).filter(Objects::nonNull).distinct().count() > 1;
    }

    private FrameworkView frameworkView(Framework f) {
        GraphSnapshot s = published.snapshot();
        Optional<FrameworkVersionId> current = s.graph().currentVersion(f.id());
        List<FrameworkTree> versions = s.versionsOf(f.id());
        List<Ref> domains = versions.stream().flatMap(t -> t.domains().stream()).map(d -> new Ref(d.id().value(), d.name()))
                .collect(Collectors.toMap(Ref::id, r -> r, (a, b) -> a, LinkedHashMap::new)).values().stream()
                .sorted(Comparator.comparing(Ref::id)).toList();
        return new FrameworkView(f.id().value(), f.name(), f.credential().value(),
                f.reviewCycleYears().isPresent() ? f.reviewCycleYears().getAsInt() : null, current.map(Object::toString).orElse(null),
                domains, versions.stream().map(t -> new VersionView(t.version().id().value(), t.version().id().version(), t.version().name(),
                        t.version().status().code(), t.version().effectiveDate().orElse(null),
                        t.version().supersedes().map(Object::toString).orElse(null), current.map(t.version().id()::equals).orElse(false),
                        t.targets().size(), t.version().provenance().source(), t.version().provenance().verification().code())).toList());
    }

    private Framework frameworkOf(String id) {
        CompetencyGraph g = graph();
        return lookup(FrameworkId::isWellFormed, id, "framework", () -> g.framework(new FrameworkId(id)));
    }

    private FrameworkTree treeOf(Framework f, String version) {
        GraphSnapshot s = published.snapshot();
        String full = "current".equals(version)
                ? s.graph().currentVersion(f.id()).map(Object::toString).orElseThrow(() -> ApiException.notFound("current version of", f.id().value()))
                : version.contains("@") ? version : f.id().value() + "@" + version;
        if (!FrameworkVersionId.isWellFormed(full) || !FrameworkVersionId.of(full).framework().equals(f.id())) {
            throw ApiException.notFound("version of " + f.id(), version);
        }
        return s.tree(FrameworkVersionId.of(full)).orElseThrow(() -> ApiException.notFound("version of " + f.id(), version));
    }

    private static TargetNode node(Target t, Map<Optional<TargetId>, List<Target>> byParent, int depth) {
        List<TargetNode> children = depth <= 0 ? List.of() : byParent.getOrDefault(Optional.of(t.id()), List.of()).stream()
                .sorted(Comparator.comparing(Target::id)).map(c -> node(c, byParent, depth - 1)).toList();
        return new TargetNode(t.id().value(), t.kind().code(), t.name(), t.description().orElse(null), hours(t),
                t.provenance().verification().code(), t.provenance().source(), t.tags(), children, missing(t.name()));
    }

    private static List<Ref> refs(Set<TargetId> ids, java.util.function.Function<TargetId, Ref> ref) {
        return ids.stream().sorted().map(ref).filter(Objects::nonNull).toList();
    }

    private static Ref credentialRef(CompetencyGraph g, CredentialId id) {
        return g.credential(id).map(c -> new Ref(c.id().value(), c.name())).orElse(null);
    }

    private static Ref roleRef(CompetencyGraph g, RoleId id) {
        return g.role(id).map(r -> new Ref(r.id().value(), r.name())).orElse(null);
    }

    private static Integer hours(Target t) {
        return t.effortHours().isPresent() ? t.effortHours().getAsInt() : null;
    }

    private static Integer since(Credential c) {
        return c.since().isPresent() ? c.since().getAsInt() : null;
    }

    private static Integer boxed(java.util.OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    /** A malformed id cannot name anything, so it is simply not found, like any unknown id. */
    private static <T> T lookup(java.util.function.Predicate<String> wellFormed, String id, String what,
                                java.util.function.Supplier<Optional<T>> find) {
        if (!wellFormed.test(id)) {
            throw ApiException.notFound(what, id);
        }
        return find.get().orElseThrow(() -> ApiException.notFound(what, id));
    }

    private CompetencyGraph graph() {
        return published.snapshot().graph();
    }
}

