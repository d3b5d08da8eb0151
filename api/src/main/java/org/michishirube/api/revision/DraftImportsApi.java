package org.michishirube.api.revision;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.config.ImportMetrics;
import org.michishirube.api.config.OpenApiConfig;
import org.michishirube.api.config.TimedImport;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports of whole frameworks (CASE, CTDL-ASN, spreadsheets) as drafts: the same drafts that edits make, reviewed, approved
 * and published the same way; and drafts and versions exported for stewards to edit and import again.
 */
@Tag(name = "Revisions")
interface DraftImportsApi {

    String IMPORT_DESCRIPTION = " An unknown framework becomes the first-version draft of a new framework (framework and, "
            + "unless an existing credential is named, a credential are created when it is published); a known framework gets its next-version "
            + "draft, based on the current version, with lineage from the package (same identifier → same target; replacedBy / exactMatchOf, "
            + "exactAlignment / majorAlignment → replaced, split or merged; the rest added or retired). The draft is then edited, submitted, "
            + "approved by a second steward and published like any other. Up to 50 MB. Nothing is stored when the package is refused.";

    String IMPORT_EXAMPLE = """
            {"id":"smartlevel@1","framework":"smartlevel","status":"draft","revision":1,"author":"steward-a",
             "createdAt":"2026-12-04T01:00:00Z","updatedAt":"2026-12-04T01:00:00Z","name":{"ja":"","en":"SmartLevel Test"},"targetCount":14,
             "changes":{"added":14},"changelog":["Added smartlevel.item-1 “Item 1”"],"missingLanguages":{"ja":14},
             "imported":{"format":"CASE 1.1","document":"c5f2…","importedBy":"steward-a","importedAt":"2026-12-04T01:00:00Z",
              "createsFramework":"smartlevel","createsCredential":"smartlevel",
              "items":[{"identifier":"0000…01","as":"target","id":"smartlevel.item-1","label":"1"}],
              "skipped":[{"what":"CFAssociation 1b2f… (exemplar)","reason":"Michishirube has no counterpart of exemplar"}],
              "notes":["the package has no Japanese text: the Japanese is left empty and marked missing, to be translated by a steward"]}}""";

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // What every import and export below says alike.
    String PROBLEM = "application/problem+json";
    String NEXT_OR_NEW = ": a known framework gets its next-version draft, an unknown one is created";
    String CREDENTIAL = "For a new framework: the credential it belongs to; default: the framework id";
    String CREDENTIAL_KIND = "For a new credential: national-licence, national-exam, private (default) or professional";
    String NO_TOKEN = "No or an invalid token";
    String NOT_A_STEWARD = "Not a steward";
    String TOO_LARGE = "Larger than 50 MB";
    String NOT_FOR_OTHERS = "Not a steward, or no such draft: drafts do not exist for anyone else";
    String WORKBOOK = "(binary: sheets CF Doc, CF Item, CF Association)";
    String SPREADSHEET_CSV = """
            identifier,fullStatement,humanCodingScheme,smartLevel,listEnumeration,abbreviatedStatement,conceptKeywords,notes,language,educationLevel,CFItemType,license,fullStatement_en,notes_en,prerequisites,effortHours,source,verification,kind,tags
            2d2c…,SQL,hit.it.db.sql,3.2.1,,,,,ja,,Topic,,SQL,,hit.it.db.relational,2,https://…,secondary,topic,
            """;

