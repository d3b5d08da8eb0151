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
import org.michishirube.api.config.OpenApiConfig;
import org.michishirube.api.revision.RevisionViews.DiffView;
import org.michishirube.api.revision.RevisionViews.DraftRequest;
import org.michishirube.api.revision.RevisionViews.DraftView;
import org.michishirube.api.revision.RevisionViews.ProposalsView;
import org.michishirube.api.revision.RevisionViews.ReviewView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** A framework's revisions as a whole: diffs of published versions, drafts, impact, proposals and review status. */
@RequestMapping("/api/v1/frameworks/{id}")
@Tag(name = "Revisions", description = "Framework revisions: diffs, drafts, review and publication, impact, proposals")
@ApiResponse(responseCode = "404", description = "An unknown framework or version", content = @Content(mediaType = "application/problem+json",
        examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/not-found","title":"Not found","status":404,
                 "detail":"No framework has the id 'nope'.","instance":"/api/v1/frameworks/nope/diff","id":"nope"}""")))
interface FrameworkRevisionsApi {

    String DIFF_EXAMPLE = """
            {"framework":"miis","from":"miis@2011","to":"miis@2026","changes":[{"kind":"added","subject":"miis.dicom.wsi-objects",
              "domain":"miis.imaging-standards","text":{"ja":"追加: miis.dicom.wsi-objects「DICOM WSIオブジェクト」","en":"Added miis.dicom.wsi-objects “DICOM WSI objects”"},
              "after":{"id":"miis.dicom.wsi-objects","name":{"ja":"DICOM WSIオブジェクト","en":"DICOM WSI objects"},"kind":"topic",
              "domain":"miis.imaging-standards","parent":"miis.dicom.objects"}}],
             "crosswalk":[{"from":"miis.pacs.ris","to":["miis.pacs.ris-operations","miis.pacs.ris-orders"],"mapping":"split","note":"too broad"}],
             "counts":{"total":3,"byKind":{"added":1,"split":1,"relinked":1},"byDomain":{"miis.pacs":{"split":1,"relinked":1}}},
             "changelog":{"title":{"ja":"miis@2011 から miis@2026 への変更","en":"Changes from miis@2011 to miis@2026"},
              "ja":["追加: miis.dicom.wsi-objects「DICOM WSIオブジェクト」"],"en":["Added miis.dicom.wsi-objects “DICOM WSI objects”"]}}""";

    String VERSION_PARAM = "A version label (2011), full id (miis@2011) or 'current'";

    @GetMapping(path = "/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Diff two versions", description = "The typed changes from one published or retired version to another, "
            + "the old → new crosswalk (one entry per old target), counts per kind and per domain, and the changelog in ja and en. "
            + "Public. Ask for text/markdown for the changelog as Markdown.")
    @ApiResponse(responseCode = "200", description = "The diff", content = @Content(examples = @ExampleObject(DIFF_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A malformed version", content = @Content(mediaType = "application/problem+json"))
    DiffView diff(@Parameter(description = "Framework id, e.g. miis") @PathVariable String id,
                  @Parameter(description = VERSION_PARAM + "; default: the version 'to' supersedes") @RequestParam Optional<String> from,
                  @Parameter(description = VERSION_PARAM + "; default: current") @RequestParam Optional<String> to);

    @GetMapping(path = "/diff", produces = "text/markdown")
    @Operation(summary = "Diff two versions, as Markdown", description = "The changelog as Markdown in one language, a section per kind.")
    @ApiResponse(responseCode = "200", description = "The changelog", content = @Content(mediaType = "text/markdown",
            examples = @ExampleObject("## Changes from miis@2011 to miis@2026\n\n### Added (1)\n\n- Added miis.dicom.wsi-objects “DICOM WSI objects”\n")))
    String diffAsMarkdown(@Parameter(description = "Framework id, e.g. miis") @PathVariable String id,
                          @Parameter(description = VERSION_PARAM + "; default: the version 'to' supersedes") @RequestParam Optional<String> from,
                          @Parameter(description = VERSION_PARAM + "; default: current") @RequestParam Optional<String> to,
                          @Parameter(description = "ja or en (default ja)") @RequestParam(defaultValue = "ja") String lang);

    @GetMapping(path = "/impact", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Impact of going from one version to another", description = "Stewards and admins. The curricula whose "
            + "coverage changes (per domain before and after, the mappings that point at changed or retired targets with the "
            + "crosswalk's proposed re-mapping), the saved learner plans that reference changed targets of 'from', and the roles whose "
            + "needs point at them.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The impact", content = @Content(examples = @ExampleObject(DraftsApi.IMPACT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A malformed version", content = @Content(mediaType = "application/problem+json"))
    Mono<Impacts.ImpactView> impact(@Parameter(description = "Framework id, e.g. miis") @PathVariable String id,
                                    @Parameter(description = VERSION_PARAM + "; default: the version 'to' supersedes") @RequestParam Optional<String> from,
                                    @Parameter(description = VERSION_PARAM + "; default: current") @RequestParam Optional<String> to);

    @PostMapping(path = "/drafts", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a draft revision", description = "Stewards and admins. Copies the current published version into a draft "
            + "of the new version (label, e.g. 2026). The ETag carries the draft's revision for If-Match.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "The draft", content = @Content(examples = @ExampleObject(DraftsApi.DRAFT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The version exists already", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<DraftView>> create(@Parameter(description = "Framework id, e.g. miis") @PathVariable String id,
                                           @RequestBody(required = false) DraftRequest request);

    @GetMapping(path = "/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Drafts of a framework", description = "Stewards and admins; to anyone else drafts do not exist (404). Newest "
            + "first, published ones included as history.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The drafts", content = @Content(examples = @ExampleObject("[" + DraftsApi.DRAFT_EXAMPLE + "]")))
    Mono<List<DraftView>> drafts(@Parameter(description = "Framework id, e.g. miis") @PathVariable String id);

    @GetMapping(path = "/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Redefinition proposals", description = "Public. Evidence-ranked proposals for the current version: targets "
            + "roles need that are missing, emerging areas, near-duplicates, unused subtrees and rarely taught leaves (usage from every "
            + "curriculum in the graph, as counts). Each has its evidence figures and a suggested draft operation; a steward applies one "
            + "with POST /api/v1/drafts/{draft}/operations/from-proposal.")
    @ApiResponse(responseCode = "200", description = "The proposals", content = @Content(examples = @ExampleObject("""
            {"framework":"miis","version":"miis@2011","curricula":1,"counts":{"unused":3},"proposals":[{"id":"unused:miis.ihe.ct",
              "kind":"unused","subject":"miis.ihe.ct","score":2.0,"evidence":{"ja":"…","en":"miis.ihe.ct … is needed by no role and taught by no curriculum"},
              "suggestedOperation":{"op":"retire","target":"miis.ihe.ct"}}]}""")))
    Mono<ProposalsView> proposals(@Parameter(description = "Framework id, e.g. miis") @PathVariable String id);

    @GetMapping(path = "/review-status", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Review status", description = "Public. When the current version's next review is due (effective date plus the "
            + "framework's review cycle), the state (not-due, due-soon within 180 days, overdue, unknown) and the proposals accumulated "
            + "since, per kind.")
    @ApiResponse(responseCode = "200", description = "The status", content = @Content(examples = @ExampleObject("""
            {"framework":"hit","version":"hit@fy2020","reviewCycleYears":5,"effectiveDate":"2022-03-01","due":"2027-03-01","state":"not-due",
             "daysUntilDue":420,"accumulated":{"add-candidate":0,"emerging-area":1,"near-duplicate":0,"unused":4,"rarely-taught":0},"total":5,
             "explanation":{"ja":"見直し期限は 2027-03-01、あと 420 日(提案 5 件)","en":"The review is due on 2027-03-01, in 420 day(s) (5 proposal(s))"}}""")))
    Mono<ReviewView> reviewStatus(@Parameter(description = "Framework id, e.g. hit") @PathVariable String id);
}

