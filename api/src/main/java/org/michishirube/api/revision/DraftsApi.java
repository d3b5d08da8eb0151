package org.michishirube.api.revision;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.config.OpenApiConfig;
import org.michishirube.api.revision.RevisionViews.AuditView;
import org.michishirube.api.revision.RevisionViews.CommentRequest;
import org.michishirube.api.revision.RevisionViews.CommentView;
import org.michishirube.api.revision.RevisionViews.DiffView;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.michishirube.api.revision.RevisionViews.EditAnswer;
import org.michishirube.api.revision.RevisionViews.OperationRequest;
import org.michishirube.api.revision.RevisionViews.ProposalOperationRequest;
import org.michishirube.api.revision.RevisionViews.PublishAnswer;
import org.michishirube.api.revision.RevisionViews.PublishRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/**
 * One draft revision: reading it, editing it with typed operations under If-Match, review (submit, reopen, approve by a
 * second steward) and publication, its impact, audit log and comments. Only stewards and admins see drafts.
 */
@RequestMapping("/api/v1/drafts/{draft}")
@Tag(name = "Revisions")
@ApiResponse(responseCode = "404", description = "No such draft, or you are not a steward", content = @Content(mediaType = "application/problem+json",
        examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/not-found","title":"Not found","status":404,
                 "detail":"No draft has the id 'miis@2026'.","instance":"/api/v1/drafts/miis@2026","id":"miis@2026"}""")))
interface DraftsApi {

    String DRAFT_EXAMPLE = """
            {"id":"miis@2026","framework":"miis","base":"miis@2011","status":"draft","revision":3,"author":"steward-a",
             "createdAt":"2026-04-01T01:00:00Z","updatedAt":"2026-04-01T01:05:00Z","name":{"ja":"医用画像情報専門技師 知識範囲","en":"MIIS knowledge scope"},
             "targetCount":77,"changes":{"added":1},"changelog":["Added miis.dicom.wsi-objects “DICOM WSI objects” under miis.dicom.objects"]}""";

    String IMPACT_EXAMPLE = """
            {"from":"miis@2011","to":"miis@2026","counts":{"changedTargets":3,"curricula":1,"plans":1,"roles":1},
             "curricula":[{"id":"example-u.radiology-2025","institution":"example-u","name":{"ja":"診療放射線学科 2025年度","en":"Radiological technology 2025"},
               "overallBefore":{"targets":60,"covered":31,"share":0.5167},"overallAfter":{"targets":62,"covered":32,"share":0.5161},
               "domains":[{"domain":"miis.pacs","name":{"ja":"RIS・PACS","en":"RIS and PACS"},"before":{"targets":10,"covered":7,"share":0.7},
                 "after":{"targets":11,"covered":8,"share":0.7273}}],
               "courses":[{"code":"RT-303","title":{"ja":"放射線情報システム論","en":"Radiology information systems"},
                 "mappings":[{"target":"miis.pacs.ris","depth":"masters","mapping":"split","proposed":["miis.pacs.ris-operations","miis.pacs.ris-orders"]}]}]}],
             "plans":[{"plan":"p-123","targets":[{"target":"miis.pacs.ris","mapping":"split","proposed":["miis.pacs.ris-operations","miis.pacs.ris-orders"]}]}],
             "roles":[{"role":"radiology-it","name":{"ja":"放射線部門 情報担当","en":"Radiology IT"},"needs":[{"target":"miis.pacs.ris","level":4,
               "importance":1.0,"mapping":"split","proposed":["miis.pacs.ris-operations","miis.pacs.ris-orders"]}]}]}""";

    String EDIT_EXAMPLE = """
            {"draft":"miis@2026","revision":4,"changes":["Split miis.pacs.ris “Radiology information system (RIS)” into …"],
             "state":{"id":"miis@2026","framework":"miis","base":"miis@2011","status":"draft","revision":4,"author":"steward-a",
              "createdAt":"2026-04-01T01:00:00Z","updatedAt":"2026-04-01T01:06:00Z","targetCount":78,"changes":{"added":1,"split":1}}}""";

    String DRAFT_PARAM = "Draft id: the version it will become, e.g. miis@2026";

    String IF_MATCH = "The draft's ETag as last read, e.g. \"d3\". Required: missing → 428, stale → 412.";
    String PROBLEM = "application/problem+json";
    String STALE = "Stale If-Match";
    String MISSING = "If-Match is missing";

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One draft", description = "Stewards and admins; 404 for anyone else. With its targets, its changes against the "
            + "base version, and its revision as the ETag for If-Match.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(DRAFT_EXAMPLE)))
    Mono<ResponseEntity<DraftView>> get(@Parameter(description = DRAFT_PARAM) @PathVariable String draft);

    @GetMapping(path = "/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Diff of a draft against its base", description = "The same shape as a framework diff.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The diff", content = @Content(examples = @ExampleObject(FrameworkRevisionsApi.DIFF_EXAMPLE)))
    Mono<DiffView> diff(@Parameter(description = DRAFT_PARAM) @PathVariable String draft);

    @GetMapping(path = "/impact", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Impact of a draft", description = "What publishing the draft would touch: curricula (coverage per domain before "
            + "and after, mappings of changed or retired targets with the proposed re-mapping), saved plans and role needs. Read it "
            + "before approving.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The impact", content = @Content(examples = @ExampleObject(IMPACT_EXAMPLE)))
    Mono<Impacts.ImpactView> impact(@Parameter(description = DRAFT_PARAM) @PathVariable String draft);

    @PostMapping(path = "/operations", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Apply an operation to a draft", description = "One typed operation (op: add, reword, adjust, move, split, replace, "
            + "merge, retire, link-prerequisite, unlink-prerequisite). It is validated first — no prerequisite cycle, no dangling "
            + "reference, both languages — and a rejected one changes nothing (422 with every reason). If-Match is required.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "Applied; the new ETag", content = @Content(examples = @ExampleObject(EDIT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A malformed operation", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The draft is not editable (in review or published)", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Rejected, with reasons and evidence", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject("""
                    {"type":"https://michishirube.org/problems/operation-rejected","title":"The draft operation was rejected","status":422,
                     "detail":"The operation was rejected for 1 reason(s); the draft is unchanged.",
                     "reasons":[{"reason":"prerequisite-cycle","message":"the prerequisites would form a cycle",
                       "evidence":["miis.dicom.iod-sop","miis.dicom.sr","miis.dicom.iod-sop"]}]}""")))
    @ApiResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<EditAnswer>> apply(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                           @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody(required = false) OperationRequest request);

    @PostMapping(path = "/operations/from-proposal", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Apply a proposal to a draft", description = "Turns a redefinition proposal (its id from GET "
            + "/api/v1/frameworks/{id}/proposals) into the draft operation it suggests, validated like any other. If-Match is required.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "Applied; the new ETag", content = @Content(examples = @ExampleObject(EDIT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "No proposal named", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Rejected by the draft editor", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<EditAnswer>> applyProposal(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                                   @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @RequestBody(required = false) ProposalOperationRequest request);

    @PostMapping(path = "/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a draft for review", description = "draft → in review; it can no longer be edited until reopened. "
            + "If-Match is required.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The draft in review", content = @Content(examples = @ExampleObject(DRAFT_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<DraftView>> submit(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                           @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @PostMapping(path = "/reopen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reopen a draft in review", description = "in review → draft, withdrawing any approval. If-Match is required.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(DRAFT_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not in review", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<DraftView>> reopen(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                           @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @PostMapping(path = "/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve a draft in review", description = "By a steward other than the author (four eyes). If-Match is required.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The approved draft", content = @Content(examples = @ExampleObject(DRAFT_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not in review, or you are its author", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<DraftView>> approve(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @PostMapping(path = "/publish", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish an approved draft", description = "In one transaction: the draft becomes the current version with its "
            + "effective date, the base version is retired (and stays readable), role needs follow the crosswalk, and — when asked — course "
            + "mappings and saved-plan references too; then the planner's snapshot is rebuilt. The report lists what could not be moved "
            + "(targets retired without successor). If-Match is required.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "Published", content = @Content(examples = @ExampleObject("""
            {"draft":{"id":"miis@2026","framework":"miis","base":"miis@2011","status":"published","revision":7,"author":"steward-a",
              "createdAt":"2026-04-01T01:00:00Z","updatedAt":"2026-04-02T03:00:00Z","approvedBy":"steward-b","targetCount":78},
             "report":{"published":"miis@2026","retired":"miis@2011","roleNeedsMoved":38,"roleNeedsDropped":[],"curriculumMappingsMoved":33,
              "curriculumMappingsLeft":[],"planReferencesMoved":5,"planReferencesLeft":[]}}""")))
    @ApiResponse(responseCode = "400", description = "A malformed effective date", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Not approved, or the graph would be inconsistent", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = MISSING, content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<PublishAnswer>> publish(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                                @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody(required = false) PublishRequest request);

    @GetMapping(path = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Audit log of a draft", description = "Every change: who (token subject), when, which operation as sent, and "
            + "the affected targets before and after. Stewards and admins.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The log, oldest first", content = @Content(examples = @ExampleObject("""
            [{"sequence":2,"at":"2026-04-01T01:05:00Z","actor":"steward-a","action":"operation","operation":{"op":"retire","target":"miis.ihe.ct"},
              "before":["miis.ihe.ct [sbo] 「IHE CT」 “IHE CT” in miis.ihe under miis.ihe"],"after":[],"revision":2}]""")))
    Mono<List<AuditView>> audit(@Parameter(description = DRAFT_PARAM) @PathVariable String draft);

    @GetMapping(path = "/comments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comments on a draft", description = "Reviewers' comments, oldest first. Stewards and admins.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The comments", content = @Content(examples = @ExampleObject("""
            [{"sequence":1,"at":"2026-04-01T02:00:00Z","author":"steward-b","text":"Please cite the JSRT guideline for the RIS split."}]""")))
    Mono<List<CommentView>> comments(@Parameter(description = DRAFT_PARAM) @PathVariable String draft);

    @PostMapping(path = "/comments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment on a draft", description = "For reviewers; a comment does not change the draft or its ETag.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "The comment", content = @Content(examples = @ExampleObject("""
            {"sequence":1,"at":"2026-04-01T02:00:00Z","author":"steward-b","text":"Please cite the JSRT guideline for the RIS split."}""")))
    @ApiResponse(responseCode = "400", description = "No text, or more than 4000 characters", content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<CommentView>> comment(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                              @RequestBody(required = false) CommentRequest request);
}

