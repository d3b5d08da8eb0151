package org.michishirube.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.core.coverage.CoverageComparison;
import org.michishirube.core.diff.ChangeKind;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.dataset.SourceKind;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.core.proposal.ProposalKind;
import org.michishirube.testing.Fixtures;
import org.michishirube.testing.TestNeo4j;
import org.michishirube.api.testing.Tokens;
import org.michishirube.api.web.PageSecurityHeaders;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The page at / in headless Chromium against the running service: each view end to end with Japanese input, the way a
 * newcomer would use it (plan HIT → MIIS and see the timeline and graph, upload the sample curriculum and see its heatmap,
 * compare two HIT versions, import a CASE package and take it through review to publication, read the exam statistics),
 * including the error paths of a bad CSV row and a broken package shown to the user, at a phone's and a laptop's width with
 * axe-core finding no serious or critical accessibility violation.
 */
@ApiIT
class WebPageIT {

    private static final String INSTITUTION = "webpage-u";
    private static final String CURRICULUM = INSTITUTION + ".radiology-web";
    private static final String LEARNER = "webpage-learner";
    /** The framework (and credential) the import test creates; removed again with every other revision. */
    private static final String IMPORTED = "webpage-smartlevel";
    private static final String STEWARD_A = Tokens.forRoles("webpage-steward-a", List.of("steward"));
    private static final String STEWARD_B = Tokens.forRoles("webpage-steward-b", List.of("steward"));
    private static Browser browser;
    /** Every code the API's enumerations write (change kinds, proposal kinds, statuses, coverage changes, target kinds). */
    static final Set<String> API_CODES = Stream.of(
                    Stream.of(ChangeKind.values()).map(ChangeKind::code), Stream.of(ProposalKind.values()).map(ProposalKind::code),
                    Stream.of(VersionStatus.values()).map(VersionStatus::code), Stream.of(TargetKind.values()).map(TargetKind::code),
                    Stream.of(CoverageComparison.Change.values()).map(CoverageComparison.Change::code))
            .flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;
    @Autowired
    DatasetLoader loader;
    @Autowired
    PublishedGraph graph;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        deleteTestData();
    }

    @AfterEach
    void laptopWidthAgain() {
        if (browser != null) {
            browser.windowWidth();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void learnerPlansHitToMiisAndSeesTimelineGraphWhyChainRoleFitAndMarkdown() {
        browser.open(base() + "/?lang=ja#learner");
        // Searchable credentials: a Japanese query narrows the list.
        browser.type("cred-filter", "医療情報");
        browser.wait.until(d -> !d.findElement(By.id("cred-miis")).isDisplayed());
        assertThat(browser.byId("cred-hit").isDisplayed()).isTrue();
        browser.byId("cred-hit").click();
        // An already-mastered target, found with a Japanese fragment.
        browser.type("target-search", "画像");
        browser.byId("target-search").sendKeys(Keys.ENTER);
        browser.visible(By.cssSelector("#target-results button[data-target]")).click();
        browser.visible(By.cssSelector("#mastered-list li[data-mastered]"));
        new Select(browser.byId("goal-credential")).selectByValue("miis");
        browser.type("hours", "5");
        browser.byId("plan-btn").click();
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-plan")));

        assertThat(browser.byId("plan-summary").getText()).contains("医用画像情報専門技師").contains("ステップ");
        WebElement exam = browser.visible(By.cssSelector("#timeline li[data-kind=exam]"));
        assertThat(exam.getText()).contains("試験: 医用画像情報専門技師").containsPattern("最短の受験日 \\d{4}-\\d{2}-\\d{2}");
        WebElement graph = browser.byId("plan-graph");
        assertThat(Integer.parseInt(graph.getAttribute("data-nodes"))).isGreaterThan(10);
        assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
        assertThat(browser.all(By.cssSelector("#legend li"))).isNotEmpty();

        // Keyboard: open the step list and press Enter on a step; the detail shows its hours and why chain.
        browser.byId("step-list").findElement(By.xpath("./ancestor::details/summary")).sendKeys(Keys.ENTER);
        WebElement step = browser.visible(By.cssSelector("#step-list button[data-step]"));
        step.sendKeys(Keys.ENTER);
        browser.wait.until(d -> step.getAttribute("data-step").equals(browser.byId("step-detail").getAttribute("data-step")));
        assertThat(browser.byId("step-detail").getText()).contains("時間").contains("なぜこのステップか");
        assertThat(browser.byId("step-detail").findElement(By.cssSelector("li[data-relation=goal-credential]")).getText())
                .contains("医用画像情報専門技師");
        assertThat((Boolean) browser.script("return window.getComputedStyle(document.getElementById('step-detail')).display !== 'none'")).isTrue();

        // Role fit as a ranked bar chart, with the same figures in a table.
        assertThat(Integer.parseInt(browser.byId("fit-chart").getAttribute("data-roles"))).isPositive();
        assertThat(browser.all(By.cssSelector("#fit-table tr"))).hasSizeGreaterThan(1);

        browser.byId("md-btn").click();
        browser.wait.until(d -> !browser.byId("md-preview").getText().isBlank());
        assertThat(browser.byId("md-preview").getText()).contains("#").contains("医用画像情報専門技師");
        assertAccessibleAtBothWidths();
        browser.script("document.getElementById('step-list').closest('details').open = false;"
                + "document.getElementById('plan-summary').scrollIntoView()");
        browser.screenshot("learner");

        // A signed-in learner saves the plan.
        browser.type("learner-token", Tokens.forRoles(LEARNER, List.of("learner")));
        browser.type("plan-title", "HIT から MIIS へ");
        browser.byId("save-btn").click();
        browser.wait.until(d -> browser.byId("save-status").getAttribute("data-saved") != null);
        String id = browser.byId("save-status").getAttribute("data-saved");
        http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(Tokens.forRoles(LEARNER, List.of("learner"))))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("HIT から MIIS へ");

        assertNoCspViolationsAndNothingFromOutside();
    }

    /**
     * Issue 18 item 7: a beginner at 10 h a week towards HIT sees the weeks as bars coloured by domain with the August
     * sitting and its application deadline marked, switches between subject strategies, reads where to learn a step,
     * and downloads the plan as an iCalendar file that holds the sitting.
     */
    @Test
    void learnerSeesWeeksSittingsSubjectStrategiesWhereToLearnAndDownloadsTheCalendar() {
        browser.open(base() + "/?lang=ja#learner");
        new Select(browser.byId("goal-credential")).selectByValue("hit");
        browser.type("hours", "10");
        browser.byId("plan-btn").click();
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-plan")));

        WebElement gantt = browser.byId("gantt");
        assertThat(Integer.parseInt(gantt.getAttribute("data-bars"))).isPositive();
        assertThat(gantt.findElements(By.cssSelector("[data-marker=exam]"))).isNotEmpty();
        assertThat(gantt.findElements(By.cssSelector("[data-marker=deadline]"))).isNotEmpty();
        String examTitle = gantt.findElement(By.cssSelector("[data-marker=exam] title")).getAttribute("textContent");
        assertThat(examTitle).contains("医療情報技師").containsPattern("\\d{4}-08-\\d{2}");
        String examDay = examTitle.replaceAll(".*\\((\\d{4}-\\d{2}-\\d{2})\\).*", "$1");

        // The strategies of HIT's three subjects: the earliest is chosen; another can be chosen and shows its sittings.
        assertThat(browser.byId("strategies").isDisplayed()).isTrue();
        List<WebElement> options = browser.all(By.cssSelector("#strategy-options input[type=radio]"));
        assertThat(options).isNotEmpty();
        assertThat(options.stream().filter(WebElement::isSelected)).hasSize(1);
        String chosen = browser.byId("strategies").getAttribute("data-strategy");
        if (options.size() > 1) {
            WebElement other = options.stream().filter(o -> !o.isSelected()).findFirst().orElseThrow();
            browser.script("arguments[0].click()", other);
            browser.wait.until(d -> !chosen.equals(browser.byId("strategies").getAttribute("data-strategy")));
        }
        assertThat(browser.all(By.cssSelector("#strategy-parts li"))).isNotEmpty();

        // Where to learn: every HIT target lies in a domain of JAMI's textbook (resources.yaml).
        browser.byId("step-list").findElement(By.xpath("./ancestor::details/summary")).sendKeys(Keys.ENTER);
        browser.visible(By.cssSelector("#step-list button[data-step]")).sendKeys(Keys.ENTER);
        WebElement book = browser.visible(By.cssSelector("#step-detail li[data-kind=textbook]"));
        assertThat(book.getText()).contains("教科書").contains("『医療情報』");
        assertThat(browser.byId("step-detail").getText()).contains("学べる場所");
        assertAccessibleAtBothWidths();

        // The calendar: the API's iCalendar, downloaded as a file, with the exam day in it.
        browser.byId("calendar-btn").click();
        browser.wait.until(d -> browser.byId("calendar-link").getAttribute("data-events") != null);
        assertThat(Integer.parseInt(browser.byId("calendar-link").getAttribute("data-events"))).isPositive();
        assertThat(browser.byId("calendar-link").getAttribute("href")).startsWith("blob:");
        assertThat(browser.byId("calendar-link").getAttribute("download")).endsWith(".ics");
        String ics = browser.downloaded("michishirube-plan.ics");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains(examDay.replace("-", ""));
        browser.script("document.getElementById('gantt-title').scrollIntoView()");
        browser.screenshot("learner-weeks");
        assertNoCspViolationsAndNothingFromOutside();
    }

    @Test
    void learnerAimingAtARoleSeesPrerequisiteEdgesAndBadInputIsExplained() {
        browser.open(base() + "/?lang=ja#learner");
        browser.type("hours", "0");
        browser.byId("plan-btn").click();
        WebElement error = browser.visible(By.id("plan-error"));
        assertThat(error.getText()).contains("エラー (400)").contains("hoursPerWeek");

        browser.byId("goal-kind-role").click();
        new Select(browser.byId("goal-role")).selectByValue("pacs-administrator");
        browser.type("hours", "8");
        browser.byId("plan-btn").click();
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-plan")));
        assertThat(browser.byId("plan-error").isDisplayed()).isFalse();
        assertThat(Integer.parseInt(browser.byId("plan-graph").getAttribute("data-edges"))).isPositive();
        // Layered: every prerequisite edge runs to a column further right.
        assertThat(browser.byId("plan-graph").getAttribute("data-backward-edges")).isEqualTo("0");
        assertThat(browser.byId("plan-summary").getText()).contains("PACS");
        assertNoCspViolationsAndNothingFromOutside();
    }

    @Test
    void educatorSeesBadRowsThenUploadsTheSampleAndSeesHeatmapUncoveredXlsxAndComparison() throws IOException {
        deleteTestData();
        browser.open(base() + "/?lang=ja#educator");
        browser.type("edu-token", Tokens.sign(Tokens.SECRET, "edu@" + INSTITUTION, List.of("educator"), INSTITUTION, Instant.now().plusSeconds(3600)));
        browser.type("cur-id", CURRICULUM);
        browser.type("cur-name-ja", "診療放射線学科 (画面テスト)");
        browser.type("cur-name-en", "Radiological technology (page test)");

        // The error path: a bad depth on row 3 is shown to the user, row by row.
        Path bad = Files.createTempFile("bad-curriculum-", ".csv");
        Files.writeString(bad, """
                course_code,title_ja,title_en,year,semester,hours,credits,syllabus,target,depth,evidence
                RT-901,医療情報学,Medical informatics,1,前期,30,2,病院情報システム,hit.it.db.sql,introduces,第1回
                RT-901,医療情報学,Medical informatics,1,前期,30,2,,hit.it.db.relational,深い,第2回
                """, StandardCharsets.UTF_8);
        browser.byId("csv-file").sendKeys(bad.toString());
        browser.byId("upload-btn").click();
        WebElement row3 = browser.visible(By.cssSelector("#csv-errors-body tr[data-row='3']"));
        assertThat(row3.getText()).contains("depth").contains("深い");
        // The reason is said in Japanese from the fault's code, not as the server's English sentence.
        assertThat(row3.getText()).contains("のどれでもありません").doesNotContain("is not one of");
        assertThat(row3.findElements(By.cssSelector("td[lang=en]"))).isEmpty();
        assertThat(browser.byId("csv-errors-detail").getText()).contains("422").contains("何も保存していません");
        // The refused file created nothing: no curriculum, no course, not even the institution (read back from the graph).
        try (var session = TestNeo4j.driver().session()) {
            assertThat(session.run("MATCH (c:Curriculum {id: $id}) RETURN count(c) AS n", Map.of("id", CURRICULUM)).single().get("n").asLong())
                    .as("curricula left behind").isZero();
            assertThat(session.run("MATCH (i:Institution {id: $i}) RETURN count(i) AS n", Map.of("i", INSTITUTION)).single().get("n").asLong())
                    .as("institutions left behind").isZero();
        }
        assertAccessibleAtBothWidths();
        browser.screenshot("educator-csv-errors");
        Files.delete(bad);

        // The sample curriculum: its heatmap, drill-down, uncovered targets and XLSX.
        browser.byId("csv-file").sendKeys(sample().toString());
        browser.byId("upload-btn").click();
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-coverage")));
        assertThat(browser.byId("upload-status").getText()).contains("40 科目");
        assertThat(browser.byId("coverage-summary").getText()).contains("hit@fy2020").contains("123 / 147").contains("264 / 314");
        assertThat(browser.all(By.cssSelector("#heatmap tr.domain"))).hasSize(3);
        WebElement it = browser.byId("heatmap").findElement(By.cssSelector("tr[data-id='hit.it']"));
        assertThat(it.getText()).contains("情報処理技術系");
        browser.byId("heatmap").findElement(By.cssSelector("button[data-drill='hit.it.db']")).sendKeys(Keys.ENTER);
        WebElement sql = browser.visible(By.cssSelector("#drill-table tr[data-target='hit.it.db.sql']"));
        assertThat(sql.getText()).contains("RT-205").contains("習得");
        assertThat(browser.all(By.cssSelector("#uncovered li[data-target]"))).hasSize(24);
        browser.byId("xlsx-btn").click();
        browser.wait.until(d -> browser.byId("xlsx-status").getAttribute("data-bytes") != null);
        assertThat(Integer.parseInt(browser.byId("xlsx-status").getAttribute("data-bytes"))).isGreaterThan(5000);
        assertThat(browser.byId("xlsx-status").getAttribute("data-type")).contains("spreadsheetml");
        assertAccessibleAtBothWidths();
        browser.script("document.getElementById('coverage-summary').scrollIntoView()");
        browser.screenshot("educator-coverage");

        // Against two HIT versions.
        new Select(browser.byId("cmp-from")).selectByValue("hit@pre-fy2020");
        new Select(browser.byId("cmp-to")).selectByValue("hit@fy2020");
        browser.byId("compare-btn").click();
        browser.visible(By.cssSelector("#compare-table tr[data-domain='hit.it']"));
        assertThat(browser.byId("cmp-h-from").getText()).isEqualTo("hit@pre-fy2020");
        assertThat(browser.all(By.cssSelector("#movers li[data-change]"))).isNotEmpty();
        browser.script("document.getElementById('compare-form').scrollIntoView()");
        browser.screenshot("educator-compare");

        // The career paths the curriculum prepares for: one table per path of career-paths.yaml, the HIT stage covered in part.
        browser.byId("edu-paths-btn").click();
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-edu-paths")));
        assertThat(browser.all(By.cssSelector("#edu-paths [data-path]"))).hasSize(5);
        WebElement ladder = browser.byId("edu-paths").findElement(By.cssSelector("[data-path='radiological-technologist-ladder']"));
        assertThat(ladder.findElements(By.cssSelector("tbody tr")).get(1).getText()).contains("医療情報技師").containsPattern("[1-9]\\d* / \\d+");
        assertAccessibleAtBothWidths("educator-career-paths", "edu-paths-title");
        assertNoCspViolationsAndNothingFromOutside();
        deleteTestData();
    }

    @Test
    void stewardComparesTwoHitVersionsWithDiffByDomainImpactAndProposals() {
        browser.open(base() + "/?lang=ja#steward");
        new Select(browser.byId("st-framework")).selectByValue("hit");
        new Select(browser.byId("st-from")).selectByValue("hit@pre-fy2020");
        new Select(browser.byId("st-to")).selectByValue("hit@fy2020");
        browser.type("steward-token", Tokens.forRoles("webpage-steward", List.of("steward")));
        browser.byId("diff-btn").click();
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-diff")));
        assertThat(browser.byId("diff-counts").getText()).contains("hit@pre-fy2020 → hit@fy2020").containsPattern("変更 [1-9]\\d* 件");
        List<WebElement> domains = browser.all(By.cssSelector("#diff-domains table[data-domain]"));
        assertThat(domains).isNotEmpty();
        WebElement it = browser.byId("diff-domains").findElement(By.cssSelector("table[data-domain='hit.it']"));
        assertThat(it.findElement(By.tagName("caption")).getText()).contains("情報処理技術系");
        WebElement change = it.findElement(By.cssSelector("tbody tr"));
        assertThat(change.findElement(By.cssSelector("td[lang=ja]")).getText()).isNotBlank();
        assertThat(change.findElement(By.cssSelector("td[lang=en]")).getText()).isNotBlank();
        assertThat(browser.byId("impact-counts").getText()).startsWith("影響:");
        assertThat(browser.byId("proposals-summary").getText()).contains("提案");
        assertAccessibleAtBothWidths();
        browser.screenshot("steward");
        assertNoCspViolationsAndNothingFromOutside();
    }

    @Test
    void aStewardReadsTheProvenanceReportInBothLanguagesAndALearnerCannot() {
        Set<String> codes = Stream.concat(API_CODES.stream(), Stream.concat(Stream.of(Verification.values()).map(Verification::code),
                Stream.of(SourceKind.values()).map(SourceKind::code))).collect(Collectors.toSet());
        // A learner's token is refused by the API, and the page says so in the user's language.
        browser.open(base() + "/?lang=ja#steward");
        browser.type("steward-token", Tokens.forRoles(LEARNER, List.of("learner")));
        browser.byId("prov-btn").click();
        browser.wait.until(d -> browser.byId("prov-error").isDisplayed());
        assertThat(browser.byId("prov-error").getText()).startsWith("エラー (403)");
        assertThat(browser.byId("prov-result").isDisplayed()).isFalse();
        for (String lang : List.of("ja", "en")) {
            browser.open(base() + "/?lang=" + lang + "#steward");
            browser.type("steward-token", STEWARD_A);
            browser.byId("prov-btn").click();
            browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-provenance")));
            // The dataset's version, read from the manifest here, opens the summary.
            assertThat(browser.byId("prov-summary").getText()).contains(datasetVersion());
            List<WebElement> counts = browser.all(By.cssSelector("#prov-counts tbody tr"));
            assertThat(counts).isNotEmpty();
            assertThat(browser.byId("prov-counts").getText()).contains(lang.equals("ja") ? "推定" : "Inferred");
            assertThat(browser.all(By.cssSelector("#prov-verify tbody tr"))).isNotEmpty();
            for (int width : new int[] {390, 1280}) {
                browser.width(width);
                browser.script("document.getElementById('prov-title').scrollIntoView()");
                assertThat(browser.seriousAccessibilityViolations()).as("axe at %d px (%s)", width, lang).isEmpty();
                assertThat(browser.elementsWiderThanTheViewport()).as("wider than %d px (%s)", width, lang).isEmpty();
                assertThat(browser.rawCodesShown(codes)).as("raw codes at %d px (%s)", width, lang).isEmpty();
                assertThat(browser.consoleErrors()).as("console errors at %d px (%s)", width, lang).isEmpty();
                browser.screenshot("steward-provenance-" + lang + (width < 600 ? "-narrow" : ""));
            }
        }
    }

    @Test
    void aGraduateFindsWhereTheyStandOnACareerPathInBothLanguages() {
        for (String lang : List.of("ja", "en")) {
            browser.open(base() + "/?lang=" + lang + "#learner");
            browser.wait.until(d -> "true".equals(browser.body().getAttribute("data-ready")));
            // A radiological technologist: the licence held, no curriculum, no role.
            browser.byId("cred-radiological-technologist").click();
            browser.byId("tab-career").click();
            browser.wait.until(d -> "true".equals(browser.body().getAttribute("data-career-ready")));
            new Select(browser.byId("career-path")).selectByValue("radiological-technologist-ladder");
            // The ladder as career-paths.yaml lists it: six stages, the first at the start.
            assertThat(browser.all(By.cssSelector("#career-ladder li.stage"))).hasSize(6);
            browser.byId("career-btn").click();
            browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-career")));
            WebElement here = browser.byId("career-ladder").findElement(By.cssSelector("li[aria-current=step]"));
            assertThat(here.getAttribute("data-stage")).isEqualTo("0");
            assertThat(browser.byId("career-ladder").findElement(By.cssSelector("li.next")).getAttribute("data-stage")).isEqualTo("1");
            assertThat(browser.byId("career-summary").getText()).contains(lang.equals("ja") ? "医療情報技師" : "Healthcare Information Technologist");
            // The plan to HIT is one click away.
            browser.byId("career-plan").findElement(By.tagName("summary")).click();
            assertThat(browser.all(By.cssSelector("#career-steps li"))).isNotEmpty();
            assertAccessibleAtBothWidths("view-career-" + lang, "career-ladder");
        }
    }

    private static String datasetVersion() {
        try (var in = org.michishirube.dataset.DatasetSource.shipped().open("manifest.yaml")) {
            return tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(in).path("datasetVersion").asString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void stewardImportsACasePackageAsANewFrameworkSeesItsDraftAndPublishesItOnceASecondStewardApproves() throws IOException {
        Path smartLevel = Fixtures.file("case/opensalt-test-smartlevel.cfpackage.json");
        Path onet = Fixtures.file("ctdl/competency-framework/onet-knowledge_ctdlasn-graph.json");
        removeRevisions();
        try {
            browser.open(base() + "/?lang=ja#steward");
            browser.type("steward-token", STEWARD_A);
            browser.type("im-framework", IMPORTED);
            browser.type("im-version", "1");
            browser.type("im-cred-ja", "スマートレベル (画面テスト)");
            browser.type("im-cred-en", "SmartLevel (page test)");

            // A broken package: every fault is listed, one row each, and nothing is stored.
            Path broken = Files.createTempFile("broken-", ".cfpackage.json");
            Files.writeString(broken, """
                    {"CFDocument":{"identifier":"d1","title":"T","uri":"u","creator":"c","lastChangeDateTime":"2020-01-01T00:00:00"},
                     "CFItems":[{"identifier":"a","fullStatement":"A"},{"identifier":"b","fullStatement":"B"},{"identifier":"c"}],
                     "CFAssociations":[
                      {"identifier":"x1","associationType":"isChildOf","originNodeURI":{"identifier":"a"},"destinationNodeURI":{"identifier":"d1"}},
                      {"identifier":"x2","associationType":"isChildOf","originNodeURI":{"identifier":"b"},"destinationNodeURI":{"identifier":"nowhere"}},
                      {"identifier":"x3","associationType":"precedes","originNodeURI":{"identifier":"a"},"destinationNodeURI":{"identifier":"b"}},
                      {"identifier":"x4","associationType":"precedes","originNodeURI":{"identifier":"b"},"destinationNodeURI":{"identifier":"a"}}]}""",
                    StandardCharsets.UTF_8);
            browser.byId("im-file").sendKeys(broken.toString());
            browser.byId("import-btn").click();
            browser.wait.until(d -> "error".equals(browser.body().getAttribute("data-import")));
            List<WebElement> faults = browser.all(By.cssSelector("#import-faults tr[data-fault]"));
            assertThat(faults).hasSize(3);
            // In Japanese, each by its code with the values it names; the English sentence of the API is not shown.
            assertThat(faults.stream().map(WebElement::getText).toList())
                    .anySatisfy(f -> assertThat(f).contains("precedes が循環しています"))
                    .anySatisfy(f -> assertThat(f).contains("nowhere").contains("CFItem でも CFDocument でもありません"))
                    .anySatisfy(f -> assertThat(f).contains("/CFItems/2/fullStatement").contains("CFItem c にありません"))
                    .allSatisfy(f -> assertThat(f).doesNotContain("forms a cycle", "is missing", "is neither"));
            assertThat(faults).allSatisfy(f -> assertThat(f.getAttribute("data-code")).matches("case\\.[a-z0-9-]+"));
            assertThat(browser.byId("import-errors-detail").getText()).contains("3 件の問題").contains("422");
            assertThat(browser.byId("draft-result").isDisplayed()).isFalse();
            assertAccessibleAtBothWidths();
            browser.script("document.getElementById('import-form').scrollIntoView()");
            browser.screenshot("steward-import-errors");
            Files.delete(broken);
            http.get().uri("/api/v1/drafts/" + IMPORTED + "@1").headers(h -> h.setBearerAuth(STEWARD_A)).exchange().expectStatus().isNotFound();

            // The SmartLevel package as the first version of a new framework: the draft, its diff and its targets.
            browser.byId("im-file").sendKeys(smartLevel.toString());
            browser.byId("import-btn").click();
            browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-import")));
            assertThat(browser.byId("import-errors").isDisplayed()).isFalse();
            assertThat(browser.byId("import-status").getText()).contains("取り込みました").contains(IMPORTED + "@1").contains("CASE");
            WebElement draft = browser.byId("draft-result");
            assertThat(draft.getAttribute("data-status")).isEqualTo("draft");
            assertThat(draft.getAttribute("data-etag")).isEqualTo("\"d1\"");
            assertThat(browser.byId("draft-summary").getText()).contains("新しいフレームワーク " + IMPORTED).contains("目標 14 件").contains("追加 14");
            assertThat(browser.byId("draft-facts").findElement(By.cssSelector("dd[data-fact=creates]")).getText())
                    .contains("フレームワーク " + IMPORTED).contains("資格 " + IMPORTED);
            List<WebElement> targets = browser.all(By.cssSelector("#draft-targets tbody tr[data-target]"));
            assertThat(targets).hasSize(14);
            // No Japanese in the package: every name is marked, in words, in its Japanese cell; the English is there.
            List<WebElement> missing = browser.all(By.cssSelector("#draft-targets td[lang=ja] .badge[data-missing=ja]"));
            assertThat(missing).hasSize(14).allSatisfy(b -> assertThat(b.getText()).isEqualTo("未翻訳"));
            assertThat(targets.get(0).findElement(By.cssSelector("td[lang=en]")).getText()).startsWith("Item");
            assertThat(browser.byId("draft-missing").getText()).contains("未翻訳").contains("日本語 14");
            List<WebElement> added = browser.all(By.cssSelector("#draft-diff-domains table[data-domain] tr[data-kind=added]"));
            assertThat(added).hasSize(14);
            assertThat(added.get(0).findElement(By.cssSelector("td[lang=ja]")).getText()).startsWith("追加");
            assertThat(added.get(0).findElement(By.cssSelector("td[lang=en]")).getText()).startsWith("Added");
            assertThat(browser.byId("draft-import-summary").getText()).contains("CASE").contains("14 項目");
            assertThat(browser.all(By.cssSelector("#draft-notes li"))).isNotEmpty();
            assertThat(browser.byId("draft-notes").getText()).contains("Japanese");
            assertThat(browser.byId("approve-btn").isEnabled()).isFalse();
            assertThat(browser.byId("publish-btn").isEnabled()).isFalse();

            // In English, the same marks say "missing".
            browser.byId("lang-en").click();
            browser.wait.until(d -> browser.byId("draft-summary").getText().contains("first version"));
            assertThat(browser.all(By.cssSelector("#draft-targets .badge[data-missing=ja]"))).allSatisfy(b -> assertThat(b.getText()).isEqualTo("missing"));
            browser.byId("lang-ja").click();
            browser.wait.until(d -> browser.byId("draft-summary").getText().contains("新しいフレームワーク"));
            assertAccessibleAtBothWidths("steward-import", "draft-title");
            browser.script("document.getElementById('draft-targets-title').scrollIntoView()");
            browser.screenshot("steward-import-targets");

            // Four eyes: the author submits; the author's own approval is refused with the reason; a second steward approves.
            browser.byId("submit-btn").click();
            browser.wait.until(d -> "submit:done".equals(browser.body().getAttribute("data-lifecycle")));
            assertThat(draft.getAttribute("data-status")).isEqualTo("in-review");
            assertThat(draft.getAttribute("data-etag")).isEqualTo("\"d2\"");
            assertThat(browser.byId("lifecycle-status").getText()).contains("審査に出しました");
            browser.byId("approve-btn").click();
            browser.wait.until(d -> "approve:error".equals(browser.body().getAttribute("data-lifecycle")));
            WebElement refusal = browser.visible(By.id("lifecycle-error"));
            assertThat(refusal.getAttribute("data-code")).isEqualTo("same-steward");
            assertThat(refusal.getText()).contains("作成者自身は承認できません").contains("409");
            browser.type("second-token", STEWARD_B);
            browser.byId("approve-btn").sendKeys(Keys.ENTER);
            browser.wait.until(d -> "approve:done".equals(browser.body().getAttribute("data-lifecycle")));
            assertThat(browser.byId("lifecycle-error").isDisplayed()).isFalse();
            assertThat(browser.byId("draft-facts").findElement(By.cssSelector("dd[data-fact=approvedBy]")).getText()).isEqualTo("webpage-steward-b");
            assertThat(browser.byId("publish-btn").isEnabled()).isTrue();
            // By keyboard: the focus has moved on to the next step, publication.
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("publish-btn");

            // Publication: the credential exists, the page says so and leads to it in the learner view.
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.wait.until(d -> "publish:done".equals(browser.body().getAttribute("data-lifecycle")));
            assertThat(draft.getAttribute("data-status")).isEqualTo("published");
            assertThat(browser.byId("lifecycle-status").getText()).contains("公開しました: " + IMPORTED + "@1");
            assertThat(browser.byId("published-msg").getText()).contains("スマートレベル (画面テスト)").contains("学習者の画面");
            assertThat(browser.byId("published-box").getAttribute("data-credential")).isEqualTo(IMPORTED);
            assertThat(List.of("submit-btn", "approve-btn", "publish-btn")).allSatisfy(b -> assertThat(browser.byId(b).isEnabled()).as(b).isFalse());
            http.get().uri("/api/v1/credentials/" + IMPORTED).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.name.ja").isEqualTo("スマートレベル (画面テスト)");
            http.get().uri("/api/v1/frameworks/" + IMPORTED).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.currentVersion").isEqualTo(IMPORTED + "@1");
            browser.script("document.getElementById('draft-title').scrollIntoView()");
            browser.screenshot("steward-import-published");
            browser.byId("published-learner").click();
            browser.wait.until(d -> "learner".equals(browser.body().getAttribute("data-view")));
            assertThat(new Select(browser.byId("goal-credential")).getFirstSelectedOption().getText()).isEqualTo("スマートレベル (画面テスト)");
            assertNoCspViolationsAndNothingFromOutside();

            // A .json file of JSON-LD goes to the CTDL import (application/ld+json): O*NET Knowledge as a draft of 41 targets.
            browser.open(base() + "/?lang=ja#steward");
            browser.type("steward-token", STEWARD_A);
            browser.type("im-framework", IMPORTED + "-ctdl");
            browser.type("im-version", "1");
            browser.byId("im-file").sendKeys(onet.toString());
            browser.byId("import-btn").click();
            browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-import")));
            assertThat(browser.byId("import-status").getText()).contains("CTDL").contains("目標 41 件");
            assertThat(browser.all(By.cssSelector("#draft-targets tbody tr[data-target]"))).hasSize(41);
        } finally {
            removeRevisions();
        }
    }

    @Test
    void everyoneSeesExamStatisticsOverTheYearsInJapaneseAndEnglish() {
        browser.open(base() + "/?lang=ja#statistics");
        browser.wait.until(d -> browser.byId("stat-chart").getAttribute("data-points") != null);
        new Select(browser.byId("stat-credential")).selectByValue("hit");
        WebElement y2012 = browser.visible(By.cssSelector("#stat-table tr[data-year='2012']"));
        assertThat(y2012.getText()).contains("4,472").contains("1,509").contains("33.7%");
        assertThat(Integer.parseInt(browser.byId("stat-chart").getAttribute("data-points"))).isGreaterThan(5);
        assertThat(new Select(browser.byId("stat-credential")).getFirstSelectedOption().getText()).isEqualTo("医療情報技師");
        assertAccessibleAtBothWidths();
        browser.screenshot("statistics");
        // MIIS: what is known is one figure, the first exam's 59 certified in 2011 (statistics.yaml), shown as such.
        new Select(browser.byId("stat-credential")).selectByValue("miis");
        WebElement miis2011 = browser.visible(By.cssSelector("#stat-table tr[data-year='2011']"));
        assertThat(miis2011.getText()).contains("59");
        assertThat(browser.byId("stat-chart").getAttribute("data-points")).isEqualTo("1");
        assertThat(browser.byId("stat-known").getText()).contains("2011");
        // The source's note says the rest: which years were not found, in the language it is written in, with its level.
        WebElement note = browser.visible(By.cssSelector("#stat-notes li[data-years='2011']"));
        assertThat(note.getText()).contains("2011 年 (確認済み)").contains("were not found");
        assertThat(note.findElement(By.cssSelector("span[lang=en]")).getText()).startsWith("59 certified");
        assertAccessibleAtBothWidths();
        new Select(browser.byId("stat-credential")).selectByValue("hit");

        // The language switch, by keyboard: labels and names change to English.
        browser.byId("lang-en").sendKeys(Keys.ENTER);
        browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.visible(By.cssSelector("#view-statistics h2")).getText()).isEqualTo("Exam statistics over the years");
        assertThat(new Select(browser.byId("stat-credential")).getFirstSelectedOption().getText()).isEqualTo("Healthcare Information Technologist");
        assertThat(browser.byId("tab-learner").getText()).isEqualTo("Learner");
        assertThat(browser.byId("lang-en").getAttribute("aria-pressed")).isEqualTo("true");
        browser.screenshot("statistics-en");
        browser.byId("lang-ja").click();
        browser.wait.until(d -> "ja".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertNoCspViolationsAndNothingFromOutside();
    }

    /**
     * Every view, in Japanese and English, at a phone's and a laptop's width, with results on screen where a view can show
     * them without signing in: no serious axe-core violation, no sideways scroll, no raw API code, no console error; the
     * screenshots {@code view-<view>-<lang>} and {@code …-narrow} for the README.
     */
    @Test
    void everyViewInBothLanguagesAtAPhoneAndALaptopWidth() {
        for (String lang : List.of("ja", "en")) {
            browser.open(base() + "/?lang=" + lang + "#learner");
            browser.byId("cred-hit").click();
            new Select(browser.byId("goal-credential")).selectByValue("miis");
            browser.byId("plan-btn").click();
            browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-plan")));
            assertAccessibleAtBothWidths("view-learner-" + lang, "plan-summary");

            browser.byId("tab-educator").click();
            browser.wait.until(d -> "educator".equals(browser.body().getAttribute("data-view")));
            assertAccessibleAtBothWidths("view-educator-" + lang, null);

            browser.byId("tab-steward").click();
            browser.wait.until(d -> "steward".equals(browser.body().getAttribute("data-view")));
            new Select(browser.byId("st-framework")).selectByValue("hit");
            new Select(browser.byId("st-from")).selectByValue("hit@pre-fy2020");
            new Select(browser.byId("st-to")).selectByValue("hit@fy2020");
            browser.byId("diff-btn").click();
            browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-diff")));
            assertThat(browser.all(By.cssSelector("#proposals tbody tr"))).isNotEmpty();
            assertAccessibleAtBothWidths("view-steward-" + lang, "diff-counts");

            browser.byId("tab-statistics").click();
            browser.wait.until(d -> browser.byId("stat-chart").getAttribute("data-points") != null);
            assertAccessibleAtBothWidths("view-statistics-" + lang, null);
        }
    }

    @Test
    void onAPhoneEveryCredentialCanBeChosen() {
        browser.width(390);
        browser.open(base() + "/?lang=ja#learner");
        List<WebElement> boxes = browser.all(By.cssSelector("#cred-list input[type=checkbox]"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(3);
        for (WebElement box : boxes) {
            browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) browser.script(
                    "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, w: innerWidth}", box);
            assertThat(((Number) r.get("left")).doubleValue()).as(box.getAttribute("id")).isGreaterThanOrEqualTo(0);
            assertThat(((Number) r.get("right")).doubleValue()).as(box.getAttribute("id")).isLessThanOrEqualTo(((Number) r.get("w")).doubleValue());
            box.click();
            assertThat(box.isSelected()).as(box.getAttribute("id")).isTrue();
        }
    }

    @Test
    void theKeyboardMovesBetweenViewsTheSkipLinkKeepsTheViewAndFocusStaysWhereThingsChange() {
        browser.open(base() + "/?lang=ja#steward");
        // The skip link goes to the content of the view shown, not back to the learner view.
        browser.driver.findElement(By.cssSelector("a.skip")).sendKeys(Keys.ENTER);
        browser.wait.until(d -> "main".equals(browser.script("return document.activeElement.id")));
        assertThat(browser.body().getAttribute("data-view")).isEqualTo("steward");
        assertThat(browser.byId("view-steward").isDisplayed()).isTrue();
        // A view link: the view is shown, marked as the current page, and its heading has the focus.
        browser.byId("tab-statistics").sendKeys(Keys.ENTER);
        browser.wait.until(d -> "h-statistics".equals(browser.script("return document.activeElement.id")));
        assertThat(browser.byId("tab-statistics").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.byId("tab-steward").getAttribute("aria-current")).isNull();
        // The focus ring is at least 3:1 against the white page.
        browser.byId("stat-credential").sendKeys(Keys.TAB);
        String colour = (String) browser.script("return getComputedStyle(document.activeElement).outlineColor");
        assertThat(contrastAgainstWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);

        // Planning by keyboard: the button keeps the focus while busy and after; the result is announced.
        browser.open(base() + "/?lang=ja#learner");
        browser.byId("cred-hit").click();
        browser.byId("plan-btn").sendKeys(Keys.ENTER);
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-plan")));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("plan-btn");
        browser.wait.until(d -> browser.byId("announce").getText().contains("ステップ"));
        assertThat(browser.byId("announce").getAttribute("role")).isEqualTo("status");
        // A step chosen, then a new plan: the old step's detail is gone.
        browser.byId("step-list").findElement(By.xpath("./ancestor::details/summary")).click();
        browser.visible(By.cssSelector("#step-list button[data-step]")).click();
        browser.wait.until(d -> browser.byId("step-detail").getAttribute("data-step") != null);
        browser.byId("goal-kind-role").click();
        new Select(browser.byId("goal-role")).selectByValue("pacs-administrator");
        browser.byId("plan-btn").click();
        browser.wait.until(d -> browser.byId("plan-summary").getText().contains("PACS"));
        assertThat(browser.byId("step-detail").getAttribute("data-step")).isNull();
        assertThat(browser.byId("step-detail").getText()).contains("ステップを選ぶと");
        // A role goal with steps left is not "reached".
        assertThat(browser.byId("timeline").getText()).doesNotContain("目標に到達");
    }

    @Test
    void aSecondCareerLeavesOutTheCurrentJobsFamilyAndStudentRolesUnlessAsked() {
        // The expected families come from the API's role list, not from the page.
        String current = "pacs-administrator";
        String family = http.get().uri("/api/v1/roles/" + current).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("family").toString();
        browser.open(base() + "/?lang=ja#learner");
        browser.byId("cred-hit").click();
        browser.type("current-role-filter", "PACS");
        new Select(browser.byId("current-role")).selectByValue(current);
        browser.byId("plan-btn").click();
        browser.wait.until(d -> "done".equals(browser.body().getAttribute("data-plan")));
        assertThat(browser.byId("fit-explain").getText()).contains("医療情報技師").contains("除いています");
        List<String> shown = browser.all(By.cssSelector("#fit-table tr[data-role]")).stream().map(r -> r.getAttribute("data-role")).toList();
        assertThat(shown).isNotEmpty().doesNotContain("student", current);
        for (String role : shown) {
            String f = http.get().uri("/api/v1/roles/" + role).exchange().expectBody(Map.class).returnResult().getResponseBody().get("family").toString();
            assertThat(f).as(role).isNotEqualTo(family);
        }
        assertThat(browser.all(By.cssSelector("#fit-table td.num")).get(0).getText()).isNotEqualTo("0.0%");
        // Asked for: students are offered too.
        browser.byId("fit-students").click();
        browser.wait.until(d -> browser.all(By.cssSelector("#fit-table tr[data-role=student]")).size() == 1);
    }

    private static double contrastAgainstWhite(String rgb) {
        String[] p = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(p[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        double l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        return 1.05 / (l + 0.05);
    }

    @Test
    void thePageIsServedWithAContentSecurityPolicyAndLocalLibraries() {
        http.get().uri("/").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", PageSecurityHeaders.POLICY)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("/webjars/cytoscape/dist/cytoscape.min.js").contains("/webjars/chart.js/dist/chart.umd.min.js")
                        .doesNotContain("<script>").doesNotContain("http://").doesNotContain("https://"));
        for (String path : List.of("/webjars/cytoscape/dist/cytoscape.min.js", "/webjars/chart.js/dist/chart.umd.min.js", "/js/app.js",
                "/js/i18n.js", "/css/app.css", "/examples/radiological-technology-2025.csv")) {
            http.get().uri(path).exchange().expectStatus().isOk();
        }
    }

    @Test
    void swaggerUiRunsUnderItsContentSecurityPolicyWithEveryFileFromThisOrigin() {
        http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", PageSecurityHeaders.SWAGGER_UI_POLICY)
                .expectBody(String.class).value(html -> assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>"));
        assertThat(PageSecurityHeaders.SWAGGER_UI_POLICY).contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        // Not browser.open: that waits for our page's ready mark, which Swagger UI has not.
        browser.script("window.location.href = arguments[0]", base() + "/swagger-ui/index.html");
        // Blocked scripts would leave the page empty: the operations rendering proves the policy lets it run.
        browser.wait.until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
    }

    /**
     * At 1280 and at 390 CSS pixels wide: axe-core finds no serious or critical violation, nothing needs scrolling sideways,
     * and (with -Dscreenshots=true) the screenshots {@code name} (1280) and {@code name-narrow} (390) are taken, scrolled to
     * the element {@code scrollTo}. Ends at 1280.
     */
    private void assertAccessibleAtBothWidths(String name, String scrollTo) {
        for (int width : new int[] {390, 1280}) {
            browser.width(width);
            if (scrollTo != null) {
                browser.script("document.getElementById(arguments[0]).scrollIntoView()", scrollTo);
            }
            assertThat(browser.seriousAccessibilityViolations()).as("serious or critical axe-core violations at %d px", width).isEmpty();
            assertThat(browser.elementsWiderThanTheViewport()).as("elements wider than %d px", width).isEmpty();
            assertThat(browser.rawCodesShown(API_CODES)).as("codes of the API shown as they are at %d px", width).isEmpty();
            assertThat(browser.consoleErrors()).as("console errors at %d px", width).isEmpty();
            if (name != null) {
                browser.screenshot(width < 600 ? name + "-narrow" : name);
            }
        }
    }

    private void assertAccessibleAtBothWidths() {
        assertAccessibleAtBothWidths(null, null);
    }

    /** Removes every draft and published revision (the import test's framework and credential with them) and rebuilds the snapshot. */
    private void removeRevisions() {
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (n) WHERE n.origin = 'revision' OR n:Draft OR n:DraftAudit OR n:DraftComment DETACH DELETE n").consume();
        }
        loader.reload();
        graph.refresh();
    }

    private void assertNoCspViolationsAndNothingFromOutside() {
        assertThat(browser.body().getAttribute("data-csp-violations")).as("CSP violations").isNull();
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
    }

    private static Path sample() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("docs/examples/radiological-technology-2025.csv");
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("sample curriculum not found");
    }

    private static void deleteTestData() {
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (c:Curriculum {institution: $i}) OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course) DETACH DELETE k, c",
                    Map.of("i", INSTITUTION)).consume();
            session.run("MATCH (i:Institution {id: $i}) DETACH DELETE i", Map.of("i", INSTITUTION)).consume();
            session.run("MATCH (l:Learner {subject: $s}) OPTIONAL MATCH (l)-[:SAVED]->(p:SavedPlan) DETACH DELETE p, l",
                    Map.of("s", LEARNER)).consume();
        }
    }
}