    @TimedImport(ImportMetrics.Kind.CASE)
    @PostMapping(path = "/api/v1/interop/case/imports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CASE 1.1 CFPackage as a draft (steward)", description = "Lenient with CASE 1.0 / OpenSALT keys, timestamps "
            + "without zone, nulls and links outside the package (reported as skipped, with the reason); strict where the structure would "
            + "break (every fault listed)." + IMPORT_DESCRIPTION, security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "The draft, with what each item became and what was skipped; Location and ETag name it",
            content = @Content(examples = @ExampleObject(IMPORT_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The same package was imported into this draft before: nothing changed",
            content = @Content(examples = @ExampleObject(IMPORT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Not UTF-8 (the byte offset is named), or no body", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "401", description = NO_TOKEN, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = NOT_A_STEWARD, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The version exists already, or the package belongs to another framework",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "The package cannot be imported; every fault is listed, items named by code or statement",
            content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<DraftView>> importCase(ServerHttpRequest request,
            @Parameter(description = "Framework id (one segment, e.g. jami-case)" + NEXT_OR_NEW) @RequestParam String framework,
            @Parameter(description = "The new version's label, e.g. 2026") @RequestParam String version,
            @Parameter(description = CREDENTIAL) @RequestParam Optional<String> credential,
            @Parameter(description = "For a new credential: its Japanese name; default: the package title") @RequestParam Optional<String> credentialNameJa,
            @Parameter(description = "For a new credential: its English name; default: the package title") @RequestParam Optional<String> credentialNameEn,
            @Parameter(description = CREDENTIAL_KIND) @RequestParam Optional<String> credentialKind,
            Authentication who);

    @TimedImport(ImportMetrics.Kind.CTDL)
    @PostMapping(path = "/api/v1/interop/ctdl/imports", consumes = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CTDL-ASN competency framework as a draft (steward)", description = "A ceasn:CompetencyFramework graph "
            + "with its ceasn:Competency nodes, as the Credential Engine registry publishes it. Other CTDL graphs (credentials, pathways) are "
            + "refused, naming what they hold." + IMPORT_DESCRIPTION, security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "The draft; Location and ETag name it", content = @Content(examples = @ExampleObject(IMPORT_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The same framework was imported into this draft before: nothing changed",
            content = @Content(examples = @ExampleObject(IMPORT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Not UTF-8, or no body", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "401", description = NO_TOKEN, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = NOT_A_STEWARD, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The version exists already, or the framework belongs to another one",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Not a CTDL-ASN framework, or a broken one; every fault is listed",
            content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<DraftView>> importCtdl(ServerHttpRequest request,
            @Parameter(description = "Framework id (one segment)" + NEXT_OR_NEW) @RequestParam String framework,
            @Parameter(description = "The new version's label, e.g. 2026") @RequestParam String version,
            @Parameter(description = CREDENTIAL) @RequestParam Optional<String> credential,
            @Parameter(description = "For a new credential: its Japanese name; default: the framework's name") @RequestParam Optional<String> credentialNameJa,
            @Parameter(description = "For a new credential: its English name; default: the framework's name") @RequestParam Optional<String> credentialNameEn,
            @Parameter(description = CREDENTIAL_KIND) @RequestParam Optional<String> credentialKind,
            Authentication who);

    @TimedImport(ImportMetrics.Kind.SPREADSHEET)
    @PostMapping(path = "/api/v1/interop/spreadsheet/imports", consumes = {XLSX, "text/csv"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import an OpenSALT CASE spreadsheet (XLSX or CSV) as a draft (steward)", description = "The layout CASE authors "
            + "already use: sheets CF Doc, CF Item and CF Association, hierarchy by smartLevel and/or isChildOf rows, with documented extension "
            + "columns for the English statement, prerequisites (codes), effort hours, source and verification (docs/spreadsheets.md). CSV "
            + "holds the CF Item columns, UTF-8 with or without BOM. Every bad row is listed (sheet, row, column, reason) and nothing is "
            + "stored." + IMPORT_DESCRIPTION, security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "The draft; Location and ETag name it", content = @Content(examples = @ExampleObject(IMPORT_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The same spreadsheet was imported into this draft before: nothing changed",
            content = @Content(examples = @ExampleObject(IMPORT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A CSV that is not UTF-8 (the byte offset is named), or no body",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "401", description = NO_TOKEN, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = NOT_A_STEWARD, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The version exists already, or the sheet's identifiers belong to another framework",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Bad rows, each with its sheet, row, column and reason",
            content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<DraftView>> importSpreadsheet(ServerHttpRequest request,
            @Parameter(description = "Framework id (one segment)" + NEXT_OR_NEW) @RequestParam String framework,
            @Parameter(description = "The new version's label, e.g. 2027") @RequestParam String version,
            @Parameter(description = CREDENTIAL) @RequestParam Optional<String> credential,
            @Parameter(description = "For a new credential: its Japanese name; default: the document title") @RequestParam Optional<String> credentialNameJa,
            @Parameter(description = "For a new credential: its English name; default: the document title") @RequestParam Optional<String> credentialNameEn,
            @Parameter(description = CREDENTIAL_KIND) @RequestParam Optional<String> credentialKind,
            Authentication who);

    @GetMapping(path = "/api/v1/drafts/{draft}/spreadsheet", produces = {XLSX, "text/csv"})
    @Operation(summary = "A draft as an OpenSALT CASE spreadsheet (steward)", description = "XLSX (default) or, with Accept: text/csv, "
            + "CSV, in the layout the spreadsheet import reads: download, edit in Excel, import again. 404 for anyone but stewards.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The spreadsheet", content = {@Content(mediaType = XLSX,
            examples = @ExampleObject(name = "workbook", value = WORKBOOK)),
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = SPREADSHEET_CSV))})
    @ApiResponse(responseCode = "404", description = NOT_FOR_OTHERS, content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<byte[]>> draftSpreadsheet(@Parameter(description = "Draft id, e.g. miis@2026") @PathVariable String draft,
                                                  ServerHttpRequest request);

    @GetMapping(path = "/api/v1/frameworks/{id}/versions/{version}/spreadsheet", produces = {XLSX, "text/csv"})
    @Operation(summary = "A published version as an OpenSALT CASE spreadsheet", description = "XLSX (default) or, with Accept: text/csv, "
            + "CSV: the version's CASE package in the spreadsheet layout, so a steward can write the next version from it and import it.")
    @ApiResponse(responseCode = "200", description = "The spreadsheet", content = {@Content(mediaType = XLSX,
            examples = @ExampleObject(name = "workbook", value = WORKBOOK)),
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = SPREADSHEET_CSV))})
    @ApiResponse(responseCode = "404", description = "An unknown framework or version", content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<byte[]>> versionSpreadsheet(@Parameter(description = "Framework id, e.g. hit") @PathVariable String id,
            @Parameter(description = "Version label (e.g. fy2020), full id (hit@fy2020) or 'current'") @PathVariable String version,
            ServerHttpRequest request);

    @GetMapping(path = "/api/v1/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every open draft (steward)", description = "Drafts not yet published, of every framework, whether an edit or an "
            + "import made them (a new framework's first version too), newest first. To anyone but stewards and admins there are none (404).",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The drafts", content = @Content(examples = @ExampleObject("[" + IMPORT_EXAMPLE + "]")))
    @ApiResponse(responseCode = "404", description = NOT_FOR_OTHERS, content = @Content(mediaType = PROBLEM))
    Mono<List<DraftView>> drafts();

    @GetMapping(path = "/api/v1/drafts/{draft}/case", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A draft as a CASE 1.1 CFPackage (steward)", description = "The same export as for published versions, with "
            + "the identifiers and fields an imported package came with; adoptionStatus Draft. 404 for anyone but stewards.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The CFPackage", content = @Content(examples = @ExampleObject("""
            {"CFDocument":{"identifier":"d0000000-0000-0000-0000-000000000000","title":"SmartLevel Test","adoptionStatus":"Draft","language":"ja"},
             "CFItems":[{"identifier":"00000000-0000-0000-0000-000000000001","fullStatement":"Item 1","humanCodingScheme":"1"}],
             "CFAssociations":[{"associationType":"isChildOf"}]}""")))
    @ApiResponse(responseCode = "404", description = NOT_FOR_OTHERS, content = @Content(mediaType = PROBLEM))
    Mono<ObjectNode> draftCase(@Parameter(description = "Draft id, e.g. miis@2026") @PathVariable String draft, ServerHttpRequest request);
}

