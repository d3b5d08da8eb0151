package org.michishirube.core.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Dag;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetIndex;

/**
 * A learner profile read against a graph: the level reached in every target and the credentials held.
 * A target's level is the highest of
 * <ul>
 *   <li>the level the profile says it is mastered at;</li>
 *   <li>the credential level (2 by default) when it belongs to the framework of a held credential;</li>
 *   <li>the credential level when its domain is an exam subject passed within the credit years.</li>
 * </ul>
 * Holding a credential implies holding the credentials it requires: nobody sits an exam without them.
 */
public final class Attainment {

    private final CompetencyGraph graph;
    private final LearnerProfile profile;
    private final Set<CredentialId> held;
    private final Set<FrameworkId> heldFrameworks;
    private final Set<DomainId> creditedSubjects;
    private final int credentialLevel;
    /** The level of every target, by its position in the graph's {@link TargetIndex}. */
    private final int[] levels;
    /** The least mastered target id the graph does not know, found while reading the levels. */
    private TargetId firstUnknownTarget;

    private Attainment(CompetencyGraph graph, LearnerProfile profile, PlanningOptions options) {
        this.graph = graph;
        this.profile = profile;
        this.credentialLevel = options.credentialLevel();
        Set<CredentialId> direct = new TreeSet<>();
        profile.credentials().forEach(h -> direct.add(h.credential()));
        Set<CredentialId> all = new TreeSet<>(direct);
        all.addAll(Dag.closure(direct, c -> graph.credential(c).map(Attainment::requiredCredentials).orElse(List.of())));
        this.held = java.util.Collections.unmodifiableSet(all);
        Set<FrameworkId> frameworks = new HashSet<>();
        for (CredentialId c : all) {
            graph.credential(c).flatMap(Credential::framework).ifPresent(frameworks::add);
        }
        this.heldFrameworks = frameworks;
        Set<DomainId> credited = new HashSet<>();
        int thisYear = options.today().getYear();
        for (SubjectPass pass : profile.subjectPasses()) {
            int age = thisYear - pass.year();
            if (age >= 0 && age <= options.subjectCreditYears()) {
                credited.add(pass.subject());
            }
        }
        this.creditedSubjects = credited;
        this.levels = levels(graph.index(), profile);
    }

    private int[] levels(TargetIndex index, LearnerProfile profile) {
        int[] result = new int[index.size()];
        if (!heldFrameworks.isEmpty() || !creditedSubjects.isEmpty()) {
            boolean[] heldFramework = new boolean[index.frameworkCount()];
            heldFrameworks.forEach(f -> mark(heldFramework, index.frameworkOrdinal(f)));
            boolean[] credited = new boolean[index.domainCount()];
            creditedSubjects.forEach(d -> mark(credited, index.domainOrdinal(d)));
            for (int i = 0; i < result.length; i++) {
                int f = index.frameworkOrdinal(i);
                int d = index.domainOrdinal(i);
                if (f >= 0 && heldFramework[f] || d >= 0 && credited[d]) {
                    result[i] = credentialLevel;
                }
            }
        }
        profile.mastered().forEach((id, level) -> {
            int i = index.positionOf(id);
            if (i >= 0) {
                result[i] = Math.max(result[i], level);
            } else if (firstUnknownTarget == null || id.compareTo(firstUnknownTarget) < 0) {
                firstUnknownTarget = id;
            }
        });
        return result;
    }

    private static void mark(boolean[] flags, int ordinal) {
        if (ordinal >= 0) {
            flags[ordinal] = true;
        }
    }

    /**
     * {@return the profile read against the graph; ids the graph does not know count for nothing, so call
     * {@link #problem()} on the result when they must be reported}
     *
     * @param graph the snapshot
     * @param profile the learner
     * @param options supplies today, the credential level and the subject credit years
     */
    public static Attainment of(CompetencyGraph graph, LearnerProfile profile, PlanningOptions options) {
        return new Attainment(graph, profile, options);
    }

    /**
     * {@return the first id in the profile the graph does not know, as an outcome carrying it; empty when every
     * id is known} Credentials are checked first, then targets, then subject passes, each by id; the targets were
     * looked up once, while reading the levels.
     */
    public Optional<PlanOutcome.Unreachable> problem() {
        return problem(graph, profile, Optional.ofNullable(firstUnknownTarget));
    }

    private static Optional<PlanOutcome.Unreachable> problem(CompetencyGraph graph, LearnerProfile profile,
                                                             Optional<TargetId> unknown) {
        for (HeldCredential h : new TreeMap<>(profile.credentials().stream()
                .collect(java.util.stream.Collectors.toMap(HeldCredential::credential, x -> x))).values()) {
            if (graph.credential(h.credential()).isEmpty()) {
                return Optional.of(unknownCredential(h.credential(), "the profile holds"));
            }
        }
        if (unknown.isPresent()) {
            TargetId t = unknown.get();
            return Optional.of(new PlanOutcome.Unreachable(PlanOutcome.Reason.UNKNOWN_TARGET,
                    "the profile masters target " + t + ", which this graph does not know", List.of(t.value())));
        }
        for (SubjectPass pass : profile.subjectPasses()) {
            Optional<Credential> c = graph.credential(pass.credential());
            if (c.isEmpty()) {
                return Optional.of(unknownCredential(pass.credential(), "the profile passed a subject of"));
            }
            Optional<FrameworkId> framework = c.get().framework();
            boolean inFramework = framework.isPresent()
                    && graph.domain(pass.subject()).map(Domain::framework).filter(framework.get()::equals).isPresent();
            if (!inFramework) {
                return Optional.of(new PlanOutcome.Unreachable(PlanOutcome.Reason.UNKNOWN_SUBJECT,
                        "subject " + pass.subject() + " is not a domain of the framework of " + pass.credential(),
                        List.of(pass.credential().value(), pass.subject().value())));
            }
        }
        return Optional.empty();
    }

    static PlanOutcome.Unreachable unknownCredential(CredentialId id, String context) {
        return new PlanOutcome.Unreachable(PlanOutcome.Reason.UNKNOWN_CREDENTIAL,
                context + " credential " + id + ", which this graph does not know", List.of(id.value()));
    }

    static List<CredentialId> requiredCredentials(Credential c) {
        // Only the credentials every alternative needs are implied by holding c.
        if (c.requirements().isEmpty()) {
            return List.of();
        }
        return Requirement.allOf(c.requirements()).mandatoryCredentials().stream().sorted().toList();
    }

    /** {@return the level (0..4) reached in a target} */
    public int level(TargetId id) {
        int i = graph.index().positionOf(id);
        return i < 0 ? profile.mastered().getOrDefault(id, 0) : levels[i];
    }

    /** {@return the level (0..4) reached in the target at a position of the graph's {@link TargetIndex}} */
    public int level(int position) {
        return levels[position];
    }

    /** {@return whether the learner holds a credential, directly or as a requirement of one held} */
    public boolean holds(CredentialId credential) {
        return held.contains(credential);
    }

    /** {@return whether the profile lists the credential itself} */
    public boolean holdsDirectly(CredentialId credential) {
        return profile.credentials().stream().anyMatch(h -> h.credential().equals(credential));
    }

    /** {@return every credential held, directly or implied, ordered by id} */
    public Set<CredentialId> held() {
        return held;
    }

    /** {@return the years of experience of a kind} */
    public int experience(ExperienceKind kind) {
        return profile.experience(kind);
    }

    /** {@return the profile read} */
    public LearnerProfile profile() {
        return profile;
    }
}
