package org.michishirube.api.browse;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.browse.Views.CredentialDetail;
import org.michishirube.api.browse.Views.CredentialStatistics;
import org.michishirube.api.browse.Views.CredentialSummary;
import org.michishirube.api.browse.Views.FrameworkView;
import org.michishirube.api.browse.Views.RoleDetail;
import org.michishirube.api.browse.Views.RoleSummary;
import org.michishirube.api.browse.Views.TargetDetail;
import org.michishirube.api.browse.Views.TargetTree;
import org.michishirube.api.browse.Views.VersionView;
import org.michishirube.api.web.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public browse API: credentials, frameworks and their targets, roles and exam statistics, read from the published snapshot. */
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Browse", description = "Credentials, frameworks, targets, roles and exam statistics (public)")
@ApiResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "An unknown id", content = @Content(mediaType = "application/problem+json",
        examples = @ExampleObject("""
                {"type":"https://michishirube.org/problems/not-found","title":"Not found","status":404,
                 "detail":"No credential has the id 'nope'.","instance":"/api/v1/credentials/nope","id":"nope"}""")))
interface BrowseApi {

    String FRAMEWORK_EXAMPLE = """
            {"id":"hit","name":{"ja":"医療情報技師 到達目標 (GIO・SBO)","en":"HIT competency targets (GIO/SBO)"},"credential":"hit",
             "reviewCycleYears":5,"currentVersion":"hit@fy2020","domains":[{"id":"hit.it","name":{"ja":"情報処理技術系","en":"Information processing technology"}}],
             "versions":[{"id":"hit@fy2020","status":"published","current":true,"targetCount":200}]}""";

