package org.michishirube.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;


/**
 * An immutable, indexed snapshot of the published competency graph: the credentials, the current
 * version of every framework with its targets, the prerequisite DAG, the roles and their needs.
 * Target ids are unique in a snapshot because only one version of each framework is current.
 * Build one with {@link #builder()}; the builder rejects dangling references and prerequisite cycles.
 */
public final class CompetencyGraph {

    private final Map<CredentialId, Credential> credentials;
    private final Map<FrameworkId, Framework> frameworks;
    private final Map<FrameworkVersionId, FrameworkVersion> versions;
    private final Map<FrameworkId, FrameworkVersionId> current;
    private final Map<DomainId, Domain> domains;
    private final Map<TargetId, Target> targets;
    private final Map<TargetId, List<TargetId>> children;
    private final Map<TargetId, Set<TargetId>> prerequisites;
    private final Map<TargetId, Set<TargetId>> dependents;
    private final Map<TargetId, Set<TargetId>> related;
    private final Map<RoleId, Role> roles;
    private final Map<CredentialId, Set<RoleId>> suits;
    private final Map<TargetId, List<TargetId>> ancestors;
    // Indexes built once, so that lookups by credential, framework, role or target do not scan the graph.
    private final List<Credential> sortedCredentials;
    private final List<Framework> sortedFrameworks;
    private final List<FrameworkVersion> sortedVersions;
    private final List<Domain> sortedDomains;
    private final List<Target> sortedTargets;
    private final List<Role> sortedRoles;
    /** The positions of each role's needs' targets, by the role's place in {@link #roles()}. */
    private final int[][] needPositions;
    private final Map<CredentialId, Framework> frameworkByCredential;
    private final Map<FrameworkId, List<Target>> targetsByFramework;
    private final Map<RoleId, List<CredentialId>> credentialsByRole;
    private final Map<TargetId, List<Role>> rolesByTarget;
    private final int prerequisiteCount;
    private final TargetIndex index;

    private CompetencyGraph(Builder b) {
        credentials = Map.copyOf(b.credentials);
        frameworks = Map.copyOf(b.frameworks);
        versions = Map.copyOf(b.versions);
        current = Map.copyOf(b.current);
        domains = Map.copyOf(b.domains);
        targets = Map.copyOf(b.targets);
        Map<TargetId, List<TargetId>> kids = new TreeMap<>();
        for (Target t : new TreeMap<>(b.targets).values()) {
            t.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(t.id()));
        }
        children = copyLists(kids);
        prerequisites = copySets(b.prerequisites);
        Map<TargetId, Set<TargetId>> back = new TreeMap<>();
        b.prerequisites.forEach((t, pres) -> pres.forEach(p -> back.computeIfAbsent(p, k -> new TreeSet<>()).add(t)));
        dependents = copySets(back);
        Map<TargetId, Set<TargetId>> rel = new TreeMap<>();
        b.related.forEach((a, bs) -> bs.forEach(x -> {
            rel.computeIfAbsent(a, k -> new TreeSet<>()).add(x);
            rel.computeIfAbsent(x, k -> new TreeSet<>()).add(a);
        }));
        related = copySets(rel);
        roles = Map.copyOf(b.roles);
        suits = copySets(b.suits);
        Map<TargetId, List<TargetId>> anc = new java.util.HashMap<>();
        for (Target t : targets.values()) {
            List<TargetId> chain = new ArrayList<>();
            Optional<TargetId> p = t.parent();
            while (p.isPresent() && chain.size() <= targets.size()) {
                chain.add(p.get());
                p = targets.get(p.get()).parent();
            }
            anc.put(t.id(), List.copyOf(chain));
        }
        ancestors = Map.copyOf(anc);

