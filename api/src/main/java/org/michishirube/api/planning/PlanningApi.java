package org.michishirube.api.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.planning.PlanViews.FitAnswer;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanningBodies.PlanRequest;
import org.michishirube.api.planning.PlanningBodies.RoleFitRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import reactor.core.publisher.Mono;

/** Learning paths and role fit over the published snapshot (public; nothing is stored). */
@Tag(name = "Planning", description = "Learning paths and role fit (public, nothing is stored)")
@ApiResponse(responseCode = "400", description = "Malformed body or invalid fields, each named",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/validation-failed","title":"Validation failed","status":400,
                 "detail":"The request has 1 invalid field(s).","errors":[{"field":"profile.hoursPerWeek","message":"must be 1..80"}]}""")))
@ApiResponse(responseCode = "404", description = "An id the graph does not know, naming the field",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "422", description = "The goal is already reached, or cannot be planned (with the reason and its witness)",
        content = @Content(mediaType = "application/problem+json"))
interface PlanningApi {

    String MARKDOWN = "text/markdown";

    @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan a learning path",
            description = "From a profile (credentials held, mastered targets, experience, hours a week) to a goal (a credential, a role "
                    + "or targets): ordered steps with hours and the chain that makes each necessary, exam and waiting milestones in "
                    + "order, totals, and alternatives through other credentials. Ask for text/markdown to get it for people.")
    @ApiResponse(responseCode = "200", description = "The plan", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                    {"goal":{"kind":"credential","items":[{"id":"miis","name":{"ja":"医用画像情報専門技師","en":"Medical Imaging Information Specialist"}}]},
                     "steps":[{"index":1,"target":{"id":"miis.dicom.basics","name":{"ja":"DICOMの基礎","en":"DICOM basics"}},"framework":"miis",
                       "domain":"miis.imaging-standards","fromLevel":0,"toLevel":2,"hours":4,"why":[{"relation":"goal-credential","id":"miis"},{"relation":"contains","id":"miis.dicom.basics"}]}],
                     "milestones":[{"kind":"exam","credential":{"id":"miis"},"afterSteps":72,"earliest":"2027-09-30"}],
                     "totalHours":240,"weeks":48,"alternatives":[]}""")),
            @Content(mediaType = MARKDOWN, examples = @ExampleObject("# 学習計画 / Learning plan: 医用画像情報専門技師 (Medical Imaging Information Specialist)")),
            @Content(mediaType = PlanCalendar.MEDIA_TYPE, examples = @ExampleObject("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"))})
    Mono<PlanAnswer> plan(@RequestBody PlanRequest request);

    @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MARKDOWN)
    @Operation(summary = "Plan a learning path, as Markdown", description = "The same plan as text/markdown, Japanese and English side by side.")
    Mono<String> planAsMarkdown(@RequestBody PlanRequest request);

    @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = PlanCalendar.MEDIA_TYPE)
    @Operation(summary = "Plan a learning path, as a calendar", description = "The same plan as an iCalendar file (RFC 5545) for "
            + "calendar apps, in Asia/Tokyo: one all-day event per study week with its targets and hours, the exam days of each "
            + "sitting (projected ones say so), and each application deadline with an alarm a week before.")
    Mono<ResponseEntity<String>> planAsCalendar(@RequestBody PlanRequest request);

    @PostMapping(path = "/api/v1/role-fit", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rank roles for a profile",
            description = "Weighted coverage of each role's needs (importance × attained level / required level), the missing targets and "
                    + "the hours to close the gap. In second-career mode, roles in the families of the current roles are left out, and "
                    + "the needs of the current roles count as attained at their required level where the profile is lower "
                    + "(listed in `credited`), so the ranking shows which new roles build on the current one.")
    @ApiResponse(responseCode = "200", description = "Roles, best fit first", content = @Content(examples = @ExampleObject("""
            {"scope":"all-roles","excludedFamilies":[],"credited":[],"total":13,"roles":[{"role":{"id":"hospital-his-staff",
              "name":{"ja":"医療情報部/情報システム室 職員 (院内SE)","en":"Hospital medical-information department staff (in-house SE)"}},
              "family":"hospital-it","score":0.62,"hoursToClose":58,"missing":[{"target":{"id":"hit.sys.lifecycle.rfp"},"attained":0,"required":2,"importance":0.6}]}]}""")))
    Mono<FitAnswer> roleFit(@RequestBody RoleFitRequest request);
}

