package org.michishirube.api.interop;

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
import org.michishirube.data.interop.RoleImports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** CASE and CTDL exports of public versions and credentials, and stewards' role imports; framework imports are drafts (DraftImportsApi). */
@Tag(name = "Interoperability", description = "CASE and CTDL exports (public), CASE and role imports (steward)")
@ApiResponse(responseCode = "404", description = "An unknown framework, version or draft", content = @Content(mediaType = "application/problem+json"))
interface InteropApi {

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
                                ServerHttpRequest request);

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
                                   ServerHttpRequest request);

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
    Mono<ObjectNode> ctdlCredential(@Parameter(description = "Credential id, e.g. hit") @PathVariable String id, ServerHttpRequest request);

    @TimedImport(ImportMetrics.Kind.ROLES_CSV)
    @PostMapping(path = "/api/v1/interop/roles", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import roles and their needs from CSV (steward)",
            description = "One row per need, columns by header name: role_id, role_name_ja, role_name_en, family, target_id, level (1–4), "
                    + "importance (0–1), and optionally role_description_ja, role_description_en, source, verification. Targets must be in "
                    + "a current framework version. All or nothing: every faulty row is reported with its line. Imported roles are public at "
                    + "once; importing a role id again replaces that role; reference roles cannot be replaced.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
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
    Mono<RoleImports.Report> importRoles(@RequestBody String csv, Authentication who);

    @DeleteMapping("/api/v1/interop/roles/{id}")
    @Operation(summary = "Delete an imported role (steward)", description = "Only roles that an import created; reference roles stay.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a steward", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<Void>> deleteRole(@Parameter(description = "Id of an imported role") @PathVariable String id);
}

