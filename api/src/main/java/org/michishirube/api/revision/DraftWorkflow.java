package org.michishirube.api.revision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.revision.RevisionSupport.Actor;
import org.michishirube.api.revision.RevisionViews.AuditView;
import org.michishirube.api.revision.RevisionViews.CommentRequest;
import org.michishirube.api.revision.RevisionViews.CommentView;
import org.michishirube.api.revision.RevisionViews.DiffView;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.michishirube.api.revision.RevisionViews.EditAnswer;
import org.michishirube.api.revision.RevisionViews.OperationRequest;
import org.michishirube.api.revision.RevisionViews.ProposalOperationRequest;
import org.michishirube.api.revision.RevisionViews.PublishAnswer;
import org.michishirube.api.revision.RevisionViews.PublishRequest;
import org.michishirube.api.web.Versioned;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.proposal.Proposal;
import org.michishirube.data.revision.DraftState;
import org.michishirube.data.revision.Revisions;
import org.michishirube.data.revision.RevisionWrite;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The life of one draft, for stewards and admins: typed edits, review (submit, reopen, approval by a second steward) and
 * publication, each under If-Match with the draft's revision; and what reviewers read: the draft, its diff and impact, its
 * audit log and comments. To anyone else a draft does not exist (404).
 */
@Component
class DraftWorkflow {

    static final int MAX_COMMENT_LENGTH = 4000;

    /** The review steps; each moves the draft from one state to the next and takes nothing but the revision it expects. */
    enum ReviewStep {
        /** draft → in review. */
        SUBMIT,
        /** in review → draft, withdrawing any approval. */
        REOPEN,
        /** in review → approved, by a steward other than the author. */
        APPROVE;

        Mono<RevisionWrite> take(Revisions revisions, FrameworkVersionId id, long expected, String actor) {
            return switch (this) {
                case SUBMIT -> revisions.submit(id, expected, actor);
                case REOPEN -> revisions.reopen(id, expected, actor);
                case APPROVE -> revisions.approve(id, expected, actor);
            };
        }
    }

    private final RevisionSupport support;

    DraftWorkflow(RevisionSupport support) {
        this.support = support;
    }

    /** {@return the draft with its targets and its changes against the base version} */
    Mono<Versioned<DraftView>> draft(String draft) {
        return support.draft(draft).map(s -> new Versioned<>(DraftView.of(s, diff(s), true), s.revision()));
    }

    Mono<DiffView> diff(String draft) {
        return support.draft(draft).map(s -> DiffView.of(diff(s)));
    }

    /** {@return what publishing the draft would touch: curricula, saved plans and role needs} */
    Mono<Impacts.ImpactView> impact(String draft) {
        return support.draft(draft).flatMap(s -> Impacts.of(s.draft().base(), s.draft().tree(), diff(s),
                support.published.snapshot().graph(), support.curricula, support.learners, support.published.snapshot().careerPaths()));
    }

    /** Applies one typed operation; only its shape is checked here, whether it fits the draft is the draft editor's business. */
    Mono<Versioned<EditAnswer>> apply(String draft, String ifMatch, OperationRequest request) {
        return write(draft, ifMatch, (actor, id, expected) -> {
            var op = Operations.parse(request);
            if (request.sources() != null && op instanceof org.michishirube.core.revision.Operation.Reword r) {
                // Registry citations become the source text the target keeps: the first source's URL and its locator.
                op = new org.michishirube.core.revision.Operation.Reword(r.target(), r.name(), r.description(), Optional.of(support.sources.resolve(request.sources())),
                        r.verification());
            }
            return support.revisions.apply(id, expected, actor.subject(), op, support.json.writeValueAsString(Operations.describe(op)));
        }, DraftWorkflow::edited);
    }

