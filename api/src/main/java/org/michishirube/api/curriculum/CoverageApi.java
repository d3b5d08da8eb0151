package org.michishirube.api.curriculum;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.curriculum.CurriculumViews.BenchmarkView;
import org.michishirube.api.curriculum.CurriculumViews.ComparisonView;
import org.michishirube.api.curriculum.CurriculumViews.CoverageView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Coverage reports: one curriculum against a framework version, against two versions, and all public curricula side by side. */
@Tag(name = "Coverage", description = "How curricula cover the targets of HIT, Senior HIT and MIIS")
@ApiResponse(responseCode = "404", description = "An unknown or invisible curriculum, or an unknown framework version",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/not-found","title":"Not found","status":404,
                 "detail":"No framework version has the id 'hit@2099'.","instance":"/api/v1/curricula/x/coverage","id":"hit@2099"}""")))
interface CoverageApi {

    @GetMapping(path = "/api/v1/curricula/{id}/coverage",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", "text/markdown", CoverageExports.XLSX})
    @Operation(summary = "Coverage of a curriculum", description = "Against one framework version, counted over leaf targets: per target "
            + "(covered, deepest depth, courses), per area and domain (share of targets, share of study hours), uncovered targets, targets "
            + "covered only at 'introduces', and courses that address nothing in this version. JSON, CSV (one row per target), "
            + "text/markdown or XLSX (courses × targets matrix) by the Accept header.")
    @ApiResponse(responseCode = "200", description = "The coverage", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CoverageView.class), examples = @ExampleObject("""
                    {"curriculum":"example-u.radiology-2025","version":"hit@fy2020","overall":{"id":"hit@fy2020","name":{"ja":"医療情報技師 GIO・SBOs (2020年度改訂)",
                     "en":"Healthcare Information Technologist GIO/SBOs (FY2020 revision)"},"targets":164,"covered":98,"share":0.598,"hours":345,
                     "coveredHours":214,"hourShare":0.62},"domains":[],"areas":[],"targets":[{"id":"hit.it.db.sql","name":{"ja":"関係データベースの操作 (関係代数・SQL)",
                     "en":"Relational database operations (relational algebra, SQL)"},"domain":"hit.it","area":"hit.it.db","hours":6,"covered":true,
                     "depth":"masters","courses":["RT-205"]}],"uncovered":["hit.med.ethics.geneva"],"introducedOnly":[],"idleCourses":["RT-109"]}""")),
            @Content(mediaType = "text/csv", examples = @ExampleObject("""
                    target,name_ja,name_en,domain,area,hours,covered,depth,courses
                    hit.it.db.sql,関係データベースの操作 (関係代数・SQL),"Relational database operations (relational algebra, SQL)",hit.it,hit.it.db,6,true,masters,RT-205""")),
            @Content(mediaType = "text/markdown", examples = @ExampleObject("# 診療放射線学科 2025年度 / Radiological technology 2025")),
            @Content(mediaType = CoverageExports.XLSX, examples = @ExampleObject(name = "workbook", value = "(binary: sheets Matrix, Domains and areas, Targets)"))})
    Mono<ResponseEntity<Object>> coverage(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "Framework version, e.g. hit@fy2020, or a framework id (hit, miis) for its current version") @RequestParam String version,
            @Parameter(description = "application/json (default), text/csv, text/markdown or the XLSX media type") @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept);

    @GetMapping(path = "/api/v1/curricula/{id}/coverage/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Coverage against two versions", description = "The same curriculum against an older and a newer version of one "
            + "framework, side by side per domain, with the leaf targets whose change moves the figures: added, retired, re-weighted, "
            + "or covered in one version only.")
    @ApiResponse(responseCode = "200", description = "The comparison", content = @Content(examples = @ExampleObject("""
            {"curriculum":"example-u.radiology-2025","from":"hit@pre-fy2020","to":"hit@fy2020","overallBefore":{"id":"hit@pre-fy2020","targets":159,"covered":95},
             "overallAfter":{"id":"hit@fy2020","targets":164,"covered":98},"domains":[],
             "movers":[{"target":"hit.it.analysis.bi","name":{"ja":"BIとデータの可視化","en":"Business intelligence and visualisation"},"change":"added",
             "before":null,"after":{"id":"hit.it.analysis.bi","covered":true,"depth":"reinforces","courses":["RT-403"]}}]}""")))
    @ApiResponse(responseCode = "400", description = "The versions belong to different frameworks", content = @Content(mediaType = "application/problem+json"))
    Mono<ComparisonView> compare(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "The older version, e.g. hit@pre-fy2020") @RequestParam String from,
            @Parameter(description = "The newer version, e.g. hit@fy2020; default: the current version of from's framework") @RequestParam(required = false) String to);

    @GetMapping(path = "/api/v1/benchmarks/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Benchmark of public curricula", description = "For one framework version, the coverage per domain of every public "
            + "curriculum, best overall first, and per domain the lowest, median and highest share, so a school sees where it stands.")
    @ApiResponse(responseCode = "200", description = "The benchmark", content = @Content(examples = @ExampleObject("""
            {"version":"hit@fy2020","curricula":2,"entries":[{"curriculum":"example-u.radiology-2025","institution":"example-u",
             "name":{"ja":"診療放射線学科 2025年度","en":"Radiological technology 2025"},"overall":{"id":"hit@fy2020","targets":164,"covered":98,"share":0.598},
             "domains":[]}],"domains":[{"domain":"hit.it","name":{"ja":"情報処理技術系","en":"Information technology"},"curricula":2,"min":0.41,"median":0.55,"max":0.69}]}""")))
    Mono<BenchmarkView> benchmark(
            @Parameter(description = "Framework version, e.g. hit@fy2020, or a framework id for its current version") @RequestParam String version);
}

