package org.michishirube.api.revision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.michishirube.api.interop.Catalogs;
import org.michishirube.api.interop.Versions;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.michishirube.api.web.Blocking;
import org.michishirube.data.interop.ImportRequest;
import org.michishirube.data.revision.DraftState;
import org.michishirube.data.revision.ImportOrigin;
import org.michishirube.data.revision.RevisionWrite;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.casepackage.CasePackageReader;
import org.michishirube.interop.spreadsheet.CaseSpreadsheet;
import org.michishirube.interop.ctdl.CtdlFrameworkReader;
import org.michishirube.interop.ImportedFramework;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports of whole frameworks as drafts — CASE packages, CTDL-ASN frameworks, OpenSALT spreadsheets — and the CASE and
 * spreadsheet exports of drafts and versions that stewards edit and import again. Parsing, storing and writing
 * workbooks block or keep a CPU busy, so they run through {@link Blocking}.
 */
@Component
class DraftImports {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    /**
     * A draft an import made or found.
     *
     * @param view the draft
     * @param revision its revision, for the ETag
     * @param created whether the import made it (else the same input was imported into it before)
     */
    record Imported(DraftView view, long revision, boolean created) {
    }

    /**
     * A spreadsheet to download.
     *
     * @param type XLSX or CSV
     * @param fileName the name to save it under
     * @param bytes the file
     */
    record Spreadsheet(MediaType type, String fileName, byte[] bytes) {
    }

    private final RevisionSupport support;
    private final Catalogs catalogs;

    DraftImports(RevisionSupport support, Catalogs catalogs) {
        this.support = support;
        this.catalogs = catalogs;
    }

    Mono<Imported> importCase(ServerHttpRequest request, ImportRequest placement, String importedBy) {
        return imported(request, placement, importedBy, bytes -> CasePackageReader.read(ImportBodies.utf8(bytes)));
    }

    Mono<Imported> importCtdl(ServerHttpRequest request, ImportRequest placement, String importedBy) {
        return imported(request, placement, importedBy, bytes -> CtdlFrameworkReader.read(ImportBodies.utf8(bytes)));
    }

    /** Reads XLSX, or CSV when the body says it is text/csv, as a CASE package. */
    Mono<Imported> importSpreadsheet(ServerHttpRequest request, ImportRequest placement, String importedBy) {
        MediaType type = request.getHeaders().getContentType();
        boolean csv = type != null && type.isCompatibleWith(CSV);
        return imported(request, placement, importedBy, bytes -> CasePackageReader.read((csv ? CaseSpreadsheet.readCsv(bytes)
                : CaseSpreadsheet.readXlsx(bytes)).toString()));
    }

    /** Reads the body and makes it a draft; importing what is imported already changes nothing. */
    private Mono<Imported> imported(ServerHttpRequest request, ImportRequest placement, String importedBy,
                                    Function<byte[], ImportedFramework> read) {
        return Blocking.map(ImportBodies.bytes(request), bytes -> {
            ImportBodies.requireNotEmpty(bytes);
            RevisionWrite w = support.revisions.importDraft(read.apply(bytes), placement, importedBy);
            DraftState s;
            if (w instanceof RevisionWrite.Done done) {
                s = done.state();
            } else if (w instanceof RevisionWrite.Unchanged same) {
                s = same.state();
            } else {
                throw RevisionSupport.failure(w, placement.framework().value() + "@" + placement.version());
            }
            return new Imported(RevisionSupport.summary(s), s.revision(), w instanceof RevisionWrite.Done);
        });
    }

    /** {@return every open draft of every framework, newest first; stewards only} */
    Mono<List<DraftView>> drafts() {
        return RevisionSupport.steward("drafts").flatMap(a -> support.revisions.open().map(RevisionSupport::summary).collectList());
    }

    /** {@return a draft as a CASE package, with the identifiers and fields an imported package came with} */
    Mono<ObjectNode> draftCase(String draft, ServerHttpRequest request) {
        return Blocking.map(support.draft(draft), s -> {
            Optional<ImportOrigin> origin = s.imported();
            var catalog = catalogs.withDraft(request, origin.flatMap(ImportOrigin::newFramework), origin.flatMap(ImportOrigin::newCredential),
                    s.draft().tree(), origin.map(ImportOrigin::marks).orElse(CaseMarks.NONE));
            return new CaseExport(catalog).cfPackage(s.id()).orElseThrow(() -> ApiException.notFound("draft", draft));
        });
    }

    Mono<Spreadsheet> draftSpreadsheet(String draft, ServerHttpRequest request) {
        return draftCase(draft, request).map(pkg -> spreadsheet(pkg, request, draft));
    }

    Mono<Spreadsheet> versionSpreadsheet(String id, String version, ServerHttpRequest request) {
        return Blocking.call(() -> {
            var visible = catalogs.publicVersions(request);
            var versionId = Versions.resolve(visible, id, version);
            ObjectNode pkg = new CaseExport(visible).cfPackage(versionId).orElseThrow(() -> ApiException.notFound("framework version", versionId.value()));
            return spreadsheet(pkg, request, versionId.value());
        });
    }

    /** XLSX unless the request accepts text/csv by name. */
    private static Spreadsheet spreadsheet(ObjectNode pkg, ServerHttpRequest request, String name) {
        boolean csv = request.getHeaders().getAccept().stream().anyMatch(m -> m.isCompatibleWith(CSV) && !m.isWildcardType());
        String file = name.replace('@', '_') + (csv ? ".csv" : ".xlsx");
        return csv ? new Spreadsheet(MediaType.parseMediaType("text/csv;charset=UTF-8"), file, CaseSpreadsheet.writeCsv(pkg))
                : new Spreadsheet(MediaType.parseMediaType(DraftImportsApi.XLSX), file, CaseSpreadsheet.writeXlsx(pkg));
    }
}