    /** Applies the operation a redefinition proposal of the current version suggests, validated like any other. */
    Mono<Versioned<EditAnswer>> applyProposal(String draft, String ifMatch, ProposalOperationRequest request) {
        return write(draft, ifMatch, (actor, id, expected) -> {
            if (request == null || request.proposal() == null || request.proposal().isBlank()) {
                throw invalid("proposal", "is required: a proposal id such as unused:miis.ihe.ct");
            }
            Framework f = support.framework(id.framework().value());
            return support.proposals(f).flatMap(all -> {
                Proposal p = all.proposals().stream().filter(x -> RevisionSupport.proposalId(x).equals(request.proposal())).findFirst()
                        .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The current version of " + f.id()
                                + " has no proposal '" + request.proposal() + "'.", Map.of("id", request.proposal())));
                var op = p.suggestedOperation();
                return support.revisions.apply(id, expected, actor.subject(), op,
                        support.json.writeValueAsString(Map.of("proposal", request.proposal(), "operation", Operations.describe(op))));
            });
        }, DraftWorkflow::edited);
    }

    private static EditAnswer edited(RevisionWrite.Done done) {
        DraftState s = done.state();
        return new EditAnswer(s.id().value(), s.revision(), done.changes(), RevisionSupport.summary(s));
    }

    /** Takes one review step. */
    Mono<Versioned<DraftView>> review(String draft, String ifMatch, ReviewStep step) {
        return write(draft, ifMatch, (actor, id, expected) -> step.take(support.revisions, id, expected, actor.subject()),
                done -> RevisionSupport.summary(done.state()));
    }

    /**
     * Publishes an approved draft in one transaction (effective today in Japan unless the request says otherwise),
     * moving curriculum mappings and saved-plan references when asked.
     */
    Mono<Versioned<PublishAnswer>> publish(String draft, String ifMatch, PublishRequest request) {
        return write(draft, ifMatch, (actor, id, expected) -> {
            LocalDate effective = RevisionSupport.today();
            if (request != null && request.effectiveDate() != null) {
                try {
                    effective = LocalDate.parse(request.effectiveDate());
                } catch (DateTimeParseException e) {
                    throw invalid("effectiveDate", "must be a date such as 2026-04-01");
                }
            }
            boolean curricula = request != null && Boolean.TRUE.equals(request.migrateCurricula());
            boolean plans = request != null && Boolean.TRUE.equals(request.migratePlans());
            return support.revisions.publish(id, expected, actor.subject(), effective, curricula, plans);
        }, done -> new PublishAnswer(RevisionSupport.summary(done.state()), done.report().orElseThrow()));
    }

    /** One write to a draft, by its id, the revision it expects and who asks. */
    @FunctionalInterface
    private interface Write {
        Mono<RevisionWrite> to(Actor actor, FrameworkVersionId draft, long expected);
    }

    /**
     * Every write to a draft: a malformed id is 404, anyone but a steward 404, a missing If-Match 428; a successful write
     * answers with the draft's new revision, any other outcome with its problem.
     */
    private <T> Mono<Versioned<T>> write(String draft, String ifMatch, Write write, Function<RevisionWrite.Done, T> answer) {
        FrameworkVersionId id = RevisionSupport.draftId(draft);
        return RevisionSupport.steward(draft).flatMap(actor -> write.to(actor, id, RevisionSupport.expected(ifMatch)))
                .map(w -> {
                    RevisionWrite.Done done = RevisionSupport.done(w, draft);
                    return new Versioned<>(answer.apply(done), done.state().revision());
                });
    }

    /** {@return every change, oldest first: who, when, the operation as sent, the affected targets before and after} */
    Mono<List<AuditView>> audit(String draft) {
        return support.draft(draft).flatMap(s -> support.revisions.audit(s.id()).map(a -> AuditView.of(a, support.json)).collectList());
    }

    Mono<List<CommentView>> comments(String draft) {
        return support.draft(draft).flatMap(s -> support.revisions.comments(s.id()).map(CommentView::of).collectList());
    }

    /** {@return the stored comment}; a comment does not change the draft or its revision */
    Mono<CommentView> comment(String draft, CommentRequest request) {
        FrameworkVersionId id = RevisionSupport.draftId(draft);
        return RevisionSupport.steward(draft).flatMap(a -> {
            if (request == null || request.text() == null || request.text().isBlank() || request.text().length() > MAX_COMMENT_LENGTH) {
                throw invalid("text", "is required, at most " + MAX_COMMENT_LENGTH + " characters");
            }
            return support.revisions.comment(id, a.subject(), request.text().strip());
        }).switchIfEmpty(Mono.error(() -> ApiException.notFound("draft", draft))).map(CommentView::of);
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, "The request has 1 invalid field(s).",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    private static VersionDiff diff(DraftState s) {
        return RevisionSupport.diff(s.draft().base(), s.draft().tree());
    }
}
