package org.michishirube.api.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.revision.RevisionSupport.Actor;
import org.michishirube.api.revision.RevisionViews.DiffView;
import org.michishirube.api.revision.RevisionViews.DraftRequest;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.michishirube.api.revision.RevisionViews.ProposalView;
import org.michishirube.api.revision.RevisionViews.ProposalsView;
import org.michishirube.api.revision.RevisionViews.ReviewView;
import org.michishirube.api.web.Versioned;
import org.michishirube.core.diff.VersionDiff;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Verification;
import org.michishirube.core.proposal.ReviewStatus;
import org.michishirube.data.graph.GraphSnapshot;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A framework's revisions as a whole: diffs between published or retired versions and their impact, starting a draft of
 * the next version, its drafts, the redefinition proposals for its current version and when its review is due.
 */
@Component
class FrameworkRevisions {

    private final RevisionSupport support;

    FrameworkRevisions(RevisionSupport support) {
        this.support = support;
    }

    DiffView diff(String id, Optional<String> from, Optional<String> to) {
        return DiffView.of(versionDiff(id, from, to));
    }

    /** {@return the changelog as Markdown in one language} */
    String diffAsMarkdown(String id, Optional<String> from, Optional<String> to, String lang) {
        if (!lang.equals("ja") && !lang.equals("en")) {
            throw ApiException.invalidParameter("lang", "lang must be ja or en.");
        }
        return versionDiff(id, from, to).changelog().markdown(lang);
    }

    /** {@return the diff from 'from' (default: the version 'to' supersedes) to 'to' (default: current)} */
    private VersionDiff versionDiff(String id, Optional<String> from, Optional<String> to) {
        Framework f = support.framework(id);
        GraphSnapshot s = support.published.snapshot();
        FrameworkTree newer = support.version(s, f, to.orElse("current"), "to");
        FrameworkTree older = from.isPresent() ? support.version(s, f, from.get(), "from")
                : newer.version().supersedes().flatMap(s::tree).orElseThrow(() -> ApiException.invalidParameter("from",
                        newer.version().id() + " supersedes no version; name one with 'from'."));
        return RevisionSupport.diff(older, newer);
    }

    /** {@return the curricula, saved plans and role needs that going from one version to the other touches} */
    Mono<Impacts.ImpactView> impact(String id, Optional<String> from, Optional<String> to) {
        return Mono.fromCallable(() -> versionDiff(id, from, to)).flatMap(d -> {
            GraphSnapshot s = support.published.snapshot();
            return Impacts.of(s.tree(d.from().id()).orElseThrow(), s.tree(d.to().id()).orElseThrow(), d, s.graph(), support.curricula,
                    support.learners, s.careerPaths());
        });
    }

    /** {@return the new draft with its revision}: the current published version copied into a draft of the next one */
    Mono<Versioned<DraftView>> createDraft(String id, DraftRequest request) {
        return RevisionSupport.actor().flatMap(actor -> {
            if (!actor.steward()) {
                throw new ApiException(ProblemType.FORBIDDEN, "Only stewards and admins edit frameworks.");
            }
            Framework f = support.framework(id);
            if (request == null) {
                throw new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with the new version's label is required.");
            }
            return create(f, request, actor);
        });
    }

    private Mono<Versioned<DraftView>> create(Framework f, DraftRequest request, Actor actor) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.version() == null || !FrameworkVersionId.isWellFormed(f.id().value() + "@" + request.version())) {
            errors.add(Map.of("field", "version", "message", "must be a version label such as 2026 (lowercase letters, digits, '.' and '-')"));
        }
        Optional<LocalizedText> name = Optional.empty();
        if (request.name() != null) {
            if (request.name().ja() == null || request.name().ja().isBlank() || request.name().en() == null || request.name().en().isBlank()) {
                errors.add(Map.of("field", "name", "message", "needs both ja and en"));
            } else {
                name = Optional.of(LocalizedText.of(request.name().ja().strip(), request.name().en().strip()));
            }
        }
        Verification verification = Verification.INFERRED;
        if (request.verification() != null) {
            try {
                verification = Verification.fromCode(request.verification());
            } catch (IllegalArgumentException e) {
                errors.add(Map.of("field", "verification", "message", "must be official, corroborated, secondary or inferred"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "The request has " + errors.size() + " invalid field(s).",
                    Map.of("errors", errors));
        }
        String source = RevisionSupport.blankToEmpty(request.source())
                .orElse("Michishirube revision " + f.id() + "@" + request.version() + " by " + actor.subject());
        return support.revisions.create(f.id(), request.version(), name, new Provenance(source, verification), actor.subject())
                .map(w -> {
                    var done = RevisionSupport.done(w, f.id() + "@" + request.version());
                    return new Versioned<>(RevisionSupport.summary(done.state()), done.state().revision());
                });
    }

    /** {@return the framework's drafts, newest first, published ones included as history; stewards only (404 for anyone else)} */
    Mono<List<DraftView>> drafts(String id) {
        return RevisionSupport.steward(id + " drafts").flatMap(a -> {
            Framework f = support.framework(id);
            return support.revisions.ofFramework(f.id()).map(RevisionSupport::summary).collectList();
        });
    }

    /** {@return the evidence-ranked redefinition proposals for the current version} */
    Mono<ProposalsView> proposals(String id) {
        Framework f = support.framework(id);
        return support.usage().zipWith(support.proposals(f)).map(t -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            t.getT2().counts().forEach((k, n) -> counts.put(k.code(), n));
            return new ProposalsView(f.id().value(), t.getT2().version().value(), t.getT1().curricula(), counts,
                    t.getT2().proposals().stream().map(ProposalView::of).toList());
        });
    }

    /** {@return when the current version's next review is due, and the proposals accumulated since, per kind} */
    Mono<ReviewView> reviewStatus(String id) {
        Framework f = support.framework(id);
        return support.proposals(f).map(p -> {
            GraphSnapshot s = support.published.snapshot();
            var current = s.graph().version(p.version()).orElseThrow();
            ReviewStatus r = ReviewStatus.of(f, current, RevisionSupport.today(), p.proposals());
            Map<String, Integer> accumulated = new LinkedHashMap<>();
            r.accumulated().forEach((k, n) -> accumulated.put(k.code(), n));
            return new ReviewView(f.id().value(), r.version().value(), f.reviewCycleYears().isPresent() ? f.reviewCycleYears().getAsInt() : null,
                    current.effectiveDate().map(Object::toString).orElse(null), r.due().map(Object::toString).orElse(null), r.state().code(),
                    r.daysUntilDue().isPresent() ? r.daysUntilDue().getAsLong() : null, accumulated, r.total(), r.explanation());
        });
    }
}