        sortedCredentials = sorted(credentials.values(), Comparator.comparing(Credential::id));
        sortedFrameworks = sorted(frameworks.values(), Comparator.comparing(Framework::id));
        sortedVersions = sorted(versions.values(), Comparator.comparing(FrameworkVersion::id));
        sortedDomains = sorted(domains.values(), Comparator.comparing(Domain::id));
        sortedTargets = sorted(targets.values(), Comparator.comparing(Target::id));
        sortedRoles = sorted(roles.values(), Comparator.comparing(Role::id));
        Map<CredentialId, Framework> byCredential = new HashMap<>();
        for (Framework f : sortedFrameworks) {
            byCredential.putIfAbsent(f.credential(), f); // the first by framework id, should two share a credential
        }
        frameworkByCredential = Map.copyOf(byCredential);
        Map<FrameworkVersionId, FrameworkId> frameworkOfVersion = new HashMap<>();
        current.forEach((framework, version) -> frameworkOfVersion.put(version, framework));
        Map<FrameworkVersionId, List<Target>> byVersion = new HashMap<>();
        for (Target t : sortedTargets) {
            byVersion.computeIfAbsent(t.version(), k -> new ArrayList<>()).add(t);
        }
        Map<FrameworkId, List<Target>> byFramework = new HashMap<>();
        current.forEach((framework, version) -> byFramework.put(framework,
                List.copyOf(byVersion.getOrDefault(version, List.of()))));
        targetsByFramework = Map.copyOf(byFramework);
        Map<RoleId, List<CredentialId>> byRole = new HashMap<>();
        new TreeMap<>(suits).forEach((c, rs) -> rs.forEach(r -> byRole.computeIfAbsent(r, k -> new ArrayList<>()).add(c)));
        credentialsByRole = copyLists(byRole);
        Map<TargetId, List<Role>> byTarget = new HashMap<>();
        for (Role r : sortedRoles) {
            r.needs().stream().map(Need::target).distinct()
                    .forEach(t -> byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(r));
        }
        rolesByTarget = copyLists(byTarget);
        prerequisiteCount = prerequisites.values().stream().mapToInt(Set::size).sum();
        index = new TargetIndex(sortedTargets, prerequisites, children.keySet(),
                sortedDomains.stream().map(Domain::id).toList(), sortedFrameworks.stream().map(Framework::id).toList(),
                frameworkOfVersion);
        needPositions = new int[sortedRoles.size()][];
        for (int r = 0; r < sortedRoles.size(); r++) {
            needPositions[r] = sortedRoles.get(r).needs().stream().mapToInt(n -> index.positionOf(n.target())).toArray();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a builder holding the parts of a published graph: the published version of each framework
     * becomes current, and its tree supplies the targets and edges}
     * Versions that are not published are recorded as versions only.
     */
    public static Builder assemble(Collection<Credential> credentials, Collection<Framework> frameworks,
                                   Collection<FrameworkTree> trees, Collection<Role> roles,
                                   Map<CredentialId, ? extends Collection<RoleId>> suits) {
        Builder b = builder();
        credentials.forEach(b::credential);
        frameworks.forEach(b::framework);
        Set<DomainId> domainsSeen = new java.util.HashSet<>();
        for (FrameworkTree tree : trees) {
            boolean isCurrent = tree.version().status() == VersionStatus.PUBLISHED;
            b.version(tree.version(), isCurrent);
            tree.domains().stream().filter(d -> domainsSeen.add(d.id())).forEach(b::domain);
            if (isCurrent) {
                tree.targets().forEach(b::target);
                tree.prerequisites().forEach((t, ps) -> ps.forEach(p -> b.prerequisite(t, p)));
                tree.related().forEach((t, rs) -> rs.forEach(r -> b.related(t, r)));
            }
        }
        roles.forEach(b::role);
        suits.forEach((c, rs) -> rs.forEach(r -> b.suits(c, r)));
        return b;
    }

    /** {@return all credentials, ordered by id} */
    public List<Credential> credentials() {
        return sortedCredentials;
    }

    public Optional<Credential> credential(CredentialId id) {
        return Optional.ofNullable(credentials.get(id));
    }

    /** {@return all frameworks, ordered by id} */
    public List<Framework> frameworks() {
        return sortedFrameworks;
    }

