package org.michishirube.core.proposal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.revision.DraftText;
import org.michishirube.core.revision.Operation;

/**
 * Makes the five kinds of proposal from the figures in the graph and the curriculum usage, each scored by
 * the formula its record documents, and lists them by kind and score. Deterministic: equal inputs give equal
 * proposals in equal order.
 */
final class EvidenceRankedProposer implements RedefinitionProposer {

    @Override
    public ProposalOutcome propose(CompetencyGraph graph, FrameworkId framework, CurriculumUsage usage,
                                   ProposalOptions options) {
        Optional<Framework> fw = graph.framework(framework);
        if (fw.isEmpty()) {
            return new ProposalOutcome.Rejected(ProposalOutcome.Reason.UNKNOWN_FRAMEWORK,
                    "framework " + framework + " is not in the graph", List.of(framework.value()));
        }
        Optional<FrameworkVersionId> version = graph.currentVersion(framework);
        if (version.isEmpty()) {
            return new ProposalOutcome.Rejected(ProposalOutcome.Reason.NO_PUBLISHED_VERSION,
                    "framework " + framework + " has no published version", List.of(framework.value()));
        }
        Context c = new Context(graph, fw.get(), usage, options);
        List<Proposal> proposals = new ArrayList<>();
        c.addCandidates(proposals);
        c.emergingAreas(proposals);
        c.nearDuplicates(proposals);
        Set<TargetId> used = c.used();
        c.unused(proposals, used);
        c.rarelyTaught(proposals, used);
        return new ProposalOutcome.Proposed(new Proposals(framework, version.get(), proposals));
    }

    /** The figures of one framework, looked up once. */
    private static final class Context {
        final CompetencyGraph graph;
        final Framework framework;
        final CurriculumUsage usage;
        final ProposalOptions options;
        final List<Target> own;
        final Set<TargetId> ownIds;
        final List<Role> scope;
        final List<DomainId> domains;

        Context(CompetencyGraph graph, Framework framework, CurriculumUsage usage, ProposalOptions options) {
            this.graph = graph;
            this.framework = framework;
            this.usage = usage;
            this.options = options;
            this.own = graph.targetsOf(framework.id());
            this.ownIds = own.stream().map(Target::id).collect(Collectors.toCollection(TreeSet::new));
            CredentialId credential = framework.credential();
            Set<RoleId> suited = graph.suitedRoles(credential);
            this.scope = graph.roles().stream()
                    .filter(r -> options.roles() == ProposalOptions.RoleScope.ALL || suited.contains(r.id())).toList();
            this.domains = graph.domains().stream().filter(d -> d.framework().equals(framework.id())).map(Domain::id).toList();
        }

        List<Need> needsOf(TargetId target) {
            List<Need> needs = new ArrayList<>();
            scope.forEach(r -> r.needs().stream().filter(n -> n.target().equals(target)).forEach(needs::add));
            return needs;
        }

        String prefix() {
            return framework.id().value() + ".";
        }

