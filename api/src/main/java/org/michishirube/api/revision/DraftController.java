package org.michishirube.api.revision;

import java.util.List;

import org.michishirube.api.revision.DraftWorkflow.ReviewStep;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the draft API to {@link DraftWorkflow}; every answer that shows the draft carries its revision as the ETag. */
@RestController
class DraftController implements DraftsApi {

    private final DraftWorkflow workflow;

    DraftController(DraftWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public Mono<ResponseEntity<DraftView>> get(String draft) {
        return workflow.draft(draft).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<DiffView> diff(String draft) {
        return workflow.diff(draft);
    }

    @Override
    public Mono<Impacts.ImpactView> impact(String draft) {
        return workflow.impact(draft);
    }

    @Override
    public Mono<ResponseEntity<EditAnswer>> apply(String draft, String ifMatch, OperationRequest request) {
        return workflow.apply(draft, ifMatch, request).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<EditAnswer>> applyProposal(String draft, String ifMatch, ProposalOperationRequest request) {
        return workflow.applyProposal(draft, ifMatch, request).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<DraftView>> submit(String draft, String ifMatch) {
        return review(draft, ifMatch, ReviewStep.SUBMIT);
    }

    @Override
    public Mono<ResponseEntity<DraftView>> reopen(String draft, String ifMatch) {
        return review(draft, ifMatch, ReviewStep.REOPEN);
    }

    @Override
    public Mono<ResponseEntity<DraftView>> approve(String draft, String ifMatch) {
        return review(draft, ifMatch, ReviewStep.APPROVE);
    }

    private Mono<ResponseEntity<DraftView>> review(String draft, String ifMatch, ReviewStep step) {
        return workflow.review(draft, ifMatch, step).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<PublishAnswer>> publish(String draft, String ifMatch, PublishRequest request) {
        return workflow.publish(draft, ifMatch, request).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<List<AuditView>> audit(String draft) {
        return workflow.audit(draft);
    }

    @Override
    public Mono<List<CommentView>> comments(String draft) {
        return workflow.comments(draft);
    }

    @Override
    public Mono<ResponseEntity<CommentView>> comment(String draft, CommentRequest request) {
        return workflow.comment(draft, request).map(c -> ResponseEntity.status(HttpStatus.CREATED).body(c));
    }
}
