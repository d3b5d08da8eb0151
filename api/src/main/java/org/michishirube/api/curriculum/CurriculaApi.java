package org.michishirube.api.curriculum;

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
import org.michishirube.api.curriculum.CurriculumViews.CourseRequest;
import org.michishirube.api.curriculum.CurriculumViews.CourseSuggestions;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumRequest;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumSummary;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumView;
import org.michishirube.api.curriculum.CurriculumViews.Decision;
import org.michishirube.api.curriculum.CurriculumViews.ImportAnswer;
import org.michishirube.api.web.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Curricula and their courses: JSON edits, CSV import and export, and mapping suggestions; writes need an educator of the owner. */
@RequestMapping("/api/v1/curricula")
@Tag(name = "Curricula", description = "Curricula of universities and training schools, their courses and course–target mappings")
@ApiResponse(responseCode = "404", description = "An unknown curriculum, or a private one of another institution",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/not-found","title":"Not found","status":404,
                 "detail":"No curriculum has the id 'nope'.","instance":"/api/v1/curricula/nope","id":"nope"}""")))
interface CurriculaApi {

    String CURRICULUM_EXAMPLE = """
            {"id":"example-u.radiology-2025","institution":"example-u","name":{"ja":"診療放射線学科 2025年度","en":"Radiological technology 2025"},
             "visibility":"public","version":3,"courses":[{"code":"RT-301","title":{"ja":"医用画像情報学","en":"Medical imaging informatics"},
             "year":3,"semester":"first","hours":30,"credits":2.0,"syllabus":"DICOM規格とPACSの構成を学ぶ。",
             "mappings":[{"target":"miis.dicom.core","name":{"ja":"DICOMの基本概念","en":"DICOM fundamentals"},"depth":"reinforces","evidence":"第1-4回"}]}]}""";

    String IF_MATCH = "The ETag of the version you last read, e.g. \"v3\"; a stale one is refused with 412. Optional.";

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List curricula", description = "Every public curriculum, and the private ones of your institution, ordered by id.")
    @ApiResponse(responseCode = "200", description = "A page of curricula", content = @Content(examples = @ExampleObject("""
            {"items":[{"id":"example-u.radiology-2025","institution":"example-u","name":{"ja":"診療放射線学科 2025年度",
             "en":"Radiological technology 2025"},"visibility":"public","version":3,"courses":40,"mappings":161}],"page":0,"size":20,"total":1}""")))
    Mono<Page<CurriculumSummary>> list(
            @Parameter(description = "Only this institution's curricula") @RequestParam Optional<String> institution,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "20") int size);

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a curriculum", description = "Educators create curricula of the institution in their token; admins name "
            + "the institution. Courses may be given now or imported later from CSV. Visibility defaults to private.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "Created; the ETag carries its version", content = @Content(examples = @ExampleObject(CURRICULUM_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The id is taken", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<CurriculumView>> create(@RequestBody CurriculumRequest request);

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One curriculum", description = "With its courses and mappings; the ETag carries its version for If-Match.")
    @ApiResponse(responseCode = "200", description = "The curriculum", content = @Content(examples = @ExampleObject(CURRICULUM_EXAMPLE)))
    Mono<ResponseEntity<CurriculumView>> get(@Parameter(description = "Curriculum id, e.g. example-u.radiology-2025") @PathVariable String id);

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a curriculum", description = "Replaces name, visibility and all courses with their mappings, in one "
            + "transaction. Sending what is stored changes nothing and keeps the version.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The stored curriculum", content = @Content(examples = @ExampleObject(CURRICULUM_EXAMPLE)))
    @ApiResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<CurriculumView>> replace(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody CurriculumRequest request);

    @DeleteMapping(path = "/{id}")
    @Operation(summary = "Delete a curriculum", description = "With its courses and mappings.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "204", description = "Deleted", content = @Content(examples = @ExampleObject(name = "empty", value = "")))
    Mono<ResponseEntity<Void>> delete(@Parameter(description = "Curriculum id") @PathVariable String id,
                                      @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @TimedImport(ImportMetrics.Kind.CURRICULUM_CSV)
    @PostMapping(path = "/{id}/courses", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a curriculum with its courses from CSV", description = "Creates the curriculum and every course and "
            + "mapping of the file in one transaction: a file with bad rows is refused with every bad row and nothing is created, not "
            + "even the curriculum. Names default to the id; visibility to private. Columns in docs/curricula.md.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "Created with its courses; the ETag carries its version", content = @Content(examples = @ExampleObject("""
            {"curriculum":"example-u.radiology-2025","version":1,"changed":true,"rows":167,"courses":40,"mappings":161}""")))
    @ApiResponse(responseCode = "409", description = "The id is taken", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Bad rows; nothing was created", content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<ImportAnswer>> createWithCsv(@Parameter(description = "Curriculum id") @PathVariable String id,
                                                     @Parameter(description = "Name in Japanese (default: the id)") @RequestParam(required = false) String nameJa,
                                                     @Parameter(description = "Name in English (default: the Japanese name)") @RequestParam(required = false) String nameEn,
                                                     @Parameter(description = "public or private (default private)") @RequestParam(required = false) String visibility,
                                                     @Parameter(description = "The owning institution (admins only)") @RequestParam(required = false) String institution,
                                                     @RequestBody(required = false) byte[] csv);

    @TimedImport(ImportMetrics.Kind.CURRICULUM_CSV)
    @PutMapping(path = "/{id}/courses", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import all courses from CSV", description = "Replaces every course and mapping with the file's, all or nothing. "
            + "UTF-8, one row per course–target mapping; columns in docs/curricula.md. A file with bad rows is refused with every bad row "
            + "and nothing is stored. Importing the same file again changes nothing.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "What the import did", content = @Content(examples = @ExampleObject("""
            {"curriculum":"example-u.radiology-2025","version":2,"changed":true,"rows":167,"courses":40,"mappings":161}""")))
    @ApiResponse(responseCode = "422", description = "Bad rows; nothing was stored", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject("""
                    {"type":"https://michishirube.org/problems/invalid-csv","title":"The CSV file is invalid","status":422,
                     "detail":"2 bad row(s); nothing was stored.","rows":[{"row":4,"column":"target","reason":"No framework version has the target 'hit.it.nope'."},
                     {"row":9,"column":"depth","reason":"depth 'deep' is not one of introduces, reinforces, masters (or I, R, M)."}]}""")))
    Mono<ImportAnswer> importCsv(@Parameter(description = "Curriculum id") @PathVariable String id,
                                 @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                 @RequestBody(required = false) byte[] csv);

    @GetMapping(path = "/{id}/courses", produces = "text/csv")
    @Operation(summary = "Export all courses as CSV", description = "In the import format, so the file re-imports to the same curriculum.")
    @ApiResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv", examples = @ExampleObject("""
            course_code,title_ja,title_en,year,semester,hours,credits,syllabus,target,depth,evidence
            RT-301,医用画像情報学,Medical imaging informatics,3,前期,30,2,DICOM規格とPACSの構成を学ぶ。,miis.dicom.core,reinforces,第1-4回""")))
    Mono<ResponseEntity<byte[]>> exportCsv(@Parameter(description = "Curriculum id") @PathVariable String id);

    @PutMapping(path = "/{id}/courses/{code}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or replace one course", description = "With its mappings; a new course goes last.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The stored curriculum", content = @Content(examples = @ExampleObject(CURRICULUM_EXAMPLE)))
    Mono<ResponseEntity<CurriculumView>> putCourse(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "Course code, e.g. RT-301") @PathVariable String code,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody CourseRequest request);

    @DeleteMapping(path = "/{id}/courses/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remove one course", description = "With its mappings.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The stored curriculum", content = @Content(examples = @ExampleObject(CURRICULUM_EXAMPLE)))
    Mono<ResponseEntity<CurriculumView>> deleteCourse(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "Course code") @PathVariable String code,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);

    @GetMapping(path = "/{id}/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suggest mappings", description = "For each course, the targets its title and syllabus most likely address, best "
            + "first, from the full-text index (ja and en). Targets already mapped or rejected are left out.")
    @ApiResponse(responseCode = "200", description = "Suggestions per course", content = @Content(examples = @ExampleObject("""
            [{"course":"RT-303","title":{"ja":"放射線情報システム論","en":"Radiology information systems"},
              "suggestions":[{"target":"miis.pacs.ris","version":"miis@2011","name":{"ja":"放射線部門情報システム (RIS)","en":"Radiology information system (RIS)"},"score":4.213}]}]""")))
    Mono<List<CourseSuggestions>> suggestions(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "Framework versions to search (hit, miis@2011, …); default: every current version") @RequestParam Optional<List<String>> version,
            @Parameter(description = "Only this course") @RequestParam Optional<String> course,
            @Parameter(description = "Suggestions per course, 1 to 20") @RequestParam(defaultValue = "5") int limit);

    @PostMapping(path = "/{id}/courses/{code}/suggestions/{target}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a suggestion", description = "Maps the course to the target at the given depth (default introduces).",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The stored curriculum", content = @Content(examples = @ExampleObject(CURRICULUM_EXAMPLE)))
    Mono<ResponseEntity<CurriculumView>> accept(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "Course code") @PathVariable String code,
            @Parameter(description = "Target id, e.g. miis.pacs.ris") @PathVariable String target,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) Decision decision);

    @PostMapping(path = "/{id}/courses/{code}/suggestions/{target}/reject", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a suggestion", description = "Records that the course does not address the target, so it is not suggested again.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The stored curriculum", content = @Content(examples = @ExampleObject(CURRICULUM_EXAMPLE)))
    Mono<ResponseEntity<CurriculumView>> reject(
            @Parameter(description = "Curriculum id") @PathVariable String id,
            @Parameter(description = "Course code") @PathVariable String code,
            @Parameter(description = "Target id") @PathVariable String target,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch);
}

