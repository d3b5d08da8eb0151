package org.michishirube.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.core.revision.Draft;
import org.michishirube.core.revision.EditOutcome;
import org.michishirube.core.revision.DraftEditor;
import org.michishirube.core.testing.RandomGraphs;

/** Proposals on random graphs: never throw, stay ordered, and their operations are judged like any other. */
class ProposalPropertiesTests {

    final RedefinitionProposer proposer = RedefinitionProposer.evidenceRanked();

    @Test
    void proposalsAreOrderedConsistentAndActionable() {
        qt().withFixedSeed(20260503L).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            CompetencyGraph graph = RandomGraphs.small(seed);
            Random random = new Random(seed);
            for (Framework f : graph.frameworks()) {
                List<Target> own = graph.targetsOf(f.id());
                int curricula = random.nextInt(5);
                Map<TargetId, Integer> counts = new HashMap<>();
                if (curricula > 0) {
                    own.forEach(t -> counts.put(t.id(), random.nextInt(curricula + 1)));
                }
                ProposalOutcome outcome = proposer.propose(graph, f.id(), new CurriculumUsage(counts, curricula),
                        ProposalOptions.defaults().withRoles(ProposalOptions.RoleScope.values()[random.nextInt(2)]));
                assertThat(outcome).as("seed %d", seed).isInstanceOf(ProposalOutcome.Proposed.class);
                Proposals proposals = ((ProposalOutcome.Proposed) outcome).proposals();
                assertThat(proposals.proposals()).as("seed %d", seed).isSortedAccordingTo(Proposal.ORDER);
                Set<String> unused = proposals.of(ProposalKind.UNUSED).stream().map(Proposal::subject).collect(Collectors.toSet());
                proposals.of(ProposalKind.RARELY_TAUGHT).forEach(p -> assertThat(unused).as("seed %d", seed).doesNotContain(p.subject()));
                proposals.of(ProposalKind.ADD_CANDIDATE).forEach(p -> assertThat(graph.target(TargetId.of(p.subject())).orElseThrow()
                        .version().framework()).as("seed %d", seed).isNotEqualTo(f.id()));

                Draft draft = Draft.start(tree(graph, f), new FrameworkVersion(
                        org.michishirube.core.model.FrameworkVersionId.of(f.id(), "next"), f.name(), VersionStatus.DRAFT,
                        Optional.empty(), Optional.of(graph.currentVersion(f.id()).orElseThrow()),
                        new Provenance("generated", Verification.INFERRED)), new Provenance("proposal", Verification.INFERRED));
                DraftEditor editor = DraftEditor.validating(graph::contains);
                for (Proposal p : proposals.proposals()) {
                    EditOutcome result = editor.apply(draft, p.suggestedOperation());
                    if (p.kind() == ProposalKind.ADD_CANDIDATE || p.kind() == ProposalKind.EMERGING_AREA
                            || p.kind() == ProposalKind.NEAR_DUPLICATE) {
                        // Adds and merges build fresh ids from free ones; only a prerequisite cycle can stop a merge.
                        assertThat(result instanceof EditOutcome.Applied
                                || ((EditOutcome.Rejected) result).has(EditOutcome.Reason.PREREQUISITE_CYCLE))
                                .as("seed %d %s %s", seed, p, result).isTrue();
                    }
                }
            }
        });
    }

    static FrameworkTree tree(CompetencyGraph graph, Framework f) {
        FrameworkVersion v = graph.version(graph.currentVersion(f.id()).orElseThrow()).orElseThrow();
        List<Target> own = graph.targetsOf(f.id());
        Map<TargetId, Set<TargetId>> pre = new TreeMap<>();
        own.forEach(t -> {
            if (!graph.prerequisites(t.id()).isEmpty()) {
                pre.put(t.id(), graph.prerequisites(t.id()));
            }
        });
        return new FrameworkTree(v, graph.domains().stream().filter(d -> d.framework().equals(f.id())).toList(), own, pre,
                Map.of(), List.of());
    }
}
