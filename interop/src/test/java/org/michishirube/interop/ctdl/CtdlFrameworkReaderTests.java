package org.michishirube.interop.ctdl;

import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.casepackage.CasePackageReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.michishirube.interop.ctdl.CtdlTestGraphs.FRAMEWORK;
import static org.michishirube.interop.ctdl.CtdlTestGraphs.id;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * The real CTDL-ASN framework imports, and so does a small registry-shaped one with every way CTDL-ASN has to say where a
 * competency stands; every other CTDL fixture is refused with what it holds instead.
 */
class CtdlFrameworkReaderTests {

    private static final String HI1 = id("0c", "03");
    private static final String HI1X = id("0c", "21");
    private static final String HI1Y = id("0c", "22");
    private static final String HI2 = id("0a", "01");
    private static final String HI2A = id("0a", "02");
    private static final String HI2B = id("0a", "10");
    private static final String HI10 = id("0b", "02");
    private static final String HI10A = id("0b", "21");
    private static final String GOVERNANCE = id("0d", "04");
    private static final String ACCESS = id("0d", "41");
    private static final String AUDIT = id("0d", "42");

    @Test
    void theOnetKnowledgeFrameworkReadsWithItsTree() {
        ImportedFramework f = CtdlFrameworkReader.read(Fixtures.read("ctdl/competency-framework/onet-knowledge_ctdlasn-graph.json"));
        assertThat(f.format()).isEqualTo("CTDL-ASN");
        assertThat(f.items()).hasSize(41);
        assertThat(f.items().stream().filter(i -> i.parent().isEmpty()).count()).isEqualTo(10);
        assertThat(f.items().get(0).code()).contains("2.C.1");
        assertThat(f.title().en()).startsWith("O*NET Content Model");
        assertThat(f.notes()).contains("the framework has no Japanese text: the Japanese is left empty and marked missing, to be translated by a steward");
        assertThat(f.items()).allSatisfy(i -> {
            assertThat(i.name().ja()).isEmpty();
            assertThat(i.name().missing()).containsExactly("ja");
        });
        assertThat(f.title().ja()).isEmpty();
        // Parents before children, each child under an item read before it.
        List<String> seen = new java.util.ArrayList<>();
        f.items().forEach(i -> {
            i.parent().ifPresent(p -> assertThat(seen).contains(p));
            seen.add(i.identifier());
        });
        // The framework's own properties the graph does not hold, as O*NET gives them.
        JsonNode kept = CtdlTestGraphs.JSON.readTree(f.packageFields());
        assertThat(kept.path("ceasn:license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(kept.path("ceasn:publisherName").toString()).isEqualTo("{\"en-us\":[\"U.S. Department of Labor Employment and Training Administration\"]}");
        assertThat(kept.has("ceasn:hasTopChild")).isFalse();
        assertThat(f.creator()).contains("U.S. Department of Labor Employment and Training Administration");
        assertThat(CtdlTestGraphs.JSON.readTree(f.items().get(0).fields()).path("ceasn:competencyLabel").path("en-us").asString())
                .isEqualTo("Business and Management");
    }

    @Test
    void topCompetenciesAreReadEachWayTheRegistrySaysThemAndSiblingsFollowListIdThenListThenDocument() {
        ImportedFramework f = CtdlFrameworkReader.read(CtdlTestGraphs.registry());
        // HI.1 only says isTopChildOf (by CTID); HI.2 is in hasTopChild by URI; HI.10 is in hasTopChild by CTID and names
        // the framework in isChildOf; the governance competency only names the framework in isChildOf.
        assertThat(f.items()).extracting(ImportedFramework.Item::identifier)
                .containsExactly(HI1, HI1X, HI1Y, HI2, HI2A, HI2B, HI10, HI10A, GOVERNANCE, ACCESS, AUDIT);
        assertThat(f.items()).extracting(i -> i.parent().orElse("top"))
                .containsExactly("top", HI1, HI1, "top", HI2, HI2, "top", HI10, "top", GOVERNANCE, GOVERNANCE);
        // listID "2" before "10" and "1.2" before "1.10", though hasChild lists 1.10 first; HI.1's children as its hasChild
        // lists them, not as the document has them; the governance children in document order.
        assertThat(f.items()).extracting(i -> i.code().orElse("-"))
                .containsExactly("HI.1", "HI.1.x", "HI.1.y", "HI.2", "HI.2.a", "HI.2.b", "HI.10", "HI.10.a", "-", "-", "-");
        assertThat(f.format()).isEqualTo("CTDL-ASN");
        assertThat(f.documentIdentifier()).isEqualTo(CtdlTestGraphs.FRAMEWORK_CTID);
        assertThat(f.title()).isEqualTo(LocalizedText.of("医療情報の基礎", "Health Information Basics"));
        assertThat(f.creator()).contains("Example Health Information Society");
        assertThat(f.source()).contains("https://example.org/hi-basics");
        assertThat(f.precedes()).containsExactly(new ImportedFramework.Edge(HI2A, HI2B));
        assertThat(f.skipped()).singleElement().satisfies(s -> assertThat(s.what()).startsWith("ceterms:CredentialOrganization"));
    }

    @Test
    void whatTheGraphDoesNotHoldIsKeptAsGiven() {
        ImportedFramework f = CtdlFrameworkReader.read(CtdlTestGraphs.registry());
        JsonNode a = CtdlTestGraphs.JSON.readTree(item(f, HI2A).fields());
        assertThat(a.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("@id", "ceterms:ctid", "ceasn:competencyLabel",
                "ceasn:competencyCategory", "ceasn:codedNotation", "ceasn:altCodedNotation", "ceasn:listID", "ceasn:weight", "ceasn:comment",
                "ceasn:conceptKeyword", "ceasn:inLanguage", "ceasn:exactAlignment");
        assertThat(a.get("ceasn:competencyCategory").toString()).isEqualTo("{\"en-US\":\"Knowledge\",\"ja\":\"知識\"}");
        assertThat(a.get("ceasn:weight").isNumber()).isTrue();
        assertThat(a.get("ceasn:weight").asDouble()).isEqualTo(0.5);
        assertThat(a.get("ceasn:listID").asString()).isEqualTo("1.2");
        assertThat(a.get("ceasn:comment").toString()).isEqualTo("{\"en-US\":[\"Counted twice in the examination.\"]}");
        assertThat(a.get("ceasn:conceptKeyword").toString()).isEqualTo("{\"en-US\":[\"privacy\",\"records\"],\"ja\":[\"個人情報\"]}");
        assertThat(a.get("ceasn:altCodedNotation").toString()).isEqualTo("[\"HIB-7\"]");
        assertThat(a.get("ceasn:codedNotation").asString()).isEqualTo("HI.2.a");
        assertThat(a.get("@id").asString()).isEqualTo(HI2A);
        // The alignment inside the framework is no succession: it stays; the one outside became a succession.
        assertThat(a.get("ceasn:exactAlignment").toString()).isEqualTo("[\"" + HI2B + "\"]");
        // The tree and the prerequisite inside the framework are the graph's own.
        JsonNode b = CtdlTestGraphs.JSON.readTree(item(f, HI2B).fields());
        assertThat(b.has("ceasn:prerequisiteAlignment")).isFalse();
        assertThat(b.has("ceasn:isPartOf")).isFalse();
        assertThat(CtdlTestGraphs.JSON.readTree(item(f, HI2).fields()).has("ceasn:hasChild")).isFalse();

        JsonNode kept = CtdlTestGraphs.JSON.readTree(f.packageFields());
        assertThat(kept.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("@id", "ceterms:ctid", "ceasn:description",
                "ceasn:publisher", "ceasn:publisherName", "ceasn:license", "ceasn:rights", "ceasn:inLanguage", "ceasn:dateCreated", "ceasn:dateModified",
                "ceasn:publicationStatusType", "ceasn:source");
        assertThat(kept.get("ceasn:description").toString()).isEqualTo("{\"en-US\":\"A small framework shaped as the registry publishes one.\"}");
        assertThat(kept.get("@id").asString()).isEqualTo(FRAMEWORK);
        assertThat(kept.get("ceasn:dateModified").asString()).isEqualTo("2025-03-31T09:00:00Z");
    }

    @Test
    void alignmentsOutsideTheFrameworkBecomeSuccessions() {
        ImportedFramework f = CtdlFrameworkReader.read(CtdlTestGraphs.registry());
        assertThat(f.successions()).containsExactlyInAnyOrder(
                new ImportedFramework.Succession(CtdlTestGraphs.BASE + "ce-99000000-0000-4000-8000-000000000001", HI2A, true),
                new ImportedFramework.Succession("https://example.org/hi-basics/2019/ce-99000000-0000-4000-8000-000000000002", HI10A, false));
    }

    @Test
    void aTextInOneLanguageLeavesTheOtherEmptyAndMarked() {
        ImportedFramework f = CtdlFrameworkReader.read(CtdlTestGraphs.registry());
        assertThat(item(f, HI10).name()).isEqualTo(LocalizedText.partial("", "Information systems"));
        assertThat(item(f, HI10).name().missing()).containsExactly("ja");
        assertThat(item(f, HI1Y).name()).isEqualTo(LocalizedText.partial("標準コードの選び方", ""));
        assertThat(item(f, HI1Y).name().missing()).containsExactly("en");
        assertThat(item(f, HI2A).name()).isEqualTo(LocalizedText.of("記録の秘密保持", "Keeping records private"));
        assertThat(f.notes()).containsExactly(
                "5 of 11 competencies have no Japanese text: it is left empty and marked missing, to be translated by a steward",
                "1 of 11 competencies have no English text: it is left empty and marked missing, to be translated by a steward");
    }

    @Test
    void listIdsCompareInNaturalOrder() {
        for (String[] lower : new String[][] {{"2", "10"}, {"1.2", "1.10"}, {"1.9.9", "1.10"}, {"A2", "A10"}, {"a", "B"}, {"1", "1.1"}, {"9", "a"},
                {"007", "8"}, {"01", "1"}, {"99999999999999999999", "100000000000000000000"}}) {
            assertThat(CtdlFrameworkReader.natural(lower[0], lower[1])).as(lower[0] + " < " + lower[1]).isNegative();
            assertThat(CtdlFrameworkReader.natural(lower[1], lower[0])).as(lower[1] + " > " + lower[0]).isPositive();
        }
        assertThat(CtdlFrameworkReader.natural("1.2", "1.2")).isZero();
    }

    @Test
    void credentialAndPathwayGraphsAreRefusedWithWhatTheyHold() {
        for (String file : List.of("ctdl/credential/ingest-example_Credential-1-graph.json", "ctdl/credential/wgu_ms-nursing-education_registry-record.json",
                "ctdl/pathway/badgr-french-ba-marketable-skills_pathway-graph.json", "ctdl/pathway/comptia-it-networking-specialist_pathway-graph.jsonld",
                "ctdl/pathway/comptia-it_progression-model.json", "ctdl/pathway/heriotwatt-cs_pathway-with-constraints_expanded.json")) {
            // Read outside the lambda: a missing fixtures folder must skip the test, not be caught as the wrong exception.
            String text = Fixtures.read(file);
            InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CtdlFrameworkReader.read(text));
            assertThat(e).as(file).isNotNull();
            assertThat(e.faults()).as(file).singleElement().satisfies(x -> assertThat(x.fault()).startsWith("holds no ceasn:CompetencyFramework"));
        }
        String pathwayText = Fixtures.read("ctdl/pathway/badgr-french-ba-marketable-skills_pathway-graph.json");
        InvalidImportException pathway = catchThrowableOfType(InvalidImportException.class,
                () -> CtdlFrameworkReader.read(pathwayText));
        assertThat(pathway.faults().get(0).fault()).contains("ceterms:Pathway", "ceterms:CredentialComponent");
    }

    private static ImportedFramework.Item item(ImportedFramework f, String id) {
        Optional<ImportedFramework.Item> item = f.items().stream().filter(i -> i.identifier().equals(id)).findFirst();
        assertThat(item).as(id).isPresent();
        return item.get();
    }

    @Test
    void theCaseV10SchemaIsNoPackage() {
        String text = Fixtures.read("case/case-v1p0-cfpackage.schema.opensalt.json");
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class,
                () -> CasePackageReader.read(text));
        assertThat(e.faults()).singleElement().satisfies(x -> assertThat(x.fault()).contains("a CFPackage needs a CFDocument"));
    }
}
