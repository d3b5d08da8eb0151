package org.michishirube.api.planning;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.michishirube.api.planning.PlanViews.Named;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.core.model.LocalizedText;

/** The answers and bodies of the career-path API. */
final class CareerPathViews {

    private CareerPathViews() {
    }

    @Schema(description = "A model career path with its stages")
    record PathSummary(String id, LocalizedText name, LocalizedText description, List<StageSummary> stages, String verification,
                       String source, String note) {
    }

    @Schema(description = "A stage of a path: a role, a credential or both, typically reached some years from the start")
    record StageSummary(int index, LocalizedText name, Named role, Named credential, int typicalYear, String note) {
    }

    @Schema(description = "A model career path with what each stage needs, derived from the graph")
    record PathDetail(String id, LocalizedText name, LocalizedText description, List<StageDetail> stages, String verification,
                      String source, String note) {
    }

    @Schema(description = "A stage with its eligibility rule and the targets it needs: a credential's current framework version "
            + "(leaf targets at the exam level) and a role's needs (at their levels)")
    record StageDetail(int index, LocalizedText name, Named role, Named credential, int typicalYear, String note,
                       @Schema(description = "The credential's eligibility rule in words, if it has one") LocalizedText eligibility,
                       @Schema(description = "The fewest years of work the eligibility rule asks for") int minimumYearsOfWork,
                       @Schema(description = "The framework version whose targets the credential needs") String frameworkVersion,
                       List<StageTarget> targets,
                       @Schema(description = "Study hours from nothing to every target at its level (effort estimates)") int hours) {
    }

    record StageTarget(String id, LocalizedText name, @Schema(description = "The level needed, 1..4") int level) {
    }

    @Schema(description = "Where a learner stands on a path")
    record PositionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProfileBody profile,
            @Schema(description = "Roles the learner has or has had, by id: a stage that is only a role is reached by having it",
                    example = "[\"clinical-radiographer\"]") List<String> roles,
            @Schema(description = "The date to plan from (default today)") LocalDate today,
            @Schema(description = PlanningBodies.COUNT_SELF_ASSESSED) Boolean countSelfAssessed) {
    }

    @Schema(description = "The stage reached, the next one, and the plan to it")
    record PositionAnswer(Named path,
                          @Schema(description = "The furthest stage reached; null when none is") StageSummary reached,
                          @Schema(description = "The next stage; null at the top of the path") StageSummary next,
                          List<StagePosition> stages,
                          @Schema(description = "What the answer means, ja and en") LocalizedText summary,
                          @Schema(description = "The plan to the next stage (the planner's answer); null at the top") PlanAnswer plan) {
    }

    record StagePosition(int index, LocalizedText name, int typicalYear, boolean reached) {
    }

    @Schema(description = "Which model paths a curriculum prepares for, and how far")
    record SchoolReport(String curriculum, LocalizedText name, String institution, List<PathReport> paths) {
    }

    record PathReport(Named path, List<StageReport> stages,
                      @Schema(description = "What a graduate still needs for the first stage") FirstStage firstStage) {
    }

    @Schema(description = "One stage against the curriculum: its targets covered at the level the stage needs, and the study hours "
            + "a graduate saves on the way to it (a newcomer's plan minus a graduate's)")
    record StageReport(int index, LocalizedText name, int targets, int covered, double share,
                       @Schema(description = "Null when the graph cannot plan the stage (a licence outside it)") Integer planHoursNewcomer,
                       Integer planHoursGraduate, Integer hoursSaved) {
    }

    record FirstStage(int index, LocalizedText name, @Schema(description = "Null when the graph cannot plan the stage") Integer hours,
                      List<Named> steps) {
    }
}
