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
import org.michishirube.api.revision.CareerPathDrafting.CareerPathDraftRequest;
import org.michishirube.api.revision.CareerPathDrafting.CareerPathDraftView;
import org.michishirube.api.revision.CareerPathDrafting.CareerPathEditRequest;
import org.michishirube.api.revision.RevisionViews.AuditView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/**
 * Stewards' drafts of model career paths: the lifecycle of framework drafts (draft → in review → approval by a second
 * steward → publish, each under If-Match, audit logged) for the paths of GET /api/v1/career-paths.
 */
@RequestMapping(CareerPathDrafting.BASE)
@Tag(name = "Revisions")
@ApiResponse(responseCode = "404", description = "No such draft, or you are not a steward", content = @Content(mediaType = DraftsApi.PROBLEM))
interface CareerPathDraftsApi {

    String EXAMPLE = """
            {"id":"vendor-engineer-imaging@1","path":"vendor-engineer-imaging","status":"in-review","revision":3,"author":"steward-a",
             "createdAt":"2026-12-05T01:00:00Z","updatedAt":"2026-12-05T01:10:00Z","approvedBy":"steward-b","retires":false,
             "proposed":{"id":"vendor-engineer-imaging","name":{"ja":"ベンダーSEから画像情報の専門家へ","en":"From vendor engineer to imaging-information specialist"},
              "description":{"ja":"ベンダーSEが医療情報技師を取り、医用画像情報専門技師へ。","en":"A vendor engineer earns HIT, then MIIS."},
              "stages":[{"name":{"ja":"医療情報システムベンダーSE","en":"Healthcare IT vendor engineer"},"role":"vendor-se","typicalYear":0},
               {"name":{"ja":"医療情報技師","en":"Healthcare Information Technologist"},"credential":"hit","typicalYear":1}],
              "source":"https://confit.atlas.jp/guide/organizer/jcmi/jcmi2020/ § holders and their roles","verification":"inferred"},
             "changes":["stage 2: 医療情報技師 / Healthcare Information Technologist (credential hit, year 2) → 医療情報技師 / Healthcare Information Technologist (credential hit, year 1)"]}""";
    String DRAFT_PARAM = "Draft id: the path and the how-manieth draft of it, e.g. vendor-engineer-to-miis@1";

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Drafts of career paths", description = "Stewards and admins; to anyone else drafts do not exist (404). Open "
            + "drafts first, then published ones as history.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The drafts", content = @Content(examples = @ExampleObject("[" + EXAMPLE + "]")))
    Mono<List<CareerPathDraftView>> drafts();

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a draft of a career path", description = "Stewards and admins. {\"path\": {…}} adds a path or, when its id "
            + "is published, revises it; {\"retire\": \"<id>\"} retires a published path. The path is checked against the published graph: "
            + "every role and credential exists, a credential comes after those it requires and not before the years of work it asks for "
            + "(422 naming the stage and field). One open draft per path (409 draft-open). Nothing is public until a second steward "
            + "approved and the draft is published.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "The draft; Location is its address, the ETag its revision",
            content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields, each with field, code and message", content = @Content(mediaType = DraftsApi.PROBLEM))
    @ApiResponse(responseCode = "409", description = "The path has an open draft, or there is no published path to retire",
            content = @Content(mediaType = DraftsApi.PROBLEM))
    @ApiResponse(responseCode = "422", description = "The path contradicts the graph", content = @Content(mediaType = DraftsApi.PROBLEM))
    Mono<ResponseEntity<CareerPathDraftView>> create(@RequestBody(required = false) CareerPathDraftRequest request);

    @GetMapping(path = "/{draft}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One draft of a career path", description = "Stewards and admins; 404 for anyone else. The proposed path, the "
            + "path it revises and the changes between them.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(EXAMPLE)))
    Mono<ResponseEntity<CareerPathDraftView>> get(@Parameter(description = DRAFT_PARAM) @PathVariable String draft);

    @PutMapping(path = "/{draft}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace what a draft proposes", description = "Only while in editing (draft). {\"path\": {…}} with the same id, "
            + "or {\"retire\": true}. Checked as on creation.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "412", description = DraftsApi.STALE, content = @Content(mediaType = DraftsApi.PROBLEM))
    @ApiResponse(responseCode = "428", description = DraftsApi.MISSING, content = @Content(mediaType = DraftsApi.PROBLEM))
    Mono<ResponseEntity<CareerPathDraftView>> edit(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                         @Parameter(description = DraftsApi.IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @RequestBody(required = false) CareerPathEditRequest request);

    @PostMapping(path = "/{draft}/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a career-path draft for review", description = "draft → in review. If-Match is required.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = DraftsApi.PROBLEM))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(EXAMPLE)))
    Mono<ResponseEntity<CareerPathDraftView>> submit(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                           @Parameter(description = DraftsApi.IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @PostMapping(path = "/{draft}/reopen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reopen a career-path draft in review", description = "in review → draft, withdrawing any approval.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "409", description = "Not in review", content = @Content(mediaType = DraftsApi.PROBLEM))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(EXAMPLE)))
    Mono<ResponseEntity<CareerPathDraftView>> reopen(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                           @Parameter(description = DraftsApi.IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @PostMapping(path = "/{draft}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve a career-path draft", description = "By a steward other than the author (four eyes; 409 same-steward).",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "409", description = "Not in review, or the author approving", content = @Content(mediaType = DraftsApi.PROBLEM))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(EXAMPLE)))
    Mono<ResponseEntity<CareerPathDraftView>> approve(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                            @Parameter(description = DraftsApi.IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @PostMapping(path = "/{draft}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish an approved career-path draft", description = "In one transaction: the path is written (or retired), the "
            + "graph revision raised (other instances reload) and the read snapshot rebuilt; GET /api/v1/career-paths shows it at once. A "
            + "reload of the reference dataset keeps it.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "409", description = "Not approved", content = @Content(mediaType = DraftsApi.PROBLEM))
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(examples = @ExampleObject(EXAMPLE)))
    Mono<ResponseEntity<CareerPathDraftView>> publish(@Parameter(description = DRAFT_PARAM) @PathVariable String draft,
                                            @Parameter(description = DraftsApi.IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @GetMapping(path = "/{draft}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Audit log of a career-path draft", description = "Every write: who, when, the action, and the path before and "
            + "after, one line per stage.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The log, oldest first", content = @Content(examples = @ExampleObject("""
            [{"sequence":1,"at":"2026-12-05T01:00:00Z","actor":"steward-a","action":"create","before":["vendor-engineer-imaging 「ベンダーSEから画像情報の専門家へ」 “From vendor engineer to imaging-information specialist” [inferred]"],
              "after":["vendor-engineer-imaging 「ベンダーSEから画像情報の専門家へ」 “From vendor engineer to imaging-information specialist” [inferred]",
               "1. 医療情報システムベンダーSE / Healthcare IT vendor engineer (role vendor-se, year 0)"],"revision":1}]""")))
    Mono<List<AuditView>> audit(@Parameter(description = DRAFT_PARAM) @PathVariable String draft);
}
