package org.michishirube.api.revision;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.michishirube.api.revision.DraftImports.Imported;
import org.michishirube.api.revision.DraftImports.Spreadsheet;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** Routes the draft imports and exports to {@link DraftImports}. */
@RestController
class ImportController implements DraftImportsApi {

    private final DraftImports imports;

    ImportController(DraftImports imports) {
        this.imports = imports;
    }

    @Override
    public Mono<ResponseEntity<DraftView>> importCase(ServerHttpRequest request, String framework, String version, Optional<String> credential,
                                                      Optional<String> credentialNameJa, Optional<String> credentialNameEn,
                                                      Optional<String> credentialKind, Authentication who) {
        var placement = ImportPlacements.of(framework, version, credential, credentialNameJa, credentialNameEn, credentialKind);
        return imports.importCase(request, placement, who.getName()).map(ImportController::answer);
    }

    @Override
    public Mono<ResponseEntity<DraftView>> importCtdl(ServerHttpRequest request, String framework, String version, Optional<String> credential,
                                                      Optional<String> credentialNameJa, Optional<String> credentialNameEn,
                                                      Optional<String> credentialKind, Authentication who) {
        var placement = ImportPlacements.of(framework, version, credential, credentialNameJa, credentialNameEn, credentialKind);
        return imports.importCtdl(request, placement, who.getName()).map(ImportController::answer);
    }

    @Override
    public Mono<ResponseEntity<DraftView>> importSpreadsheet(ServerHttpRequest request, String framework, String version,
                                                             Optional<String> credential, Optional<String> credentialNameJa,
                                                             Optional<String> credentialNameEn, Optional<String> credentialKind,
                                                             Authentication who) {
        var placement = ImportPlacements.of(framework, version, credential, credentialNameJa, credentialNameEn, credentialKind);
        return imports.importSpreadsheet(request, placement, who.getName()).map(ImportController::answer);
    }

    /** A new draft is 201, one the same input made before 200; both name the draft in Location and carry its ETag. */
    private static ResponseEntity<DraftView> answer(Imported imported) {
        return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/drafts/" + imported.view().id()))
                .eTag(RevisionSupport.DRAFT.of(imported.revision())).body(imported.view());
    }

    @Override
    public Mono<ResponseEntity<byte[]>> draftSpreadsheet(String draft, ServerHttpRequest request) {
        return imports.draftSpreadsheet(draft, request).map(ImportController::download);
    }

    @Override
    public Mono<ResponseEntity<byte[]>> versionSpreadsheet(String id, String version, ServerHttpRequest request) {
        return imports.versionSpreadsheet(id, version, request).map(ImportController::download);
    }

    private static ResponseEntity<byte[]> download(Spreadsheet file) {
        return ResponseEntity.ok().contentType(file.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"").body(file.bytes());
    }

    @Override
    public Mono<List<DraftView>> drafts() {
        return imports.drafts();
    }

    @Override
    public Mono<ObjectNode> draftCase(String draft, ServerHttpRequest request) {
        return imports.draftCase(draft, request);
    }
}
