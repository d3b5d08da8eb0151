package org.michishirube.api.planning;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.planning.CareerPathViews.PathDetail;
import org.michishirube.api.planning.CareerPathViews.PathSummary;
import org.michishirube.api.planning.CareerPathViews.PositionAnswer;
import org.michishirube.api.planning.CareerPathViews.PositionRequest;
import org.michishirube.api.planning.CareerPathViews.SchoolReport;
import org.michishirube.api.web.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Model career paths: the catalogue, where a learner stands on a path, and which paths a curriculum prepares for. */
@Tag(name = "Career paths", description = "Model career paths from university or a first job through the credentials (public reads)")
@ApiResponse(responseCode = "404", description = "An unknown career path, curriculum, role or credential, naming the field",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/not-found","title":"Not found","status":404,
                 "detail":"No career path has the id 'nope'.","instance":"/api/v1/career-paths/nope","code":"not-found","params":{},"id":"nope"}""")))
interface CareerPathsApi {

    @GetMapping(path = "/api/v1/career-paths", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List model career paths", description = "The ladders people typically climb (a role, a credential or both per "
            + "stage, with typical years from the start), each with its source and verification level, ordered by id.")
    @ApiResponse(responseCode = "200", description = "A page of paths", content = @Content(examples = @ExampleObject("""
            {"items":[{"id":"radiological-technologist-ladder","name":{"ja":"診療放射線技師から病院情報部門の長へ","en":"From radiological technologist to head of hospital IT"},
              "stages":[{"index":0,"name":{"ja":"診療放射線技師","en":"Radiological technologist"},"role":{"id":"clinical-radiographer"},
              "credential":{"id":"radiological-technologist"},"typicalYear":0}],"verification":"inferred"}],"page":0,"size":20,"total":5}""")))
    Page<PathSummary> list(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "20") int size);

    @GetMapping(path = "/api/v1/career-paths/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One career path", description = "Its stages with what each needs, derived from the graph: a credential's "
            + "eligibility rule (and the fewest years of work it asks for) and the leaf targets of its current framework version at the "
            + "exam level; a role's needs at their levels; and the study hours from nothing.")
    @ApiResponse(responseCode = "200", description = "The path", content = @Content(examples = @ExampleObject("""
            {"id":"radiological-technologist-ladder","stages":[{"index":4,"name":{"ja":"上級医療情報技師","en":"Senior Healthcare Information Technologist"},
              "credential":{"id":"senior-hit"},"typicalYear":9,"eligibility":{"ja":"医療情報技師の取得、かつ…","en":"hold Healthcare Information Technologist and …"},
              "minimumYearsOfWork":5,"frameworkVersion":"senior-hit@1.6","targets":[{"id":"senior-hit.data-use.kpi","level":2}],"hours":210}]}""")))
    PathDetail detail(@Parameter(description = "Career path id") @PathVariable String id);

    @GetMapping(path = "/api/v1/career-paths/{id}", produces = "application/ld+json")
    @Operation(summary = "One career path, as CTDL", description = "The path as a CTDL ceterms:Pathway: each credential stage a "
            + "CredentialComponent, each role a JobComponent, the years of work a credential's eligibility asks for a "
            + "WorkExperienceComponent; each component's ceasn:hasChild is what comes before it, asked for by a ComponentCondition; "
            + "the last stage is the destination component.")
    @ApiResponse(responseCode = "200", description = "The pathway", content = @Content(mediaType = "application/ld+json", examples = @ExampleObject("""
            {"@context":"https://credreg.net/ctdl/schema/context/json","@graph":[{"@type":"ceterms:Pathway",
              "ceterms:name":{"ja":"診療放射線技師から病院情報部門の長へ","en":"From radiological technologist to head of hospital IT"},
              "ceterms:hasDestinationComponent":"…"},{"@type":"ceterms:CredentialComponent","ceterms:credentialType":"ceterms:Certification"}]}""")))
    tools.jackson.databind.node.ObjectNode pathway(@Parameter(description = "Career path id") @PathVariable String id,
                                                  org.springframework.http.server.reactive.ServerHttpRequest request);

    @PostMapping(path = "/api/v1/career-paths/{id}/position", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Where am I on a path", description = "From a profile (the same body as a plan's, completed curricula included) "
            + "and the roles the learner has had: the furthest stage reached (a credential stage by holding it, a role-only stage by "
            + "having the role), the next stage, and the planner's plan to it. Ask for text/markdown to get it for people.")
    @ApiResponse(responseCode = "200", description = "The position", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                    {"path":{"id":"radiological-technologist-ladder"},"reached":{"index":0,"name":{"ja":"診療放射線技師","en":"Radiological technologist"}},
                     "next":{"index":1,"name":{"ja":"医療情報技師","en":"Healthcare Information Technologist"},"credential":{"id":"hit"}},
                     "summary":{"ja":"現在は「診療放射線技師」の段階です。次は「医療情報技師」（学習 約120時間）。","en":"You are at the stage “Radiological technologist”; next is “Healthcare Information Technologist” (about 120 hours of study)."},
                     "plan":{"totalHours":120,"steps":[]}}""")),
            @Content(mediaType = PlanningApi.MARKDOWN, examples = @ExampleObject("# キャリアパス / Career path: …"))})
    @ApiResponse(responseCode = "400", description = "Malformed body or invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    Mono<PositionAnswer> position(@Parameter(description = "Career path id") @PathVariable String id, @RequestBody PositionRequest request);

    @PostMapping(path = "/api/v1/career-paths/{id}/position", consumes = MediaType.APPLICATION_JSON_VALUE, produces = PlanningApi.MARKDOWN)
    @Operation(summary = "Where am I on a path, as Markdown", description = "The same answer as text/markdown: the ladder with the stage "
            + "reached marked, then the plan to the next stage, Japanese and English side by side.")
    Mono<String> positionAsMarkdown(@Parameter(description = "Career path id") @PathVariable String id, @RequestBody PositionRequest request);

    @GetMapping(path = "/api/v1/curricula/{id}/career-paths",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", "text/markdown", CareerPathExports.XLSX})
    @Operation(summary = "Career paths a curriculum prepares for", description = "For every model path and stage: the stage's targets "
            + "the curriculum covers at the level the stage needs (share), and the study hours a graduate saves on the way to the stage "
            + "(a newcomer's plan minus a graduate's); and what a graduate still needs for the first stage. A public curriculum, or a "
            + "private one for its own institution's educators. JSON, CSV (one row per stage), text/markdown or XLSX by the Accept header.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SchoolReport.class), examples = @ExampleObject("""
                    {"curriculum":"example-u.radiology-2025","paths":[{"path":{"id":"radiological-technologist-ladder"},"stages":[{"index":1,
                     "name":{"ja":"医療情報技師","en":"Healthcare Information Technologist"},"targets":164,"covered":98,"share":0.598,
                     "planHoursNewcomer":820,"planHoursGraduate":560,"hoursSaved":260}],"firstStage":{"index":0,"hours":12,"steps":[]}}]}""")),
            @Content(mediaType = "text/csv", examples = @ExampleObject("path,stage,name_ja,name_en,targets,covered,share,plan_hours_newcomer,plan_hours_graduate,hours_saved")),
            @Content(mediaType = "text/markdown", examples = @ExampleObject("# キャリアパス準備度 / Career-path readiness: …")),
            @Content(mediaType = CareerPathExports.XLSX, examples = @ExampleObject(name = "workbook", value = "(binary: sheet Stages)"))})
    Mono<ResponseEntity<Object>> school(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "The date to plan from (default today)") @RequestParam(required = false) LocalDate today,
            @Parameter(description = "application/json (default), text/csv, text/markdown or the XLSX media type") @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept);
}
