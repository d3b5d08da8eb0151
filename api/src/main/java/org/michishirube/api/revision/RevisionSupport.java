package org.michishirube.api.revision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.michishirube.api.web.EntityTags;
import org.michishirube.core.diff.FrameworkDiff;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.proposal.CurriculumUsage;
import org.michishirube.core.proposal.RedefinitionProposer;
import org.michishirube.core.proposal.Proposal;
import org.michishirube.core.proposal.ProposalOptions;
import org.michishirube.core.proposal.ProposalOutcome;
import org.michishirube.core.proposal.Proposals;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.learner.Learners;
import org.michishirube.data.revision.DraftState;
import org.michishirube.data.revision.Revisions;
import org.michishirube.data.revision.RevisionWrite;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** What the revision services share: who is asking, draft and version lookup, ETags, proposals and the outcomes of writes. */
@Component
class RevisionSupport {

    /** A draft's ETag carries its revision: "d3". A weak validator never matches a draft. */
    static final EntityTags DRAFT = new EntityTags('d');

    final Revisions revisions;
    final PublishedGraph published;
    final Curricula curricula;
    final Learners learners;
    final SourceRegistry sources;
    final JsonMapper json = JsonMapper.builder().build();

    RevisionSupport(Revisions revisions, PublishedGraph published, Curricula curricula, Learners learners, SourceRegistry sources) {
        this.revisions = revisions;
        this.published = published;
        this.curricula = curricula;
        this.learners = learners;
        this.sources = sources;
    }

    /**
     * Who is asking.
     *
     * @param subject the token's subject, empty when anonymous
     * @param steward whether the token has the steward or admin role
     */
    record Actor(String subject, boolean steward) {
        static final Actor ANONYMOUS = new Actor("", false);
    }

    static Mono<Actor> actor() {
        return ReactiveSecurityContextHolder.getContext().mapNotNull(c -> c.getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(a -> new Actor(a.getName(), a.getAuthorities().stream()
                        .anyMatch(x -> "ROLE_steward".equals(x.getAuthority()) || "ROLE_admin".equals(x.getAuthority()))))
                .defaultIfEmpty(Actor.ANONYMOUS);
    }

    /** {@return the steward asking; anyone else learns nothing about drafts (404)} */
    static Mono<Actor> steward(String draft) {
        return actor().map(a -> {
            if (!a.steward()) {
                throw ApiException.notFound("draft", draft);
            }
            return a;
        });
    }

    static FrameworkVersionId draftId(String id) {
        if (id == null || !FrameworkVersionId.isWellFormed(id)) {
            throw ApiException.notFound("draft", String.valueOf(id));
        }
        return FrameworkVersionId.of(id);
    }

    Mono<DraftState> draft(String id) {
        FrameworkVersionId draftId = draftId(id);
        return steward(id).flatMap(a -> revisions.find(draftId)).switchIfEmpty(Mono.error(() -> ApiException.notFound("draft", id)));
    }

    /** {@return the revision an If-Match names (required: 428 without); {@link EntityTags#NO_VERSION}, which is stale, for any other tag} */
    static long expected(String ifMatch) {
        return DRAFT.ifMatch(ifMatch).orElseThrow(() -> new ApiException(ProblemType.PRECONDITION_REQUIRED, "Edits of a draft need "
                + "If-Match with the draft's ETag, e.g. If-Match: \"d3\", so that no edit silently overwrites another."));
    }

    Framework framework(String id) {
        if (id == null || !FrameworkId.isWellFormed(id)) {
            throw ApiException.notFound("framework", String.valueOf(id));
        }
        return published.snapshot().graph().framework(new FrameworkId(id)).orElseThrow(() -> ApiException.notFound("framework", id));
    }

    /** A version given as a label (2011), a full id (miis@2011) or 'current', among the published and retired ones. */
    FrameworkTree version(GraphSnapshot s, Framework f, String version, String parameter) {
        if ("current".equals(version)) {
            return s.graph().currentVersion(f.id()).flatMap(s::tree).orElseThrow(() -> ApiException.notFound("version", version));
        }
        String full = version != null && version.contains("@") ? version : f.id().value() + "@" + version;
        if (version == null || !FrameworkVersionId.isWellFormed(full) || !FrameworkVersionId.of(full).framework().equals(f.id())) {
            throw ApiException.invalidParameter(parameter, parameter + " must be a version of " + f.id() + " such as "
                    + s.versionsOf(f.id()).stream().findFirst().map(t -> t.version().id().value()).orElse(f.id() + "@…") + ".");
        }
        return s.tree(FrameworkVersionId.of(full)).orElseThrow(() -> ApiException.notFound("version", full));
    }

    static VersionDiff diff(FrameworkTree older, FrameworkTree newer) {
        return FrameworkDiff.lineageAware().diff(older, newer);
    }

    /** {@return how many curricula address each target; every curriculum counts, private ones too, as figures only} */
    Mono<CurriculumUsage> usage() {
        return curricula.all().collectList().map(all -> {
            Map<TargetId, Integer> counts = new HashMap<>();
            all.forEach(c -> c.addressedTargets().forEach(t -> counts.merge(t, 1, Integer::sum)));
            return new CurriculumUsage(counts, all.size());
        });
    }

    Mono<Proposals> proposals(Framework f) {
        return usage().map(u -> {
            ProposalOutcome outcome = RedefinitionProposer.evidenceRanked().propose(published.snapshot().graph(), f.id(), u, ProposalOptions.defaults());
            if (outcome instanceof ProposalOutcome.Rejected r) {
                throw new ApiException(ProblemType.UNPROCESSABLE, r.explanation(), Map.of("reason", r.reason().code(), "witness", r.witness()));
            }
            return ((ProposalOutcome.Proposed) outcome).proposals();
        });
    }

    static String proposalId(Proposal p) {
        return p.kind().code() + ":" + p.subject().replace(' ', '+');
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    /** {@return a successful write; any other outcome is thrown as its problem} */
    static RevisionWrite.Done done(RevisionWrite w, String id) {
        if (w instanceof RevisionWrite.Done done) {
            return done;
        }
        throw failure(w, id);
    }

    /** {@return a draft as its list and write answers show it: its changes against the base, without its targets} */
    static DraftView summary(DraftState s) {
        return DraftView.of(s, diff(s.draft().base(), s.draft().tree()), false);
    }

    static ApiException failure(RevisionWrite w, String id) {
        if (w instanceof RevisionWrite.NotFound) {
            return ApiException.notFound("draft", id);
        } else if (w instanceof RevisionWrite.Stale s) {
            return new ApiException(ProblemType.PRECONDITION_FAILED, "The draft changed since you read it: it is at revision " + s.current()
                    + ". Read it again and retry with If-Match: " + DRAFT.of(s.current()) + ".", Map.of("currentRevision", s.current(),
                    "currentETag", DRAFT.of(s.current())));
        } else if (w instanceof RevisionWrite.Rejected r) {
            return new ApiException(ProblemType.OPERATION_REJECTED, "The operation was rejected for " + r.rejection().reasons().size()
                    + " reason(s); the draft is unchanged.", Map.of("reasons", RevisionViews.RejectionView.of(r.rejection())));
        } else if (w instanceof RevisionWrite.Refused r) {
            return new ApiException(ProblemType.REVISION_CONFLICT, r.detail(), Map.of("code", r.code(), "evidence", r.evidence()));
        }
        return new ApiException(ProblemType.INTERNAL, "Unexpected outcome.");
    }

    static Optional<String> blankToEmpty(String s) {
        return Optional.ofNullable(s).filter(x -> !x.isBlank());
    }
}
