package org.michishirube.api.interop;

import java.util.Optional;
import java.util.function.BiFunction;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.web.Blocking;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.search.Search;
import org.michishirube.data.interop.RoleImports;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.ctdl.Ctdl;
import org.michishirube.interop.occupation.RoleCsv;
import org.michishirube.interop.VisibleVersions;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports of public versions and credentials as CASE and CTDL, and stewards' role imports. Building the catalogue reads
 * the database once per graph revision and an export walks a whole version, so both run through {@link Blocking}.
 */
@Component
class InteropExchange {

    private final Catalogs catalogs;
    private final RoleImports roles;
    private final PublishedGraph published;
    private final Search search;

    InteropExchange(Catalogs catalogs, RoleImports roles, PublishedGraph published, Search search) {
        this.catalogs = catalogs;
        this.roles = roles;
        this.published = published;
        this.search = search;
    }

    Mono<ObjectNode> caseExport(String id, String version, ServerHttpRequest request) {
        return publicVersion(id, version, request, (v, versionId) -> new CaseExport(v, search::labels).cfPackage(versionId));
    }

    Mono<ObjectNode> ctdlFramework(String id, String version, ServerHttpRequest request) {
        return publicVersion(id, version, request, (v, versionId) -> v.tree(versionId).map(new Ctdl(v, search::labels)::framework));
    }

    /** {@return a public version, named as the browse API names it, exported; 404 for one that is not public} */
    private Mono<ObjectNode> publicVersion(String id, String version, ServerHttpRequest request,
                                           BiFunction<VisibleVersions, FrameworkVersionId, Optional<ObjectNode>> export) {
        return Blocking.call(() -> {
            VisibleVersions v = catalogs.publicVersions(request);
            FrameworkVersionId versionId = Versions.resolve(v, id, version);
            return export.apply(v, versionId).orElseThrow(() -> ApiException.notFound("framework version", versionId.value()));
        });
    }

    Mono<ObjectNode> ctdlCredential(String id, ServerHttpRequest request) {
        return Blocking.call(() -> {
            VisibleVersions v = catalogs.publicVersions(request);
            if (!CredentialId.isWellFormed(id)) {
                throw ApiException.notFound("credential", id);
            }
            return new Ctdl(v).credential(v.credential(new CredentialId(id)).orElseThrow(() -> ApiException.notFound("credential", id)));
        });
    }

    /** Stores the roles of a CSV, all or nothing, and republishes the snapshot so that they are public at once. */
    Mono<RoleImports.Report> importRoles(String csv, String importedBy) {
        return Blocking.call(() -> {
            RoleImports.Report report = roles.store(RoleCsv.read(csv, published.snapshot().graph()::contains), importedBy);
            published.refresh();
            return report;
        });
    }

    /** Deletes a role an import created; 404 for any other. */
    Mono<Void> deleteRole(String id) {
        return Blocking.run(() -> {
            if (!roles.delete(id)) {
                throw ApiException.notFound("imported role", id);
            }
            published.refresh();
        });
    }
}
