package org.michishirube.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.core.revision.Draft;
import org.michishirube.core.revision.EditOutcome;
import org.michishirube.core.revision.Operation;
import org.michishirube.core.revision.DraftEditor;
import org.michishirube.core.testing.SampleTrees;

/** Proposals for HIT on {@link ProposalGraphs#graph()}, with the figures worked out by hand. */
class EvidenceRankedProposerTests {

    final RedefinitionProposer proposer = RedefinitionProposer.evidenceRanked();
    final CompetencyGraph graph = ProposalGraphs.graph();

    Proposals propose(ProposalOptions options) {
        ProposalOutcome outcome = proposer.propose(graph, ProposalGraphs.HIT, ProposalGraphs.usage(), options);
        assertThat(outcome).isInstanceOf(ProposalOutcome.Proposed.class);
        return ((ProposalOutcome.Proposed) outcome).proposals();
    }

    @Test
    void targetsTheSuitedRolesNeedElsewhereAreCandidatesRankedByImportance() {
        List<Proposal> adds = propose(ProposalOptions.defaults()).of(ProposalKind.ADD_CANDIDATE);
        assertThat(adds).hasSize(2);
        Proposal.AddCandidate qr = (Proposal.AddCandidate) adds.get(0);
        assertThat(qr.target()).isEqualTo(TargetId.of("miis.dicom.qr"));
        assertThat(qr.roles()).containsExactly(RoleId.of("his-se"), RoleId.of("pacs-admin"));
        assertThat(qr.demand()).isEqualTo(2);
        assertThat(qr.importanceSum()).isEqualTo(1.5);
        assertThat(qr.evidence().en()).contains("needed by 2 role(s) (importance sum 1.50)");
        Operation.Add add = (Operation.Add) qr.suggestedOperation();
        assertThat(add.id()).isEqualTo("hit.dicom.qr");
        assertThat(add.domain()).isEqualTo(DomainId.of("hit.it"));
        assertThat(((Proposal.AddCandidate) adds.get(1)).importanceSum()).isEqualTo(0.5);

        // With every role, radiology-ai's need lifts miis.ai.dicom to a tie, broken by id.
        List<Proposal> all = propose(ProposalOptions.defaults().withRoles(ProposalOptions.RoleScope.ALL)).of(ProposalKind.ADD_CANDIDATE);
        assertThat(all).extracting(Proposal::subject).containsExactly("miis.ai.dicom", "miis.dicom.qr");
        assertThat(all).extracting(Proposal::score).containsExactly(1.5, 1.5);
    }

    @Test
    void emergingAreasWithNoTargetsHereAreProposed() {
        List<Proposal> areas = propose(ProposalOptions.defaults()).of(ProposalKind.EMERGING_AREA);
        assertThat(areas).extracting(Proposal::subject).containsExactly("ai", "non-radiology-imaging");
        Proposal.EmergingArea ai = (Proposal.EmergingArea) areas.get(0);
        assertThat(ai.targetsHere()).isZero();
        assertThat(ai.targetsElsewhere()).isEqualTo(2);
        assertThat(ai.frameworksElsewhere()).containsExactly(FrameworkId.of("miis"));
        assertThat(ai.roleNeeds()).isEqualTo(1);
        assertThat(ai.score()).isEqualTo(1.5); // (0.5 + 1 framework) / (1 + 0)
        assertThat(areas.get(1).score()).isEqualTo(1.0);
        Operation.Add add = (Operation.Add) ai.suggestedOperation();
        assertThat(add.id()).isEqualTo("hit.ai");
        assertThat(add.kind()).isEqualTo(TargetKind.GIO);
        assertThat(add.tags()).containsExactly("ai");
        assertThat(add.domain()).isEqualTo(DomainId.of("hit.it"));
        // security has 2 targets here, under the threshold of 3, but nothing elsewhere and no role needs it.
        assertThat(areas).extracting(Proposal::subject).doesNotContain("security");
    }

    @Test
    void nearDuplicatesNeedBothLanguagesToAgree() {
        List<Proposal> pairs = propose(ProposalOptions.defaults()).of(ProposalKind.NEAR_DUPLICATE);
        assertThat(pairs).singleElement().satisfies(p -> {
            Proposal.NearDuplicate d = (Proposal.NearDuplicate) p;
            assertThat(d.first()).isEqualTo(TargetId.of("hit.med.ethics.consent"));
            assertThat(d.second()).isEqualTo(TargetId.of("hit.med.ethics.ic"));
            assertThat(d.jaSimilarity()).isEqualTo(1.0);
            assertThat(d.enSimilarity()).isEqualTo(1.0);
            Operation.Merge merge = (Operation.Merge) d.suggestedOperation();
            assertThat(merge.targets()).containsExactly(d.first(), d.second());
            assertThat(merge.into().id()).isEqualTo("hit.med.ethics.consent-merged");
        });
    }