        /** A free id in this framework, from a suggested tail, adding -2, -3, … when taken. */
        String freeId(String tail) {
            String base = prefix() + tail;
            String id = base;
            for (int n = 2; ownIds.contains(TargetId.of(id)); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        void addCandidates(List<Proposal> out) {
            if (domains.isEmpty()) {
                return; // nowhere to put a new target
            }
            Map<TargetId, List<Role>> needers = new TreeMap<>();
            Map<TargetId, Double> importance = new TreeMap<>();
            for (Role r : scope) {
                for (Need n : r.needs()) {
                    if (!covered(n.target())) {
                        needers.computeIfAbsent(n.target(), k -> new ArrayList<>()).add(r);
                        importance.merge(n.target(), n.importance(), Double::sum);
                    }
                }
            }
            needers.forEach((target, roles) -> {
                Target t = graph.target(target).orElseThrow();
                double sum = importance.get(target);
                String tail = target.value().substring(target.value().indexOf('.') + 1);
                Operation add = new Operation.Add(freeId(tail), Optional.empty(), domainFor(roles), t.kind(),
                        DraftText.of(t.name()), t.description().map(DraftText::of), t.effortHours(), t.tags(),
                        Optional.of("needed by " + roles.stream().map(r -> r.id().value()).collect(Collectors.joining(", "))
                                + "; adapted from " + target));
                out.add(new Proposal.AddCandidate(target, t.name(), roles.stream().map(Role::id).toList(), roles.size(), sum,
                        sum, add));
            });
        }

        /** Whether this framework has the target, or a target related to it. */
        boolean covered(TargetId target) {
            return ownIds.contains(target) || graph.related(target).stream().anyMatch(ownIds::contains);
        }

        /** The domain where the same roles' other needs in this framework lie most, else the first domain. */
        DomainId domainFor(List<Role> roles) {
            Map<DomainId, Integer> votes = new TreeMap<>();
            roles.forEach(r -> r.needs().stream().filter(n -> ownIds.contains(n.target()))
                    .forEach(n -> votes.merge(graph.target(n.target()).orElseThrow().domain(), 1, Integer::sum)));
            return votes.entrySet().stream().max(Map.Entry.<DomainId, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(domains.get(0));
        }

        void emergingAreas(List<Proposal> out) {
            if (domains.isEmpty()) {
                return;
            }
            for (EmergingTag tag : EmergingTag.values()) {
                int here = (int) own.stream().filter(t -> t.tags().contains(tag.code())).count();
                List<Target> elsewhere = graph.targets().stream()
                        .filter(t -> !ownIds.contains(t.id()) && t.tags().contains(tag.code())).toList();
                Set<FrameworkId> frameworks = elsewhere.stream().map(t -> t.version().framework())
                        .collect(Collectors.toCollection(TreeSet::new));
                int needs = 0;
                double importance = 0;
                for (Role r : scope) {
                    for (Need n : r.needs()) {
                        if (graph.target(n.target()).map(t -> t.tags().contains(tag.code())).orElse(false)) {
                            needs++;
                            importance += n.importance();
                        }
                    }
                }
                if (here >= options.emergingFew() || elsewhere.isEmpty() && needs == 0) {
                    continue;
                }
                double score = (importance + frameworks.size()) / (1 + here);
                Operation add = new Operation.Add(freeId(tag.code()), Optional.empty(), largestDomain(), TargetKind.GIO,
                        DraftText.of(tag.label()), Optional.empty(), OptionalInt.empty(), Set.of(tag.code()),
                        Optional.of("emerging area " + tag.code() + ": " + here + " target(s) here, " + elsewhere.size()
                                + " elsewhere, " + needs + " role need(s)"));
                out.add(new Proposal.EmergingArea(tag, here, elsewhere.size(), List.copyOf(frameworks), needs, importance,
                        score, add));
            }
        }

        DomainId largestDomain() {
            Map<DomainId, Integer> sizes = new TreeMap<>();
            domains.forEach(d -> sizes.put(d, 0));
            own.forEach(t -> sizes.merge(t.domain(), 1, Integer::sum));
            return sizes.entrySet().stream().max(Map.Entry.<DomainId, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElseThrow();
        }

        void nearDuplicates(List<Proposal> out) {
            for (int i = 0; i < own.size(); i++) {
                for (int j = i + 1; j < own.size(); j++) {
                    Target a = own.get(i);
                    Target b = own.get(j);
                    if (graph.ancestors(a.id()).contains(b.id()) || graph.ancestors(b.id()).contains(a.id())) {
                        continue; // an SBO often repeats its GIO's words; that is structure, not duplication
                    }
                    double ja = TextSimilarity.japanese(a.name().ja(), b.name().ja());
                    double en = TextSimilarity.english(a.name().en(), b.name().en());
                    if (ja >= options.jaSimilarity() && en >= options.enSimilarity()) {
                        Operation merge = new Operation.Merge(List.of(a.id(), b.id()),
                                new Operation.Part(mergedId(a.id()), DraftText.of(a.name()), a.description().map(DraftText::of),
                                        OptionalInt.empty()),
                                Optional.of("near-duplicate names (ja " + round(ja) + ", en " + round(en) + ")"));
                        out.add(new Proposal.NearDuplicate(a.id(), b.id(), ja, en, (ja + en) / 2, merge));
                    }
                }
            }
        }

        String mergedId(TargetId first) {
            return freeId(first.value().substring(prefix().length()) + "-merged");
        }

        /**
         * The targets in use: those needed by any role, addressed by a curriculum or needed by another
         * framework's target; then, until nothing changes, their descendants (addressing an area addresses its
         * items) and prerequisites; finally the ancestors of all of them (an area is in use when an item is).
         * Ancestors do not pass use down, so an unused item next to a used one stays unused.
         */
        Set<TargetId> used() {
            Set<TargetId> used = new HashSet<>();
            Set<TargetId> needed = new HashSet<>();
            graph.roles().forEach(r -> r.needs().forEach(n -> needed.add(n.target())));
            for (Target t : own) {
                boolean external = graph.dependents(t.id()).stream().anyMatch(d -> !ownIds.contains(d));
                if (needed.contains(t.id()) || usage.count(t.id()) > 0 || external) {
                    used.add(t.id());
                }
            }
            boolean grew = true;
            while (grew) {
                Set<TargetId> more = new HashSet<>();
                for (TargetId u : used) {
                    graph.prerequisites(u).stream().filter(ownIds::contains).forEach(more::add);
                    more.addAll(graph.children(u));
                }
                grew = used.addAll(more);
            }
            Set<TargetId> ancestors = new HashSet<>();
            used.forEach(u -> ancestors.addAll(graph.ancestors(u)));
            used.addAll(ancestors);
            return used;
        }

        void unused(List<Proposal> out, Set<TargetId> used) {
            for (Target t : own) {
                boolean rootOfUnused = !used.contains(t.id()) && t.parent().map(used::contains).orElse(true);
                if (!rootOfUnused) {
                    continue;
                }
                List<TargetId> subtree = new ArrayList<>(List.of(t.id()));
                for (int i = 0; i < subtree.size(); i++) {
                    subtree.addAll(graph.children(subtree.get(i)));
                }
                int hours = subtree.stream().mapToInt(id -> graph.target(id).orElseThrow().effortHours().orElse(0)).sum();
                out.add(new Proposal.Unused(t.id(), t.name(), subtree.size(), hours, hours,
                        new Operation.Retire(t.id(), Optional.of("no role needs it and no curriculum addresses it"))));
            }
        }

        void rarelyTaught(List<Proposal> out, Set<TargetId> used) {
            int n = usage.curricula();
            if (n == 0) {
                return; // no curricula, no evidence
            }
            for (Target t : own) {
                if (!graph.isLeaf(t.id()) || !used.contains(t.id())) {
                    continue;
                }
                int count = usage.count(t.id());
                for (TargetId a : graph.ancestors(t.id())) {
                    count = Math.max(count, usage.count(a));
                }
                double share = (double) count / n;
                if (share >= options.rarelyTaughtShare()) {
                    continue;
                }
                List<Need> needs = needsOf(t.id());
                double importance = needs.stream().mapToDouble(Need::importance).sum();
                double score = (1 - share / options.rarelyTaughtShare()) * (1 + importance);
                out.add(new Proposal.RarelyTaught(t.id(), t.name(), count, n, share, needs.size(), importance, score,
                        new Operation.Retire(t.id(), Optional.of("addressed by " + count + " of " + n + " curricula"))));
            }
        }

        private static String round(double v) {
            return String.format(java.util.Locale.ROOT, "%.2f", v);
        }
    }
}
