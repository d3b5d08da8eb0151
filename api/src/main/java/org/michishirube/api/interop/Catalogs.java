package org.michishirube.api.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.search.Search;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.CaseMarks;
import org.michishirube.data.interop.FrameworkImports;
import org.michishirube.interop.VisibleVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public versions as CASE sees them, rebuilt once per graph revision: the stored CASE identifiers are read from the
 * database then, and every request in between is served from memory. URIs start at {@code michishirube.public-base-url}
 * when it is set, else at the scheme, host and port the request came to.
 */
@Component
public class Catalogs {

    private final PublishedGraph published;
    private final Search search;
    private final FrameworkImports imports;
    private final String configuredBase;
    private final AtomicReference<Public> cached = new AtomicReference<>();

    Catalogs(PublishedGraph published, FrameworkImports imports, Search search, @Value("${michishirube.public-base-url:}") String configuredBase) {
        this.published = published;
        this.imports = imports;
        this.search = search;
        this.configuredBase = configuredBase;
    }

    String base(ServerHttpRequest request) {
        if (!configuredBase.isBlank()) {
            return configuredBase.endsWith("/") ? configuredBase.substring(0, configuredBase.length() - 1) : configuredBase;
        }
        var uri = request.getURI();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** {@return the public versions, as seen from this request's base URL} Blocks on the database once per revision. */
    public VisibleVersions publicVersions(ServerHttpRequest request) {
        return index(base(request)).versions;
    }

    /** {@return the CASE objects of every public version, by identifier} Blocks on the database once per revision. */
    Public index(String base) {
        GraphSnapshot snapshot = published.snapshot();
        Public p = cached.get();
        if (p != null && p.revision == snapshot.revision() && p.versions.base().equals(base)) {
            return p;
        }
        List<FrameworkTree> trees = List.copyOf(snapshot.trees().values());
        Map<FrameworkVersionId, CaseMarks> marks = imports.marks(snapshot.trees().keySet());
        Instant release = imports.datasetRelease();
        VisibleVersions versions = new VisibleVersions(base, snapshot.graph().credentials(), snapshot.graph().frameworks(), trees, marks, release);
        Public fresh = new Public(snapshot.revision(), versions, search::labels);
        cached.set(fresh);
        return fresh;
    }

    /**
     * {@return the public versions plus one draft, for a steward's export of it}
     *
     * @param framework the draft's framework, when publishing it would create it
     * @param credential the draft's credential, when publishing it would create it
     */
    public VisibleVersions withDraft(ServerHttpRequest request, java.util.Optional<org.michishirube.core.model.Framework> framework,
                                     java.util.Optional<org.michishirube.core.model.Credential> credential, FrameworkTree tree, CaseMarks marks) {
        return publicVersions(request).with(framework.stream().toList(), credential.stream().toList(), List.of(tree),
                Map.of(tree.version().id(), marks));
    }

    /** Every public version exported once, with its documents, items and associations by identifier. */
    static final class Public {
        final long revision;
        final VisibleVersions versions;
        private final java.util.function.Function<String, Map<String, List<String>>> labels;
        private volatile Objects objects;

        Public(long revision, VisibleVersions versions, java.util.function.Function<String, Map<String, List<String>>> labels) {
            this.revision = revision;
            this.versions = versions;
            this.labels = labels;
        }

        Objects objects() {
            Objects o = objects;
            if (o == null) {
                o = new Objects(versions, labels);
                objects = o;
            }
            return o;
        }
    }

    /** The CASE objects of the public versions, by identifier. */
    static final class Objects {
        final Map<String, FrameworkVersionId> documents = new LinkedHashMap<>();
        final Map<String, ObjectNode> documentNodes = new LinkedHashMap<>();
        final Map<String, ObjectNode> packages = new HashMap<>();
        final Map<String, JsonNode> items = new HashMap<>();
        final Map<String, JsonNode> associations = new HashMap<>();
        final Map<String, List<JsonNode>> associationsOf = new HashMap<>();

        Objects(VisibleVersions versions, java.util.function.Function<String, Map<String, List<String>>> labels) {
            CaseExport export = new CaseExport(versions, labels);
            versions.trees().stream().map(t -> t.version().id()).sorted().forEach(id -> {
                ObjectNode pkg = export.cfPackage(id).orElseThrow();
                String doc = pkg.get("CFDocument").get("identifier").asString();
                documents.put(doc, id);
                documentNodes.put(doc, (ObjectNode) pkg.get("CFDocument"));
                packages.put(doc, pkg);
                pkg.get("CFItems").forEach(i -> items.putIfAbsent(i.get("identifier").asString(), i));
                pkg.get("CFAssociations").forEach(a -> {
                    if (associations.putIfAbsent(a.get("identifier").asString(), a) == null) {
                        associationsOf.computeIfAbsent(a.at("/originNodeURI/identifier").asString(), k -> new ArrayList<>()).add(a);
                        associationsOf.computeIfAbsent(a.at("/destinationNodeURI/identifier").asString(), k -> new ArrayList<>()).add(a);
                    }
                });
            });
        }

        Optional<ObjectNode> cfPackage(String document) {
            return Optional.ofNullable(packages.get(document));
        }
    }
}