    @GetMapping("/credentials")
    @Operation(summary = "List credentials", description = "HIT, Senior HIT, MIIS and the related credentials, ordered by id.")
    @ApiResponse(responseCode = "200", description = "A page of credentials", content = @Content(examples = @ExampleObject("""
            {"items":[{"id":"hit","name":{"ja":"医療情報技師","en":"Healthcare Information Technologist"},"abbreviation":"HIT",
              "kind":"private","issuer":{"ja":"一般社団法人日本医療情報学会","en":"Japan Association for Medical Informatics"},
              "since":2003,"framework":"hit","verification":"corroborated"}],"page":0,"size":20,"total":15}""")))
    Page<CredentialSummary> credentials(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "20") int size);

    @GetMapping("/credentials/{id}")
    @Operation(summary = "One credential", description = "With its eligibility rules, its framework and versions, the roles it suits "
            + "and the credentials it leads to. The rules are read together (AND); a rule is a credential to hold, years of a kind "
            + "of work (or any amount of it), or a group: allOf (every condition) or anyOf (one of them). eligibilityText says "
            + "the whole rule in ja and en.")
    @ApiResponse(responseCode = "200", description = "The credential", content = @Content(examples = @ExampleObject("""
            {"id":"senior-hit","name":{"ja":"上級医療情報技師","en":"Senior Healthcare Information Technologist"},
             "eligibility":[{"kind":"credential","credential":{"id":"hit","name":{"ja":"医療情報技師","en":"Healthcare Information Technologist"}}},
                            {"kind":"anyOf","conditions":[{"kind":"experience","experience":"healthcare-is","years":5},
                              {"kind":"allOf","conditions":[{"kind":"experience","experience":"general-is","years":5},
                                {"kind":"experience","experience":"healthcare-is","anyAmount":true}]}]}],
             "eligibilityText":{"ja":"医療情報技師の取得、かつ（医療情報システム業務5年以上、または（情報処理業務5年以上、かつ医療情報システム業務の経験（期間不問）））",
                                "en":"hold Healthcare Information Technologist and (5+ years of healthcare-IS work or (5+ years of IS work and some healthcare-IS work (any amount)))"},
             "framework":{"id":"senior-hit","currentVersion":"senior-hit@1.6"}}""")))
    CredentialDetail credential(@Parameter(description = "Credential id, e.g. hit, senior-hit, miis") @PathVariable String id);

    @GetMapping("/frameworks")
    @Operation(summary = "List frameworks", description = "The target frameworks (到達目標) with their versions.")
    @ApiResponse(responseCode = "200", description = "The frameworks", content = @Content(examples = @ExampleObject("[" + FRAMEWORK_EXAMPLE + "]")))
    List<FrameworkView> frameworks();

    @GetMapping("/frameworks/{id}")
    @Operation(summary = "One framework", description = "Its domains and versions, oldest first.")
    @ApiResponse(responseCode = "200", description = "The framework", content = @Content(examples = @ExampleObject(FRAMEWORK_EXAMPLE)))
    FrameworkView framework(@Parameter(description = "Framework id, e.g. hit") @PathVariable String id);

    @GetMapping("/frameworks/{id}/versions")
    @Operation(summary = "Versions of a framework", description = "Oldest first, with status and effective date.")
    @ApiResponse(responseCode = "200", description = "The versions", content = @Content(examples = @ExampleObject("""
            [{"id":"hit@pre-fy2020","version":"pre-fy2020","status":"retired","current":false,"targetCount":193},
             {"id":"hit@fy2020","version":"fy2020","status":"published","effectiveDate":"2022-03-01","supersedes":"hit@pre-fy2020",
              "current":true,"targetCount":200,"verification":"corroborated"}]""")))
    List<VersionView> versions(@Parameter(description = "Framework id, e.g. hit") @PathVariable String id);

    @GetMapping("/frameworks/{id}/versions/{version}/targets")
    @Operation(summary = "The target tree of a version", description = "Domains → areas (GIO) → items (SBO) → topics. "
            + "Use 'current' as the version for the published one.")
    @ApiResponse(responseCode = "200", description = "The tree", content = @Content(examples = @ExampleObject("""
            {"framework":"hit","version":"hit@fy2020","status":"published","depth":2,"domains":[{"id":"hit.it",
              "name":{"ja":"情報処理技術系","en":"Information technology"},"targets":[{"id":"hit.it.db","kind":"gio",
              "name":{"ja":"データベース技術","en":"Database technology"},"children":[]}]}]}""")))
    TargetTree targetTree(
            @Parameter(description = "Framework id, e.g. hit") @PathVariable String id,
            @Parameter(description = "Version label (e.g. fy2020), full id (hit@fy2020) or 'current'") @PathVariable String version,
            @Parameter(description = "Only this domain, e.g. hit.it") @RequestParam Optional<String> domain,
            @Parameter(description = "How many target levels to include, 1 to 10") @RequestParam(defaultValue = "10") int depth);

    @GetMapping("/targets/{id}")
    @Operation(summary = "One target", description = "With its parents, children, prerequisites in both directions, related targets, "
            + "the roles that need it and the credentials it belongs to. Without 'version', the current version is used.")
    @ApiResponse(responseCode = "200", description = "The target", content = @Content(examples = @ExampleObject("""
            {"id":"hit.it.db.relational","version":"hit@fy2020","framework":"hit","current":true,"kind":"sbo",
             "name":{"ja":"関係データベース","en":"Relational databases"},"prerequisites":[{"id":"hit.it.db.model","name":{"ja":"データベースとデータモデル","en":"Databases and data models"}}]}""")))
    TargetDetail target(
            @Parameter(description = "Target id, e.g. hit.it.db.relational") @PathVariable String id,
            @Parameter(description = "A version id such as hit@pre-fy2020; default: the current version") @RequestParam Optional<String> version);

    @GetMapping("/roles")
    @Operation(summary = "List roles", description = "Job roles that the credentials lead to, ordered by id.")
    @ApiResponse(responseCode = "200", description = "A page of roles", content = @Content(examples = @ExampleObject("""
            {"items":[{"id":"cio","name":{"ja":"CIO/医療情報部長","en":"CIO / head of medical informatics"},"family":"management",
              "needCount":17,"verification":"corroborated"}],"page":0,"size":20,"total":13}""")))
    Page<RoleSummary> roles(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "20") int size);

    @GetMapping("/roles/{id}")
    @Operation(summary = "One role", description = "Its needed targets with level (1–4) and importance (0–1), grouped by domain.")
    @ApiResponse(responseCode = "200", description = "The role", content = @Content(examples = @ExampleObject("""
            {"id":"pacs-administrator","name":{"ja":"PACS/画像情報システム管理者","en":"PACS / imaging-IS administrator"},"family":"imaging",
             "needs":[{"domain":{"id":"miis.imaging-standards","name":{"ja":"医用画像の標準規格","en":"Imaging standards"}},
                       "needs":[{"target":{"id":"miis.dicom.storage","name":{"ja":"DICOM Storage","en":"DICOM Storage"}},"level":3,"importance":0.9}]}]}""")))
    RoleDetail role(@Parameter(description = "Role id") @PathVariable String id);

    @GetMapping("/statistics")
    @Operation(summary = "Exam statistics", description = "Per credential and stage, one point per year, ready to plot. Where sources "
            + "disagree the point is marked conflicting, the disputed figures are null and every source's figures are listed.")
    @ApiResponse(responseCode = "200", description = "The series", content = @Content(examples = @ExampleObject("""
            [{"credential":{"id":"hit","name":{"ja":"医療情報技師","en":"Healthcare Information Technologist"}},
              "series":[{"stage":"exam","points":[{"year":2023,"examNo":21,"applicants":3646,"examinees":3170,"passed":null,
                 "conflicting":true,"entries":[{"passed":1145},{"passed":1153}]}]}]}]""")))
    List<CredentialStatistics> statistics(
            @Parameter(description = "Only this credential, e.g. hit") @RequestParam Optional<String> credential);
}

