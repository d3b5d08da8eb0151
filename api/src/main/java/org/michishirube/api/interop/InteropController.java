package org.michishirube.api.interop;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.config.ImportMetrics;
import org.michishirube.api.config.OpenApiConfig;
import org.michishirube.api.config.TimedImport;
import org.michishirube.api.problem.ApiException;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.interop.CaseExport;
import org.michishirube.interop.CasePackageReader;
import org.michishirube.interop.Ctdl;
import org.michishirube.interop.CtdlFrameworkReader;
import org.michishirube.interop.RoleCsv;
import org.michishirube.data.interop.RoleImports;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.interop.FrameworkImports;
import org.michishirube.data.interop.ImportReport;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.data.interop.ImportRequest;
import org.michishirube.interop.VisibleVersions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.node.ObjectNode;

/** CASE export of any public version, and stewards' CASE imports, which become draft versions only they can see. */
@RestController
@Tag(name = "Interoperability", description = "CASE and CTDL exports (public), CASE and role imports (steward)")
@ApiResponse(responseCode = "404", description = "An unknown framework, version or draft", content = @Content(mediaType = "application/problem+json"))
class InteropController {

    static final String IMPORT_EXAMPLE = """
            {"format":"CASE 1.1","version":"smartlevel@1","framework":"smartlevel","credential":"smartlevel","createdFramework":true,
             "createdCredential":true,"targets":14,"domains":1,"precedes":0,"related":0,"exactMatches":0,
             "mapped":[{"identifier":"00000000-0000-0000-0000-000000000001","as":"target","id":"smartlevel.item-1"}],
             "skipped":[{"what":"CFAssociation 1b2f… (exemplar)","reason":"Michishirube has no counterpart of exemplar"}],
             "notes":["the package has no Japanese text: the English is used as the Japanese too, to be translated by a steward"]}""";

    private final Catalogs catalogs;
    private final FrameworkImports imports;
    private final RoleImports roles;
    private final PublishedGraph published;

    InteropController(Catalogs catalogs, FrameworkImports imports, RoleImports roles, PublishedGraph published) {
        this.catalogs = catalogs;
        this.imports = imports;
        this.roles = roles;
        this.published = published;
    }

