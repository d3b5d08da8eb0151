package org.michishirube.api.planning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.planning.PlanViews.FitAnswer;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanningBodies.PlanRequest;
import org.michishirube.api.planning.PlanningBodies.RoleFitRequest;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.core.fit.FitOutcome;
import org.michishirube.core.fit.FitScope;
import org.michishirube.core.fit.RoleFit;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanningOptions;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Planning", description = "Learning paths and role fit (public, nothing is stored)")
@ApiResponse(responseCode = "400", description = "Malformed body or invalid fields, each named",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/validation-failed","title":"Validation failed","status":400,
                 "detail":"The request has 1 invalid field(s).","errors":[{"field":"profile.hoursPerWeek","message":"must be 1..80"}]}""")))
@ApiResponse(responseCode = "404", description = "An id the graph does not know, naming the field",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "422", description = "The goal is already reached, or cannot be planned (with the reason and its witness)",
        content = @Content(mediaType = "application/problem+json"))
class PlanningController {

    static final String MARKDOWN = "text/markdown";

    private final Planning planning;

    PlanningController(Planning planning) {
        this.planning = planning;
    }

    @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan a learning path",
            description = "From a profile (credentials held, mastered targets, experience, hours a week) to a goal (a credential, a role "
                    + "or targets): ordered steps with hours and the chain that makes each necessary, exam and waiting milestones in "
                    + "order, totals, and alternatives through other credentials. Ask for text/markdown to get it for people.")
    @ApiResponse(responseCode = "200", description = "The plan", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                    {"goal":{"kind":"credential","items":[{"id":"miis","name":{"ja":"医用画像情報専門技師","en":"Medical Imaging Information Specialist"}}]},
                     "steps":[{"index":1,"target":{"id":"miis.dicom.basics","name":{"ja":"DICOMの基礎","en":"DICOM basics"}},"framework":"miis",
                       "fromLevel":0,"toLevel":2,"hours":4,"why":[{"relation":"goal-credential","id":"miis"},{"relation":"contains","id":"miis.dicom.basics"}]}],
                     "milestones":[{"kind":"exam","credential":{"id":"miis"},"afterSteps":72,"earliest":"2027-09-30"}],
                     "totalHours":240,"weeks":48,"alternatives":[]}""")),
            @Content(mediaType = MARKDOWN, examples = @ExampleObject("# 学習計画 / Learning plan: 医用画像情報専門技師 (Medical Imaging Information Specialist)"))})
    PlanAnswer plan(@RequestBody PlanRequest request) {
        if (request == null) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with profile and goal is required.");
        }
        return planning.plan(request.profile(), request.goal(), request.alternatives(), request.today(), request.countSelfAssessed());
    }

    @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MARKDOWN)
    @Operation(summary = "Plan a learning path, as Markdown", description = "The same plan as text/markdown, Japanese and English side by side.")
    String planAsMarkdown(@RequestBody PlanRequest request) {
        return PlanMarkdown.render(plan(request));
    }

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
    FitAnswer roleFit(@RequestBody RoleFitRequest request) {
        if (request == null) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "A JSON body with a profile is required.");
        }
        CompetencyGraph g = planning.graph();
        ProfileReader reader = new ProfileReader(g, planning.today());
        LearnerProfile read = reader.profile(request.profile(), "profile");
        FitScope scope = FitScope.allRoles();
        if (request.secondCareer() != null) {
            List<String> roles = request.secondCareer().currentRoles() == null ? List.of() : request.secondCareer().currentRoles();
            List<String> families = request.secondCareer().currentFamilies() == null ? List.of() : request.secondCareer().currentFamilies();
            for (int i = 0; i < roles.size(); i++) {
                String r = roles.get(i);
                if (r == null || !RoleId.isWellFormed(r) || g.role(new RoleId(r)).isEmpty()) {
                    throw new ApiException(ProblemType.NOT_FOUND, "No role has the id '" + r + "'.",
                            Map.of("field", "secondCareer.currentRoles[" + i + "]"));
                }
            }
            scope = new FitScope.SecondCareer(roles.stream().map(RoleId::new).collect(java.util.stream.Collectors.toSet()), Set.copyOf(families));
        }
        Integer limit = request.limit();
        if (limit != null && (limit < 1 || limit > 200)) {
            throw ApiException.invalidParameter("limit", "limit must be 1..200, was " + limit + ".");
        }
        reader.failIfAny();
        LearnerProfile profile = Planning.counted(read, request.countSelfAssessed());
        FitOutcome outcome = RoleFit.weightedCoverage().rank(g, profile, scope, PlanningOptions.defaults(planning.today()));
        if (outcome instanceof FitOutcome.Rejected rejected) {
            throw new ApiException(ProblemType.UNPLANNABLE, rejected.explanation(),
                    Map.of("reason", rejected.reason().code(), "witness", rejected.witness()));
        }
        var ranking = ((FitOutcome.Ranked) outcome).ranking();
        var entries = ranking.entries().stream().limit(limit == null ? Integer.MAX_VALUE : limit).map(e -> PlanViews.of(e, g)).toList();
        return new FitAnswer(scope instanceof FitScope.SecondCareer ? "second-career" : "all-roles",
                ranking.excludedFamilies().stream().sorted().toList(),
                ranking.credited().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(c -> new PlanViews.CreditView(PlanViews.target(g, c.getKey()), c.getValue())).toList(),
                ranking.entries().size(), entries);
    }
}
