package org.michishirube.api.revision;

import java.util.List;
import java.util.Optional;

import org.michishirube.api.revision.RevisionViews.DiffView;
import org.michishirube.api.revision.RevisionViews.DraftRequest;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.michishirube.api.revision.RevisionViews.ProposalsView;
import org.michishirube.api.revision.RevisionViews.ReviewView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes a framework's revision API to {@link FrameworkRevisions}. */
@RestController
class FrameworkRevisionController implements FrameworkRevisionsApi {

    private final FrameworkRevisions revisions;

    FrameworkRevisionController(FrameworkRevisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public DiffView diff(String id, Optional<String> from, Optional<String> to) {
        return revisions.diff(id, from, to);
    }

    @Override
    public String diffAsMarkdown(String id, Optional<String> from, Optional<String> to, String lang) {
        return revisions.diffAsMarkdown(id, from, to, lang);
    }

    @Override
    public Mono<Impacts.ImpactView> impact(String id, Optional<String> from, Optional<String> to) {
        return revisions.impact(id, from, to);
    }

    @Override
    public Mono<ResponseEntity<DraftView>> create(String id, DraftRequest request) {
        return revisions.createDraft(id, request).map(d -> ResponseEntity.status(HttpStatus.CREATED)
                .eTag(RevisionSupport.DRAFT.of(d.version())).body(d.body()));
    }

    @Override
    public Mono<List<DraftView>> drafts(String id) {
        return revisions.drafts(id);
    }

    @Override
    public Mono<ProposalsView> proposals(String id) {
        return revisions.proposals(id);
    }

    @Override
    public Mono<ReviewView> reviewStatus(String id) {
        return revisions.reviewStatus(id);
    }
}