    public Optional<Framework> framework(FrameworkId id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** {@return the framework of a credential, if it has one} */
    public Optional<Framework> frameworkOf(CredentialId credential) {
        return Optional.ofNullable(frameworkByCredential.get(credential));
    }

    /** {@return every known version of every framework, ordered by id} */
    public List<FrameworkVersion> versions() {
        return sortedVersions;
    }

    public Optional<FrameworkVersion> version(FrameworkVersionId id) {
        return Optional.ofNullable(versions.get(id));
    }

    /** {@return the current (published) version of a framework, whose targets this snapshot holds} */
    public Optional<FrameworkVersionId> currentVersion(FrameworkId framework) {
        return Optional.ofNullable(current.get(framework));
    }

    public Optional<Domain> domain(DomainId id) {
        return Optional.ofNullable(domains.get(id));
    }

    /** {@return all domains, ordered by id} */
    public List<Domain> domains() {
        return sortedDomains;
    }

    /** {@return every target of the current versions, ordered by id} */
    public List<Target> targets() {
        return sortedTargets;
    }

    public Optional<Target> target(TargetId id) {
        return Optional.ofNullable(targets.get(id));
    }

    public boolean contains(TargetId id) {
        return targets.containsKey(id);
    }

    /** {@return the targets of one framework's current version, ordered by id} */
    public List<Target> targetsOf(FrameworkId framework) {
        return targetsByFramework.getOrDefault(framework, List.of());
    }

    /**
     * {@return dense positions for the targets, with the prerequisite and dependent edges as arrays, for
     * algorithms over the whole graph}
     */
    public TargetIndex index() {
        return index;
    }

    /** {@return the direct children of a target, ordered by id} */
    public List<TargetId> children(TargetId id) {
        return children.getOrDefault(id, List.of());
    }

    /** {@return the targets between this one and its domain, nearest first} */
    public List<TargetId> ancestors(TargetId id) {
        return ancestors.getOrDefault(id, List.of());
    }

    /** {@return whether the target has no children: the unit a learner studies} */
    public boolean isLeaf(TargetId id) {
        return !children.containsKey(id);
    }

    /** {@return the targets that must be learnt before this one} */
    public Set<TargetId> prerequisites(TargetId id) {
        return prerequisites.getOrDefault(id, Set.of());
    }

    /** {@return the targets that need this one first} */
    public Set<TargetId> dependents(TargetId id) {
        return dependents.getOrDefault(id, Set.of());
    }

    /** {@return targets related across frameworks, in either direction} */
    public Set<TargetId> related(TargetId id) {
        return related.getOrDefault(id, Set.of());
    }

    /** {@return the number of prerequisite edges} */
    public int prerequisiteCount() {
        return prerequisiteCount;
    }

    /**
     * {@return the positions in {@link #index()} of the targets of a role's needs, in the order of
     * {@link Role#needs()}, so that ranking every role looks no target up by id}
     *
     * @param roleOrdinal the role's place in {@link #roles()}
     */
    public int[] needPositions(int roleOrdinal) {
        return needPositions[roleOrdinal].clone();
    }

    /** {@return all roles, ordered by id} */
    public List<Role> roles() {
        return sortedRoles;
    }

    public Optional<Role> role(RoleId id) {
        return Optional.ofNullable(roles.get(id));
    }

    /** {@return the roles a credential suits} */
    public Set<RoleId> suitedRoles(CredentialId credential) {
        return suits.getOrDefault(credential, Set.of());
    }

    /** {@return the credentials that suit a role, ordered by id} */
    public List<CredentialId> credentialsSuiting(RoleId role) {
        return credentialsByRole.getOrDefault(role, List.of());
    }

    /** {@return the roles that need a target, ordered by id} */
    public List<Role> rolesNeeding(TargetId target) {
        return rolesByTarget.getOrDefault(target, List.of());
    }

    private static <T> List<T> sorted(Collection<T> values, Comparator<T> order) {
        return values.stream().sorted(order).toList();
    }

    private static <K, V> Map<K, List<V>> copyLists(Map<K, List<V>> m) {
        return m.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    private static <K, V> Map<K, Set<V>> copySets(Map<K, ? extends Set<V>> m) {
        Map<K, Set<V>> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableSet(new TreeSet<>(v))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Collects the parts of a snapshot and checks them together. Not thread-safe. */
    public static final class Builder {
        private final Map<CredentialId, Credential> credentials = new LinkedHashMap<>();
        private final Map<FrameworkId, Framework> frameworks = new LinkedHashMap<>();
        private final Map<FrameworkVersionId, FrameworkVersion> versions = new LinkedHashMap<>();
        private final Map<FrameworkId, FrameworkVersionId> current = new LinkedHashMap<>();
        private final Map<DomainId, Domain> domains = new LinkedHashMap<>();
        private final Map<TargetId, Target> targets = new LinkedHashMap<>();
        private final Map<TargetId, Set<TargetId>> prerequisites = new TreeMap<>();
        private final Map<TargetId, Set<TargetId>> related = new TreeMap<>();
        private final Map<RoleId, Role> roles = new LinkedHashMap<>();
        private final Map<CredentialId, Set<RoleId>> suits = new TreeMap<>();
        private final List<GraphProblem> problems = new ArrayList<>();

        private Builder() {
        }

        public Builder credential(Credential c) {
            if (credentials.putIfAbsent(c.id(), c) != null) {
                problems.add(new GraphProblem(c.id().value(), "duplicate credential id"));
            }
            return this;
        }

        public Builder framework(Framework f) {
            if (frameworks.putIfAbsent(f.id(), f) != null) {
                problems.add(new GraphProblem(f.id().value(), "duplicate framework id"));
            }
            return this;
        }

        /** Adds a version; the one marked {@code current} supplies the framework's targets. */
        public Builder version(FrameworkVersion v, boolean isCurrent) {
            if (versions.putIfAbsent(v.id(), v) != null) {
                problems.add(new GraphProblem(v.id().value(), "duplicate framework version id"));
            }
            if (isCurrent && current.putIfAbsent(v.framework(), v.id()) != null) {
                problems.add(new GraphProblem(v.id().value(), "a second current version of " + v.framework()));
            }
            return this;
        }

        public Builder domain(Domain d) {
            if (domains.putIfAbsent(d.id(), d) != null) {
                problems.add(new GraphProblem(d.id().value(), "duplicate domain id"));
            }
            return this;
        }

        public Builder target(Target t) {
            if (targets.putIfAbsent(t.id(), t) != null) {
                problems.add(new GraphProblem(t.id().value(), "duplicate target id"));
            }
            return this;
        }

        /** Records that {@code target} needs {@code prerequisite} first. */
        public Builder prerequisite(TargetId target, TargetId prerequisite) {
            prerequisites.computeIfAbsent(target, k -> new TreeSet<>()).add(prerequisite);
            return this;
        }

        public Builder related(TargetId a, TargetId b) {
            related.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
            return this;
        }

        public Builder role(Role r) {
            if (roles.putIfAbsent(r.id(), r) != null) {
                problems.add(new GraphProblem(r.id().value(), "duplicate role id"));
            }
            return this;
        }

        public Builder suits(CredentialId credential, RoleId role) {
            suits.computeIfAbsent(credential, k -> new TreeSet<>()).add(role);
            return this;
        }

        /** {@return every fault in what was added so far; empty when it makes a valid snapshot} */
        public List<GraphProblem> validate() {
            List<GraphProblem> found = new ArrayList<>(problems);
            for (Credential c : credentials.values()) {
                for (Requirement r : c.requirements()) {
                    for (CredentialId named : r.credentials()) {
                        if (!credentials.containsKey(named)) {
                            found.add(new GraphProblem(c.id().value(), "requires unknown credential " + named));
                        }
                    }
                }
                c.framework().filter(f -> !frameworks.containsKey(f))
                        .ifPresent(f -> found.add(new GraphProblem(c.id().value(), "names unknown framework " + f)));
            }
            // Any credential named, even in one alternative only, counts: a rule may not lead back to itself.
            Dag.findCycle(credentials.keySet(), id -> credentials.get(id).requirements().stream()
                            .flatMap(r -> r.credentials().stream())
                            .filter(credentials::containsKey).distinct().toList(), Comparator.naturalOrder())
                    .ifPresent(cycle -> found.add(new GraphProblem(cycle.get(0).value(), "eligibility rules form a cycle: " + cycle)));
            for (Framework f : frameworks.values()) {
                if (!credentials.containsKey(f.credential())) {
                    found.add(new GraphProblem(f.id().value(), "belongs to unknown credential " + f.credential()));
                }
            }
            for (FrameworkVersion v : versions.values()) {
                if (!frameworks.containsKey(v.framework())) {
                    found.add(new GraphProblem(v.id().value(), "belongs to unknown framework " + v.framework()));
                }
                v.supersedes().filter(s -> !versions.containsKey(s))
                        .ifPresent(s -> found.add(new GraphProblem(v.id().value(), "supersedes unknown version " + s)));
            }
            for (Domain d : domains.values()) {
                if (!frameworks.containsKey(d.framework())) {
                    found.add(new GraphProblem(d.id().value(), "belongs to unknown framework " + d.framework()));
                }
            }
            for (Target t : targets.values()) {
                if (!t.version().equals(current.get(t.version().framework()))) {
                    found.add(new GraphProblem(t.id().value(), "belongs to " + t.version() + ", which is not a current version"));
                }
                if (!domains.containsKey(t.domain())) {
                    found.add(new GraphProblem(t.id().value(), "belongs to unknown domain " + t.domain()));
                }
                t.parent().ifPresent(p -> {
                    Target parent = targets.get(p);
                    if (parent == null) {
                        found.add(new GraphProblem(t.id().value(), "has unknown parent " + p));
                    } else if (!parent.version().equals(t.version())) {
                        found.add(new GraphProblem(t.id().value(), "has parent " + p + " in another framework version"));
                    }
                });
            }
            Dag.findCycle(targets.keySet(), id -> targets.get(id).parent().filter(targets::containsKey).stream().toList(),
                            Comparator.naturalOrder())
                    .ifPresent(cycle -> found.add(new GraphProblem(cycle.get(0).value(), "the target tree has a cycle: " + cycle)));
            prerequisites.forEach((t, pres) -> {
                checkTarget(found, t, "prerequisite of an unknown target");
                pres.forEach(p -> checkTarget(found, p, "unknown prerequisite of " + t));
            });
            related.forEach((a, bs) -> {
                checkTarget(found, a, "related link from an unknown target");
                bs.forEach(x -> checkTarget(found, x, "unknown target related to " + a));
            });
            Dag.findCycle(prerequisites.keySet(), id -> prerequisites.getOrDefault(id, Set.of()), Comparator.naturalOrder())
                    .ifPresent(cycle -> found.add(new GraphProblem(cycle.get(0).value(),
                            "prerequisites form a cycle: " + cycle.stream().map(TargetId::value).collect(Collectors.joining(" → ")))));
            for (Role r : roles.values()) {
                r.needs().forEach(n -> {
                    if (!targets.containsKey(n.target())) {
                        found.add(new GraphProblem(r.id().value(), "needs unknown target " + n.target()));
                    }
                });
            }
            suits.forEach((c, rs) -> {
                if (!credentials.containsKey(c)) {
                    found.add(new GraphProblem(c.value(), "suits roles but is an unknown credential"));
                }
                rs.stream().filter(r -> !roles.containsKey(r))
                        .forEach(r -> found.add(new GraphProblem(c.value(), "suits unknown role " + r)));
            });
            return found;
        }

        private void checkTarget(List<GraphProblem> found, TargetId id, String fault) {
            if (!targets.containsKey(id)) {
                found.add(new GraphProblem(id.value(), fault));
            }
        }

        /**
         * {@return the snapshot}
         *
         * @throws InvalidGraphException listing every fault, when the parts do not fit together
         */
        public CompetencyGraph build() {
            List<GraphProblem> found = validate();
            if (!found.isEmpty()) {
                throw new InvalidGraphException(found);
            }
            return new CompetencyGraph(this);
        }
    }
}