    @GetMapping(path = "/api/v1/frameworks/{id}/versions/{version}/case", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A framework version as a CASE 1.1 CFPackage",
            description = "Japanese is the document language; English is carried in each object's extensions.translations.en. Identifiers "
                    + "are stable name-based UUIDs and URIs point at this service's CASE provider.")
    @ApiResponse(responseCode = "200", description = "The CFPackage", content = @Content(examples = @ExampleObject("""
            {"CFDocument":{"identifier":"0b0f…","uri":"https://michishirube.example.org/ims/case/v1p1/CFDocuments/0b0f…","caseVersion":"1.1",
              "title":"医療情報技師 到達目標 FY2020改訂","language":"ja","version":"fy2020","adoptionStatus":"Adopted"},
             "CFItems":[{"identifier":"2d2c…","fullStatement":"SQL","humanCodingScheme":"hit.it.db.sql","CFItemType":"Topic","language":"ja",
               "extensions":{"translations":{"en":{"fullStatement":"SQL"}}}}],
             "CFAssociations":[{"associationType":"precedes","originNodeURI":{"identifier":"…"},"destinationNodeURI":{"identifier":"2d2c…"}}],
             "CFDefinitions":{"CFItemTypes":[{"title":"Topic","hierarchyCode":"4"}]}}""")))
    Mono<ObjectNode> caseExport(@Parameter(description = "Framework id, e.g. hit") @PathVariable String id,
                                @Parameter(description = "Version label (e.g. fy2020), full id (hit@fy2020) or 'current'") @PathVariable String version,
                                ServerHttpRequest request) {
        return Mono.fromCallable(() -> {
            VisibleVersions v = catalogs.publicVersions(request);
            FrameworkVersionId versionId = Versions.resolve(v, id, version);
            return new CaseExport(v).cfPackage(versionId).orElseThrow(() -> ApiException.notFound("framework version", versionId.value()));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping(path = "/api/v1/frameworks/{id}/versions/{version}/ctdl", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "A framework version as CTDL-ASN", description = "A ceasn:CompetencyFramework with its domains and targets as "
            + "ceasn:Competency nodes (hasTopChild, hasChild/isChildOf, prerequisiteAlignment), texts as {ja, en} language maps.")
    @ApiResponse(responseCode = "200", description = "The CTDL-ASN graph", content = @Content(mediaType = "application/ld+json", examples = @ExampleObject("""
            {"@context":"https://credreg.net/ctdlasn/schema/context/json","@id":"https://michishirube.example.org/ctdl/graph/ce-…",
             "@graph":[{"@id":"https://michishirube.example.org/ctdl/resources/ce-…","@type":"ceasn:CompetencyFramework","ceterms:ctid":"ce-…",
               "ceasn:name":{"ja":"医療情報技師 到達目標 FY2020改訂","en":"HIT targets, FY2020 revision"},"ceasn:inLanguage":["ja","en"],"ceasn:hasTopChild":["…"]},
              {"@id":"…","@type":"ceasn:Competency","ceasn:competencyText":{"ja":"SQL","en":"SQL"},"ceasn:codedNotation":"hit.it.db.sql",
               "ceasn:isPartOf":"…","ceasn:isChildOf":["…"],"ceasn:prerequisiteAlignment":["…"]}]}""")))
    Mono<ObjectNode> ctdlFramework(@Parameter(description = "Framework id, e.g. hit") @PathVariable String id,
                                   @Parameter(description = "Version label (e.g. fy2020), full id (hit@fy2020) or 'current'") @PathVariable String version,
                                   ServerHttpRequest request) {
        return Mono.fromCallable(() -> {
            VisibleVersions v = catalogs.publicVersions(request);
            FrameworkVersionId versionId = Versions.resolve(v, id, version);
            return new Ctdl(v).framework(v.tree(versionId).orElseThrow(() -> ApiException.notFound("framework version", versionId.value())));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping(path = "/api/v1/credentials/{id}/ctdl", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "A credential as CTDL", description = "ceterms:License for national licences, ceterms:Certification otherwise, "
            + "with its issuer and its eligibility rules and competency targets as ceterms:requires condition profiles.")
    @ApiResponse(responseCode = "200", description = "The CTDL graph", content = @Content(mediaType = "application/ld+json", examples = @ExampleObject("""
            {"@context":"https://credreg.net/ctdl/schema/context/json","@id":"https://michishirube.example.org/ctdl/graph/ce-…",
             "@graph":[{"@id":"https://michishirube.example.org/ctdl/resources/ce-…","@type":"ceterms:Certification","ceterms:ctid":"ce-…",
               "ceterms:name":{"ja":"上級医療情報技師","en":"Senior Healthcare Information Technologist"},"ceterms:ownedBy":["…"],
               "ceterms:requires":[{"@type":"ceterms:ConditionProfile","ceterms:name":{"ja":"受験資格: 医療情報技師の取得","en":"Eligibility: hold Healthcare Information Technologist"},
                 "ceterms:targetCredential":["…"]}]},
              {"@id":"…","@type":"ceterms:CredentialOrganization","ceterms:name":{"ja":"一般社団法人日本医療情報学会","en":"Japan Association for Medical Informatics"}}]}""")))
    Mono<ObjectNode> ctdlCredential(@Parameter(description = "Credential id, e.g. hit") @PathVariable String id, ServerHttpRequest request) {
        return Mono.fromCallable(() -> {
            VisibleVersions v = catalogs.publicVersions(request);
            if (!CredentialId.isWellFormed(id)) {
                throw ApiException.notFound("credential", id);
            }
            return new Ctdl(v).credential(v.credential(new CredentialId(id)).orElseThrow(() -> ApiException.notFound("credential", id)));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @TimedImport(ImportMetrics.Kind.CASE)
    @PostMapping(path = "/api/v1/interop/case/imports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CASE CFPackage as a draft version (steward)",
            description = "If the framework exists, the package becomes a new draft version of it; otherwise a new framework, attached to an "
                    + "existing credential or a new one. Lenient with CASE 1.0 keys, timestamps without zone, nulls and links outside the "
                    + "package (reported as skipped, with the reason). A package with malformed JSON, broken hierarchy references or "
                    + "cycles is refused with every fault listed, and nothing is stored.",
            security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "What was mapped, skipped and why", content = @Content(examples = @ExampleObject(IMPORT_EXAMPLE)))
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The version exists already", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The package cannot be imported; every fault is listed",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                    {"type":"https://michishirube.org/problems/invalid-import","title":"The import was refused","status":422,
                     "detail":"2 fault(s) in the package; nothing was imported.",
                     "faults":[{"where":"/CFAssociations","fault":"precedes forms a cycle: 0000…01 → 0000…02 → 0000…01"},
                               {"where":"/CFItems/3/fullStatement","fault":"is missing on CFItem 0000…04"}]}""")))
    Mono<ResponseEntity<ImportReport>> importCase(
            @RequestBody String body,
            @Parameter(description = "Framework id (one segment, e.g. jami-case): an existing framework gets a new draft version, "
                    + "an unknown one is created") @RequestParam String framework,
            @Parameter(description = "The new version's label, e.g. 2026-draft") @RequestParam String version,
            @Parameter(description = "For a new framework: the credential it belongs to; default: the framework id") @RequestParam Optional<String> credential,
            @Parameter(description = "For a new credential: its Japanese name; default: the package title") @RequestParam Optional<String> credentialNameJa,
            @Parameter(description = "For a new credential: its English name; default: the package title") @RequestParam Optional<String> credentialNameEn,
            @Parameter(description = "For a new credential: national-licence, national-exam, private (default) or professional")
            @RequestParam Optional<String> credentialKind,
            Authentication who) {
        ImportRequest request = request(framework, version, credential, credentialNameJa, credentialNameEn, credentialKind);
        return storeDraft(() -> CasePackageReader.read(body), request, who);
    }

    @TimedImport(ImportMetrics.Kind.CTDL)
    @PostMapping(path = "/api/v1/interop/ctdl/imports", consumes = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CTDL-ASN competency framework as a draft version (steward)",
            description = "A ceasn:CompetencyFramework graph with its ceasn:Competency nodes; the same placement rules as the CASE import. "
                    + "Other CTDL graphs (credentials, pathways) are refused, naming what they hold.",
            security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "What was mapped, skipped and why", content = @Content(examples = @ExampleObject("""
            {"format":"CTDL-ASN","version":"onet-knowledge@29-2","framework":"onet-knowledge","credential":"onet-knowledge","createdFramework":true,
             "createdCredential":true,"targets":41,"domains":1,"precedes":0,"related":0,"exactMatches":0,
             "mapped":[{"identifier":"https://www.onetcenter.org/ctdlasn/resources/ce-07c290cc-…","as":"target","id":"onet-knowledge.2.c.1"}],
             "skipped":[],"notes":["the framework has no Japanese text: the English is used as the Japanese too, to be translated by a steward"]}""")))
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The version exists already", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Not a CTDL-ASN framework, or a broken one; every fault is listed",
            content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<ImportReport>> importCtdl(
            @RequestBody String body,
            @Parameter(description = "Framework id (one segment): an existing framework gets a new draft version, an unknown one is created")
            @RequestParam String framework,
            @Parameter(description = "The new version's label, e.g. 2026-draft") @RequestParam String version,
            @Parameter(description = "For a new framework: the credential it belongs to; default: the framework id") @RequestParam Optional<String> credential,
            @Parameter(description = "For a new credential: its Japanese name; default: the framework's name") @RequestParam Optional<String> credentialNameJa,
            @Parameter(description = "For a new credential: its English name; default: the framework's name") @RequestParam Optional<String> credentialNameEn,
            @Parameter(description = "For a new credential: national-licence, national-exam, private (default) or professional")
            @RequestParam Optional<String> credentialKind,
            Authentication who) {
        ImportRequest request = request(framework, version, credential, credentialNameJa, credentialNameEn, credentialKind);
        return storeDraft(() -> CtdlFrameworkReader.read(body), request, who);
    }

    /** Reads a framework off the event loop (parsing and storing block) and stores it as a draft version. */
    private Mono<ResponseEntity<ImportReport>> storeDraft(java.util.concurrent.Callable<ImportedFramework> read, ImportRequest request,
                                                          Authentication who) {
        return Mono.fromCallable(() -> {
            ImportReport report = imports.store(read.call(), request, who.getName());
            return ResponseEntity.created(URI.create("/api/v1/interop/drafts/" + report.version())).body(report);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @TimedImport(ImportMetrics.Kind.ROLES_CSV)
    @PostMapping(path = "/api/v1/interop/roles", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import roles and their needs from CSV (steward)",
            description = "One row per need, columns by header name: role_id, role_name_ja, role_name_en, family, target_id, level (1–4), "
                    + "importance (0–1), and optionally role_description_ja, role_description_en, source, verification. Targets must be in "
                    + "a current framework version. All or nothing: every faulty row is reported with its line. Imported roles are public at "
                    + "once; importing a role id again replaces that role; reference roles cannot be replaced.",
            security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "Which roles were created or replaced", content = @Content(examples = @ExampleObject("""
            {"created":["esco-picture-archiving-and-communication-systems-administrator"],"replaced":[],"needs":14}""")))
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "A role id belongs to the reference dataset", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Faulty rows, each with its line", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject("""
                    {"type":"https://michishirube.org/problems/invalid-import","title":"The import was refused","status":422,
                     "detail":"2 fault(s) in the CSV; nothing was imported.",
                     "faults":[{"where":"line 3","fault":"target_id 'hit.no.such' is not a target of a current framework version"},
                               {"where":"line 5","fault":"level must be a whole number 1..4, was '5'"}]}""")))
    Mono<RoleImports.Report> importRoles(@RequestBody String csv, Authentication who) {
        return Mono.fromCallable(() -> {
            RoleImports.Report report = roles.store(RoleCsv.read(csv, published.snapshot().graph()::contains), who.getName());
            published.refresh();
            return report;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/interop/roles/{id}")
    @Operation(summary = "Delete an imported role (steward)", description = "Only roles that an import created; reference roles stay.",
            security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<Void>> deleteRole(@Parameter(description = "Id of an imported role") @PathVariable String id) {
        return Mono.fromCallable(() -> {
            if (!roles.delete(id)) {
                throw ApiException.notFound("imported role", id);
            }
            published.refresh();
            return ResponseEntity.noContent().<Void>build();
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping(path = "/api/v1/interop/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List draft versions (steward)", description = "Imported and other unpublished versions, newest import first.",
            security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The drafts", content = @Content(examples = @ExampleObject("""
            [{"id":"smartlevel@1","framework":"smartlevel","credential":"smartlevel","status":"draft","format":"CASE 1.1","importedBy":"steward-1",
              "name":{"ja":"SmartLevel Test","en":"SmartLevel Test"},"targets":14}]""")))
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    Mono<List<DraftSummary>> drafts() {
        return Mono.fromCallable(() -> imports.drafts().stream().map(DraftSummary::of).toList()).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping(path = "/api/v1/interop/drafts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One draft version with its targets (steward)",
            security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject("""
            {"id":"smartlevel@1","framework":"smartlevel","status":"draft","targets":14,
             "items":[{"id":"smartlevel.item-1","kind":"gio","parent":null,"domain":"smartlevel.imported","name":{"ja":"Item 1","en":"Item 1"}}]}""")))
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    Mono<DraftDetail> draft(@Parameter(description = "Draft version id, e.g. smartlevel@1") @PathVariable String id) {
        return Mono.fromCallable(() -> DraftDetail.of(draftOf(id))).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping(path = "/api/v1/interop/drafts/{id}/case", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A draft version as a CASE CFPackage (steward)", description = "The same export as for public versions, with the "
            + "identifiers the package was imported with.",
            security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The CFPackage", content = @Content(examples = @ExampleObject("""
            {"CFDocument":{"identifier":"d0000000-0000-0000-0000-000000000000","title":"SmartLevel Test","adoptionStatus":"Draft","language":"ja"},
             "CFItems":[{"identifier":"00000000-0000-0000-0000-000000000001","fullStatement":"Item 1","humanCodingScheme":"smartlevel.item-1"}],
             "CFAssociations":[{"associationType":"isChildOf"}]}""")))
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    Mono<ObjectNode> draftCase(@Parameter(description = "Draft version id, e.g. smartlevel@1") @PathVariable String id, ServerHttpRequest request) {
        return Mono.fromCallable(() -> {
            FrameworkImports.Draft d = draftOf(id);
            return new CaseExport(catalogs.withDrafts(request, List.of(d))).cfPackage(d.tree().version().id()).orElseThrow();
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private FrameworkImports.Draft draftOf(String id) {
        if (!FrameworkVersionId.isWellFormed(id)) {
            throw ApiException.notFound("draft version", id);
        }
        return imports.draft(FrameworkVersionId.of(id)).orElseThrow(() -> ApiException.notFound("draft version", id));
    }

    static ImportRequest request(String framework, String version, Optional<String> credential, Optional<String> nameJa,
                                 Optional<String> nameEn, Optional<String> kind) {
        if (!FrameworkId.isWellFormed(framework) || framework.contains(".")) {
            throw ApiException.invalidParameter("framework", "framework must be one lowercase id segment, e.g. jami-case.");
        }
        if (!FrameworkVersionId.isWellFormed(framework + "@" + version)) {
            throw ApiException.invalidParameter("version", "version must be lowercase letters and digits joined by '.' or '-', e.g. 2026-draft.");
        }
        if (credential.isPresent() && !CredentialId.isWellFormed(credential.get())) {
            throw ApiException.invalidParameter("credential", "credential must be an id such as hit.");
        }
        if (nameJa.isPresent() != nameEn.isPresent() || nameJa.filter(String::isBlank).isPresent() || nameEn.filter(String::isBlank).isPresent()) {
            throw ApiException.invalidParameter(nameJa.isPresent() ? "credentialNameEn" : "credentialNameJa",
                    "a new credential needs both credentialNameJa and credentialNameEn, or neither.");
        }
        Optional<CredentialKind> k;
        try {
            k = kind.map(CredentialKind::fromCode);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("credentialKind", "credentialKind must be national-licence, national-exam, private or professional.");
        }
        return new ImportRequest(new FrameworkId(framework), version, credential.map(CredentialId::new),
                nameJa.map(ja -> LocalizedText.of(ja, nameEn.get())), k);
    }

    record DraftSummary(String id, String framework, String credential, String status, String format, String importedBy, LocalizedText name,
                        int targets) {
        static DraftSummary of(FrameworkImports.Draft d) {
            var v = d.tree().version();
            return new DraftSummary(v.id().value(), v.framework().value(), d.credential().id().value(), v.status().code(), d.format(),
                    d.importedBy(), v.name(), d.tree().targets().size());
        }
    }

    record DraftItem(String id, String kind, String parent, String domain, LocalizedText name) {
    }

    record DraftDetail(String id, String framework, String status, String supersedes, List<Map<String, Object>> domains, int targets,
                       List<DraftItem> items) {
        static DraftDetail of(FrameworkImports.Draft d) {
            var v = d.tree().version();
            return new DraftDetail(v.id().value(), v.framework().value(), v.status().code(), v.supersedes().map(Object::toString).orElse(null),
                    d.tree().domains().stream().map(x -> Map.<String, Object>of("id", x.id().value(), "name", x.name())).toList(),
                    d.tree().targets().size(), d.tree().targets().stream().map(t -> new DraftItem(t.id().value(), t.kind().code(),
                    t.parent().map(Object::toString).orElse(null), t.domain().value(), t.name())).toList());
        }
    }
}
