package org.michishirube.api.revision;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.FieldErrors;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.revision.RevisionViews.AuditView;
import org.michishirube.api.revision.RevisionViews.CitationRequest;
import org.michishirube.api.web.BilingualText;
import org.michishirube.api.web.Versioned;
import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerPathId;
import org.michishirube.core.model.CareerStage;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Verification;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.revision.CareerPathDraft;
import org.michishirube.data.revision.CareerPathRevisions;
import org.michishirube.data.revision.CareerPathRevisions.Outcome;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stewards' drafts of model career paths: the same lifecycle as a framework version (draft → in review → approved by a
 * second steward → published), under If-Match, audit logged, and invisible to anyone but stewards and admins (404).
 * A path is checked against the published graph before it is stored: every role and credential exists, credentials
 * come after those they require and not before the years of work they ask for.
 */
@Component
class CareerPathDrafting {

    static final String BASE = "/api/v1/career-path-drafts";

    private final CareerPathRevisions drafts;
    private final RevisionSupport support;

    CareerPathDrafting(CareerPathRevisions drafts, RevisionSupport support) {
        this.drafts = drafts;
        this.support = support;
    }

    @Schema(description = "A model career path as a steward writes it; a draft's view shows it in the same shape, so it can be read, "
            + "changed and sent back")
    record CareerPathBody(@Schema(example = "radiological-technologist-to-it-head") String id,
                    BilingualText name, BilingualText description, List<CareerStageBody> stages,
                    @Schema(description = "Free-text source (a URL and locator); or cite the sources registry with 'sources'") String source,
                    @Schema(description = "Citations of the sources registry (dataset/sources.yaml) by id with a locator") List<CitationRequest> sources,
                    @Schema(description = "official, corroborated, secondary or inferred", example = "inferred") String verification,
                    @Schema(description = "The reasoning behind the level and the stages' placement") String note) {

        static CareerPathBody of(CareerPath p) {
            return new CareerPathBody(p.id().value(), BilingualText.of(p.name()), BilingualText.of(p.description()), p.stages().stream().map(CareerStageBody::of).toList(),
                    p.provenance().source(), null, p.provenance().verification().code(), p.note().orElse(null));
        }
    }

    @Schema(description = "A stage: a role, a credential or both, with the years from the start when people typically reach it")
    record CareerStageBody(BilingualText name, @Schema(example = "pacs-administrator") String role, @Schema(example = "hit") String credential,
                     @Schema(example = "3") Integer typicalYear, String note) {

        static CareerStageBody of(CareerStage s) {
            return new CareerStageBody(BilingualText.of(s.name()), s.role().map(RoleId::value).orElse(null), s.credential().map(CredentialId::value).orElse(null),
                    s.typicalYear(), s.note().orElse(null));
        }
    }

    @Schema(description = "A new draft: a path to add or revise (its id says which), or the id of a published path to retire")
    record CareerPathDraftRequest(CareerPathBody path, @Schema(description = "The id of a published path to retire") String retire) {
    }

    @Schema(description = "A new content for a draft in editing: the path, or retire: true")
    record CareerPathEditRequest(CareerPathBody path, Boolean retire) {
    }

    @Schema(description = "A draft of a model career path")
    record CareerPathDraftView(@Schema(example = "vendor-engineer-to-miis@1") String id, String path,
                     @Schema(description = "draft, in-review or published") String status, long revision, String author,
                     Instant createdAt, Instant updatedAt, String approvedBy,
                     @Schema(description = "Publishing it retires the path") boolean retires,
                     @Schema(description = "The path as it will be published; null when it retires the path") CareerPathBody proposed,
                     @Schema(description = "The path as published when the draft was made; null for a new path") CareerPathBody base,
                     @Schema(description = "What changes against the base, one line each") List<String> changes) {

        static CareerPathDraftView of(CareerPathDraft d) {
            return new CareerPathDraftView(d.id(), d.path().value(), d.status().code(), d.revision(), d.author(), d.createdAt(), d.updatedAt(),
                    d.approvedBy().orElse(null), d.retires(), d.proposed().map(CareerPathBody::of).orElse(null), d.base().map(CareerPathBody::of).orElse(null),
                    d.changes());
        }
    }

    /** The review steps, as for framework drafts. */
    enum Step {
        SUBMIT, REOPEN, APPROVE, PUBLISH
    }

    Mono<List<CareerPathDraftView>> list() {
        return RevisionSupport.actor().flatMap(a -> {
            if (!a.steward()) {
                return Mono.error(new ApiException(ProblemType.NOT_FOUND, "Career-path drafts are visible to stewards and admins only."));
            }
            return drafts.all().map(CareerPathDraftView::of).collectList();
        });
    }

