package org.michishirube.api.resource;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.swagger.v3.oas.annotations.media.Schema;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.FieldErrors;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.web.BilingualText;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.resource.LearningResource;
import org.michishirube.core.resource.ResourceKind;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.resource.LearningResources;
import org.michishirube.data.resource.LearningResources.Outcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The learning resources plans list besides schools' courses: public to read, registered, changed and removed by stewards
 * (and admins), each write audit logged. A body is checked against the published graph: every target and domain it
 * addresses must be one of a current version.
 */
@Component
class ResourceManagement {

    static final String BASE = "/api/v1/resources";

    private final LearningResources store;
    private final PublishedGraph published;

    ResourceManagement(LearningResources store, PublishedGraph published) {
        this.store = store;
        this.published = published;
    }

    @Schema(description = "A learning resource: what a steward sends, and what a read shows")
    record ResourceBody(@Schema(example = "jami-textbook-his") String id, BilingualText title,
                        @Schema(description = "textbook, seminar, e-learning, exam-papers or other", example = "textbook") String kind,
                        @Schema(description = "Targets it addresses; each stands for its subtree", example = "[\"miis.dicom\"]") List<String> targets,
                        @Schema(description = "Domains it addresses as a whole", example = "[\"hit.sys\"]") List<String> domains,
                        @Schema(description = "introduces, reinforces or masters: how far it takes a learner", example = "reinforces") String depth,
                        String url, @Schema(description = "Study hours, when known") Integer hours,
                        @Schema(description = "As the provider states it, e.g. ¥4,400") String cost,
                        @Schema(description = "ja or en") String language, String source,
                        @Schema(description = "official, corroborated, secondary or inferred") String verification, String note) {

        static ResourceBody of(LearningResource r) {
            return new ResourceBody(r.id(), BilingualText.of(r.title()), r.kind().code(), r.targets().stream().map(TargetId::value).toList(),
                    r.domains().stream().map(DomainId::value).toList(), r.depth().code(), r.url().orElse(null),
                    r.hours().isPresent() ? r.hours().getAsInt() : null, r.cost().orElse(null), r.language(), r.provenance().source(),
                    r.provenance().verification().code(), r.note().orElse(null));
        }
    }

    /** A page of resources. */
    record ResourceList(int total, List<ResourceBody> items) {
    }

    ResourceList list(String target, String kind) {
        GraphSnapshot s = published.snapshot();
        List<LearningResource> all = s.resources();
        if (kind != null && !kind.isBlank()) {
            try {
                ResourceKind k = ResourceKind.fromCode(kind);
                all = all.stream().filter(r -> r.kind() == k).toList();
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter("kind", "kind must be textbook, seminar, e-learning, exam-papers or other.");
            }
        }
        if (target != null && !target.isBlank()) {
            if (!TargetId.isWellFormed(target) || s.graph().target(new TargetId(target)).isEmpty()) {
                throw ApiException.notFound("target", target);
            }
            TargetId t = new TargetId(target);
            List<TargetId> up = new ArrayList<>(s.graph().ancestors(t));
            up.add(t);
            DomainId domain = s.graph().target(t).orElseThrow().domain();
            all = all.stream().filter(r -> r.targets().stream().anyMatch(up::contains) || r.domains().contains(domain)).toList();
        }
        return new ResourceList(all.size(), all.stream().map(ResourceBody::of).toList());
    }

    ResourceBody get(String id) {
        return published.snapshot().resource(id).map(ResourceBody::of).orElseThrow(() -> ApiException.notFound("resource", id));
    }

    /** A created resource and where it lives. */
    record Created(URI location, ResourceBody body) {
    }

    Mono<Created> create(ResourceBody body) {
        return steward().flatMap(actor -> {
            LearningResource r = resource(body, Optional.empty());
            return store.register(r, actor).map(o -> {
                if (o instanceof Outcome.Exists) {
                    throw new ApiException(ProblemType.CONFLICT, "A resource with the id " + r.id() + " exists already; change it with PUT.",
                            Map.of("id", r.id()));
                }
                return new Created(URI.create(BASE + "/" + r.id()), ResourceBody.of(r));
            });
        });
    }

    Mono<ResourceBody> replace(String id, ResourceBody body) {
        return steward().flatMap(actor -> {
            LearningResource r = resource(body, Optional.of(id));
            return store.replace(r, actor).map(o -> {
                if (o instanceof Outcome.NotFound) {
                    throw ApiException.notFound("resource", id);
                }
                return ResourceBody.of(r);
            });
        });
    }

    Mono<Void> remove(String id) {
        return steward().flatMap(actor -> store.remove(id, actor)).flatMap(o -> {
            if (o instanceof Outcome.NotFound) {
                return Mono.error(ApiException.notFound("resource", id));
            }
            return Mono.empty();
        });
    }

    /** An entry of a resource's log. */
    record AuditLine(long sequence, String at, String actor, String action, List<String> before, List<String> after) {
    }

    Mono<List<AuditLine>> audit(String id) {
        return steward().flatMap(actor -> store.audit(id).map(a -> new AuditLine(a.sequence(), a.at().toString(), a.actor(), a.action(),
                a.before(), a.after())).collectList()).map(lines -> {
                    if (lines.isEmpty()) {
                        throw ApiException.notFound("resource", id);
                    }
                    return lines;
                });
    }