    @Test
    void unusedSubtreesAreListedOnceAtTheirRootAndRankedByHours() {
        List<Proposal> unused = propose(ProposalOptions.defaults()).of(ProposalKind.UNUSED);
        assertThat(unused).extracting(Proposal::subject).containsExactly("hit.it.legacy", "hit.med.ethics.consent");
        Proposal.Unused legacy = (Proposal.Unused) unused.get(0);
        assertThat(legacy.subtreeSize()).isEqualTo(3);
        assertThat(legacy.subtreeHours()).isEqualTo(7);
        assertThat(legacy.suggestedOperation()).isInstanceOf(Operation.Retire.class);
    }

    @Test
    void rarelyTaughtLeavesCountCurriculaOfTheirAreas() {
        List<Proposal> rare = propose(ProposalOptions.defaults()).of(ProposalKind.RARELY_TAUGHT);
        // crypto is addressed through its area hit.it.sec by 1 of 4 curricula (25%), above the 20% threshold.
        assertThat(rare).singleElement().satisfies(p -> {
            Proposal.RarelyTaught r = (Proposal.RarelyTaught) p;
            assertThat(r.target()).isEqualTo(TargetId.of("hit.med.ethics.ic"));
            assertThat(r.curricula()).isZero();
            assertThat(r.curriculaTotal()).isEqualTo(4);
            assertThat(r.demand()).isEqualTo(1);
            assertThat(r.score()).isCloseTo(1.25, within(1e-9));
        });
        assertThat(proposer.propose(graph, ProposalGraphs.HIT, CurriculumUsage.none(), ProposalOptions.defaults()))
                .isInstanceOfSatisfying(ProposalOutcome.Proposed.class,
                        p -> assertThat(p.proposals().of(ProposalKind.RARELY_TAUGHT)).isEmpty());
    }

    @Test
    void everySuggestedOperationAppliesToADraftOfTheVersion() {
        Draft draft = Draft.start(ProposalGraphs.hitTree(), SampleTrees.version("hit", "fy2026", VersionStatus.DRAFT,
                Optional.of(ProposalGraphs.HIT_2020)), new Provenance("proposal", Verification.INFERRED));
        DraftEditor editor = DraftEditor.validating(graph::contains);
        Proposals proposals = propose(ProposalOptions.defaults());
        assertThat(proposals.counts()).containsExactly(Map.entry(ProposalKind.ADD_CANDIDATE, 2), Map.entry(ProposalKind.EMERGING_AREA, 2),
                Map.entry(ProposalKind.NEAR_DUPLICATE, 1), Map.entry(ProposalKind.UNUSED, 2), Map.entry(ProposalKind.RARELY_TAUGHT, 1));
        for (Proposal p : proposals.proposals()) {
            assertThat(editor.apply(draft, p.suggestedOperation())).as("%s", p).isInstanceOf(EditOutcome.Applied.class);
        }
    }

    @Test
    void unknownFrameworksAreRejectedAndOutputIsDeterministic() {
        assertThat(proposer.propose(graph, FrameworkId.of("nope"), CurriculumUsage.none(), ProposalOptions.defaults()))
                .isInstanceOfSatisfying(ProposalOutcome.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(ProposalOutcome.Reason.UNKNOWN_FRAMEWORK));
        assertThat(propose(ProposalOptions.defaults())).isEqualTo(propose(ProposalOptions.defaults()));
        assertThat(propose(ProposalOptions.defaults()).version()).isEqualTo(FrameworkVersionId.of("hit@fy2020"));
    }

    @Test
    void theReviewFallsDueACycleAfterTheEffectiveDate() {
        List<Proposal> accumulated = propose(ProposalOptions.defaults()).proposals();
        ReviewStatus soon = ReviewStatus.of(ProposalGraphs.hitFramework(), ProposalGraphs.hitVersion(), LocalDate.of(2026, 11, 1), accumulated);
        assertThat(soon.due()).contains(LocalDate.of(2027, 3, 1));
        assertThat(soon.state()).isEqualTo(ReviewStatus.State.DUE_SOON);
        assertThat(soon.daysUntilDue()).hasValue(120);
        assertThat(soon.total()).isEqualTo(8);
        assertThat(soon.accumulated()).containsEntry(ProposalKind.UNUSED, 2);
        assertThat(soon.explanation().en()).isEqualTo("The review is due on 2027-03-01, in 120 day(s) (8 proposal(s))");

        assertThat(ReviewStatus.of(ProposalGraphs.hitFramework(), ProposalGraphs.hitVersion(), LocalDate.of(2025, 1, 1), List.of())
                .state()).isEqualTo(ReviewStatus.State.NOT_DUE);
        ReviewStatus late = ReviewStatus.of(ProposalGraphs.hitFramework(), ProposalGraphs.hitVersion(), LocalDate.of(2027, 3, 2), List.of());
        assertThat(late.state()).isEqualTo(ReviewStatus.State.OVERDUE);
        assertThat(late.daysUntilDue()).hasValue(-1);
        ReviewStatus unknown = ReviewStatus.of(ProposalGraphs.hitFramework(), SampleTrees.version("hit", "fy2020", VersionStatus.PUBLISHED,
                Optional.empty()), LocalDate.of(2026, 1, 1), accumulated);
        assertThat(unknown.state()).isEqualTo(ReviewStatus.State.UNKNOWN);
        assertThat(unknown.due()).isEmpty();
        assertThat(unknown.explanation().en()).contains("effective date is unknown");
    }
}