    Mono<Versioned<CareerPathDraftView>> get(String id) {
        String draft = wellFormed(id);
        return RevisionSupport.steward(draft).flatMap(a -> drafts.find(draft))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("draft", draft)))
                .map(d -> new Versioned<>(CareerPathDraftView.of(d), d.revision()));
    }

    /** {@return the new draft and where it lives} */
    Mono<Located> create(CareerPathDraftRequest request) {
        return RevisionSupport.steward("career-paths").flatMap(actor -> {
            if (request == null || (request.path() == null) == (request.retire() == null)) {
                throw FieldErrors.invalid(List.of(FieldErrors.error("path", "path-or-retire", "give either path (a path to add or revise) or retire (a path id)")));
            }
            CareerPathId path;
            Optional<CareerPath> proposed;
            if (request.retire() != null) {
                if (!CareerPathId.isWellFormed(request.retire())) {
                    throw FieldErrors.invalid(List.of(FieldErrors.error("retire", "malformed-id", "must be a path id such as vendor-engineer-to-miis")));
                }
                path = new CareerPathId(request.retire());
                proposed = Optional.empty();
            } else {
                CareerPath p = path(request.path(), "path");
                path = p.id();
                proposed = Optional.of(p);
            }
            return drafts.create(path, proposed, actor.subject());
        }).map(o -> {
            CareerPathDraft d = done(o, "career-paths");
            return new Located(URI.create(BASE + "/" + d.id()), new Versioned<>(CareerPathDraftView.of(d), d.revision()));
        });
    }

    /** A created draft: its address and its view. */
    record Located(URI location, Versioned<CareerPathDraftView> draft) {
    }

    Mono<Versioned<CareerPathDraftView>> edit(String id, String ifMatch, CareerPathEditRequest request) {
        String draft = wellFormed(id);
        return RevisionSupport.steward(draft).flatMap(actor -> {
            long expected = RevisionSupport.expected(ifMatch);
            boolean retire = request != null && Boolean.TRUE.equals(request.retire());
            if (request == null || (request.path() != null) == retire) {
                throw FieldErrors.invalid(List.of(FieldErrors.error("path", "path-or-retire", "give either path or retire: true")));
            }
            Optional<CareerPath> proposed = retire ? Optional.empty() : Optional.of(path(request.path(), "path"));
            String pathId = draft.substring(0, draft.lastIndexOf('@'));
            if (proposed.isPresent() && !proposed.get().id().value().equals(pathId)) {
                throw FieldErrors.invalid(List.of(FieldErrors.error("path.id", "other-path", "must stay " + pathId + ": a draft revises one path")));
            }
            return drafts.replace(draft, expected, actor.subject(), proposed);
        }).map(o -> versioned(done(o, draft)));
    }

    Mono<Versioned<CareerPathDraftView>> step(String id, String ifMatch, Step step) {
        String draft = wellFormed(id);
        return RevisionSupport.steward(draft).flatMap(actor -> {
            long expected = RevisionSupport.expected(ifMatch);
            String who = actor.subject();
            return switch (step) {
                case SUBMIT -> drafts.submit(draft, expected, who);
                case REOPEN -> drafts.reopen(draft, expected, who);
                case APPROVE -> drafts.approve(draft, expected, who);
                case PUBLISH -> drafts.publish(draft, expected, who);
            };
        }).map(o -> versioned(done(o, draft)));
    }

    Mono<List<AuditView>> audit(String id) {
        String draft = wellFormed(id);
        return RevisionSupport.steward(draft).flatMap(a -> drafts.find(draft))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("draft", draft)))
                .flatMap(d -> drafts.audit(d.id()).map(e -> AuditView.of(e, support.json)).collectList());
    }

    private static Versioned<CareerPathDraftView> versioned(CareerPathDraft d) {
        return new Versioned<>(CareerPathDraftView.of(d), d.revision());
    }

    private static String wellFormed(String id) {
        if (!CareerPathDraft.isWellFormed(id)) {
            throw ApiException.notFound("draft", String.valueOf(id));
        }
        return id;
    }

    private static CareerPathDraft done(Outcome o, String id) {
        if (o instanceof Outcome.Done d) {
            return d.draft();
        } else if (o instanceof Outcome.NotFound) {
            throw ApiException.notFound("draft", id);
        } else if (o instanceof Outcome.Stale s) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "The draft changed since you read it: it is at revision " + s.current()
                    + ". Read it again and retry with If-Match: " + RevisionSupport.DRAFT.of(s.current()) + ".",
                    Map.of("currentRevision", s.current(), "currentETag", RevisionSupport.DRAFT.of(s.current())));
        }
        Outcome.Refused r = (Outcome.Refused) o;
        throw new ApiException(ProblemType.REVISION_CONFLICT, r.detail(), Map.of("code", r.code(), "evidence", r.evidence()));
    }

    /**
     * {@return the path a body describes}; a malformed body is 400 with every faulty field, a path the graph contradicts
     * (unknown role or credential, a credential before what it requires) 422 with the stage and field of each fault
     */
    private CareerPath path(CareerPathBody body, String at) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (body.id() == null || !CareerPathId.isWellFormed(body.id())) {
            errors.add(FieldErrors.error(at + ".id", "malformed-id", "must be an id of lowercase letters, digits and hyphens, e.g. vendor-engineer-to-miis"));
        }
        text(body.name(), at + ".name", errors);
        text(body.description(), at + ".description", errors);
        boolean cited = body.sources() != null && !body.sources().isEmpty();
        if (cited == (body.source() != null && !body.source().isBlank())) {
            errors.add(FieldErrors.error(at + ".source", "source-or-sources", "give either source (a URL and locator) or sources (registry ids)"));
        }
        Verification verification = null;
        try {
            verification = body.verification() == null ? null : Verification.fromCode(body.verification());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (verification == null) {
            errors.add(FieldErrors.error(at + ".verification", "unknown-verification", "must be official, corroborated, secondary or inferred"));
        }
        List<CareerStageBody> stages = body.stages() == null ? List.of() : body.stages();
        if (stages.isEmpty()) {
            errors.add(FieldErrors.error(at + ".stages", "no-stages", "a path needs at least one stage"));
        }
        for (int i = 0; i < stages.size(); i++) {
            CareerStageBody s = stages.get(i);
            String f = at + ".stages[" + i + "]";
            if (s == null) {
                errors.add(FieldErrors.error(f, "missing", "is missing"));
                continue;
            }
            text(s.name(), f + ".name", errors);
            if (blank(s.role()) && blank(s.credential())) {
                errors.add(FieldErrors.error(f, "role-or-credential", "names neither a role nor a credential"));
            }
            if (!blank(s.role()) && !RoleId.isWellFormed(s.role())) {
                errors.add(FieldErrors.error(f + ".role", "malformed-id", "is not a role id"));
            }
            if (!blank(s.credential()) && !org.michishirube.core.model.CredentialId.isWellFormed(s.credential())) {
                errors.add(FieldErrors.error(f + ".credential", "malformed-id", "is not a credential id"));
            }
            if (s.typicalYear() == null || s.typicalYear() < 0 || s.typicalYear() > 60) {
                errors.add(FieldErrors.error(f + ".typicalYear", "year-out-of-range", "must be the years from the start, 0 to 60"));
            } else if (i > 0 && stages.get(i - 1) != null && stages.get(i - 1).typicalYear() != null
                    && s.typicalYear() < stages.get(i - 1).typicalYear()) {
                errors.add(FieldErrors.error(f + ".typicalYear", "year-before-previous", "is earlier than the stage before it"));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        String source = cited ? support.sources.resolve(body.sources()) : body.source().strip();
        List<CareerStage> built = stages.stream().map(s -> new CareerStage(s.name().text(),
                Optional.ofNullable(s.role()).filter(x -> !x.isBlank()).map(RoleId::new),
                Optional.ofNullable(s.credential()).filter(x -> !x.isBlank()).map(CredentialId::new), s.typicalYear(),
                Optional.ofNullable(s.note()).filter(x -> !x.isBlank()).map(String::strip))).toList();
        CareerPath path = new CareerPath(new CareerPathId(body.id()), body.name().text(),
                body.description().text(), built, new Provenance(source, verification),
                Optional.ofNullable(body.note()).filter(x -> !x.isBlank()).map(String::strip));
        GraphSnapshot s = support.published.snapshot();
        List<CareerPath.Fault> faults = path.faults(s.graph()::credential, r -> s.graph().role(r).isPresent());
        if (!faults.isEmpty()) {
            List<Map<String, Object>> problems = faults.stream().map(x -> {
                Map<String, Object> e = FieldErrors.error(at + ".stages[" + x.stage() + "]." + x.field(), x.code(), x.message());
                e.put("value", x.value());
                return e;
            }).toList();
            throw new ApiException(ProblemType.UNPROCESSABLE, "The path contradicts the graph in " + faults.size() + " place(s); nothing was stored.",
                    Map.of("errors", problems));
        }
        return path;
    }

    private static void text(BilingualText t, String field, List<Map<String, Object>> errors) {
        if (t == null || !t.complete()) {
            errors.add(FieldErrors.error(field, "ja-and-en", "needs ja and en"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