    /** {@return the token subject of a steward or admin}; security lets only them write, this names who */
    private static Mono<String> steward() {
        return ReactiveSecurityContextHolder.getContext().mapNotNull(c -> c.getAuthentication()).filter(Authentication::isAuthenticated)
                .filter(a -> a.getAuthorities().stream().anyMatch(x -> "ROLE_steward".equals(x.getAuthority()) || "ROLE_admin".equals(x.getAuthority())))
                .map(Authentication::getName)
                .switchIfEmpty(Mono.error(() -> new ApiException(ProblemType.NOT_FOUND, "Resource logs are visible to stewards and admins only.")));
    }

    /**
     * {@return the resource a body describes}; every faulty field is 400, an id in the body other than the address's 400, a
     * target or domain that no current version has 422 naming it
     */
    private LearningResource resource(ResourceBody b, Optional<String> addressed) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (b == null) {
            throw FieldErrors.invalid(List.of(FieldErrors.error("body", "missing", "a JSON body is required")));
        }
        String id = b.id() == null && addressed.isPresent() ? addressed.get() : b.id();
        if (!LearningResource.isWellFormed(id)) {
            errors.add(FieldErrors.error("id", "malformed-id", "must be lowercase words joined by '-' and '.', e.g. jami-textbook-his"));
        } else if (addressed.isPresent() && !addressed.get().equals(id)) {
            errors.add(FieldErrors.error("id", "other-id", "must be " + addressed.get() + ", the resource this request addresses"));
        }
        if (b.title() == null || !b.title().complete()) {
            errors.add(FieldErrors.error("title", "ja-and-en", "needs ja and en"));
        }
        ResourceKind kind = null;
        try {
            kind = ResourceKind.fromCode(String.valueOf(b.kind()));
        } catch (IllegalArgumentException e) {
            errors.add(FieldErrors.error("kind", "unknown-kind", "must be textbook, seminar, e-learning, exam-papers or other"));
        }
        Optional<Depth> depth = Depth.parse(b.depth());
        if (depth.isEmpty()) {
            errors.add(FieldErrors.error("depth", "unknown-depth", "must be introduces, reinforces or masters"));
        }
        List<String> targets = b.targets() == null ? List.of() : b.targets();
        List<String> domains = b.domains() == null ? List.of() : b.domains();
        for (int i = 0; i < targets.size(); i++) {
            if (blank(targets.get(i))) {
                errors.add(FieldErrors.error("targets[" + i + "]", "missing", "is empty"));
            }
        }
        for (int i = 0; i < domains.size(); i++) {
            if (blank(domains.get(i))) {
                errors.add(FieldErrors.error("domains[" + i + "]", "missing", "is empty"));
            }
        }
        if (targets.isEmpty() && domains.isEmpty()) {
            errors.add(FieldErrors.error("targets", "nothing-addressed", "name at least one target or domain"));
        }
        if (b.url() != null && !b.url().matches("https?://\\S+")) {
            errors.add(FieldErrors.error("url", "not-a-url", "must be an http(s) URL"));
        }
        if (b.hours() != null && (b.hours() < 0 || b.hours() > 10_000)) {
            errors.add(FieldErrors.error("hours", "hours-out-of-range", "must be 0 to 10000"));
        }
        if (!"ja".equals(b.language()) && !"en".equals(b.language())) {
            errors.add(FieldErrors.error("language", "unknown-language", "must be ja or en"));
        }
        if (blank(b.source())) {
            errors.add(FieldErrors.error("source", "missing", "say where the facts about the resource come from (a URL or reference)"));
        }
        Verification verification = null;
        try {
            verification = Verification.fromCode(String.valueOf(b.verification()));
        } catch (IllegalArgumentException e) {
            errors.add(FieldErrors.error("verification", "unknown-verification", "must be official, corroborated, secondary or inferred"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        GraphSnapshot s = published.snapshot();
        List<Map<String, Object>> unknown = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String t = targets.get(i);
            if (!TargetId.isWellFormed(t) || s.graph().target(new TargetId(t)).isEmpty()) {
                boolean domain = DomainId.isWellFormed(t) && s.graph().targets().stream().anyMatch(x -> x.domain().value().equals(t));
                unknown.add(FieldErrors.error("targets[" + i + "]", "unknown-target", t + " is not a target of a current version"
                        + (domain ? "; it is a domain: name it under domains" : "")));
            }
        }
        java.util.Set<DomainId> known = new java.util.HashSet<>();
        s.graph().targets().forEach(t -> known.add(t.domain()));
        for (int i = 0; i < domains.size(); i++) {
            String d = domains.get(i);
            if (!DomainId.isWellFormed(d) || !known.contains(new DomainId(d))) {
                unknown.add(FieldErrors.error("domains[" + i + "]", "unknown-domain", d + " is not a domain of a current version"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The resource names " + unknown.size() + " target(s) or domain(s) the graph does not have; nothing was stored.",
                    Map.of("errors", unknown));
        }
        return new LearningResource(id, b.title().text(), kind,
                targets.stream().map(TargetId::new).toList(), domains.stream().map(DomainId::new).toList(), depth.get(),
                Optional.ofNullable(b.url()), b.hours() == null ? OptionalInt.empty() : OptionalInt.of(b.hours()),
                Optional.ofNullable(b.cost()).filter(c -> !c.isBlank()), b.language(), new Provenance(b.source().strip(), verification),
                Optional.ofNullable(b.note()).filter(n -> !n.isBlank()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
