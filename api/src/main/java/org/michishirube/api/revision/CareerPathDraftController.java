package org.michishirube.api.revision;

import java.util.List;

import org.michishirube.api.revision.CareerPathDrafting.CareerPathDraftRequest;
import org.michishirube.api.revision.CareerPathDrafting.CareerPathDraftView;
import org.michishirube.api.revision.CareerPathDrafting.CareerPathEditRequest;
import org.michishirube.api.revision.CareerPathDrafting.Step;
import org.michishirube.api.revision.RevisionViews.AuditView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the career-path draft API to {@link CareerPathDrafting}; every answer showing a draft carries its revision as the ETag. */
@RestController
class CareerPathDraftController implements CareerPathDraftsApi {

    private final CareerPathDrafting drafting;

    CareerPathDraftController(CareerPathDrafting drafting) {
        this.drafting = drafting;
    }

    @Override
    public Mono<List<CareerPathDraftView>> drafts() {
        return drafting.list();
    }

    @Override
    public Mono<ResponseEntity<CareerPathDraftView>> create(CareerPathDraftRequest request) {
        return drafting.create(request).map(l -> ResponseEntity.created(l.location())
                .eTag(RevisionSupport.DRAFT.of(l.draft().version())).body(l.draft().body()));
    }

    @Override
    public Mono<ResponseEntity<CareerPathDraftView>> get(String draft) {
        return drafting.get(draft).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<CareerPathDraftView>> edit(String draft, String ifMatch, CareerPathEditRequest request) {
        return drafting.edit(draft, ifMatch, request).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<CareerPathDraftView>> submit(String draft, String ifMatch) {
        return drafting.step(draft, ifMatch, Step.SUBMIT).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<CareerPathDraftView>> reopen(String draft, String ifMatch) {
        return drafting.step(draft, ifMatch, Step.REOPEN).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<CareerPathDraftView>> approve(String draft, String ifMatch) {
        return drafting.step(draft, ifMatch, Step.APPROVE).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<ResponseEntity<CareerPathDraftView>> publish(String draft, String ifMatch) {
        return drafting.step(draft, ifMatch, Step.PUBLISH).map(RevisionSupport.DRAFT::ok);
    }

    @Override
    public Mono<List<AuditView>> audit(String draft) {
        return drafting.audit(draft);
    }
}
