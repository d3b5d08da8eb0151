package org.michishirube.interop.casepackage;

import org.michishirube.interop.CaseIds;
import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportMapping;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.VisibleVersions;
import org.michishirube.interop.ctdl.CtdlFrameworkReader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.testing.CaseSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an export makes of the kept package when the graph has moved on (a steward renamed, removed, added or re-kinded
 * targets), of identifiers that are not CASE UUIDs (CTDL URIs, upper case, malformed), and of texts in one language.
 */
class CaseExportKeptPackageTests {

    private static final String DOC = "d0000000-0000-4000-8000-000000000000";
    private static final String A = "a0000000-0000-4000-8000-00000000000a";
    private static final String B = "b0000000-0000-4000-8000-00000000000b";
    private static final String C = "c0000000-0000-4000-8000-00000000000c";
    private static final String BASE = CaseRoundTripTests.BASE + "/ims/case/v1p1/";

    /** A Japanese package: A at the top with B (sequence 5) and C (sequence 9) below it, C an exemplar of an outside page. */
    private static String japanesePackage() {
        return """
                {"CFDocument": {"identifier": "%1$s", "uri": "%5$sCFDocuments/%1$s", "creator": "発行者", "title": "テスト枠組み", "language": "ja",
                  "version": "2024", "adoptionStatus": "Adopted", "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                 "CFItems": [
                  {"identifier": "%2$s", "uri": "%5$sCFItems/%2$s", "fullStatement": "医療情報の基礎", "humanCodingScheme": "A", "CFItemType": "Cluster",
                   "lastChangeDateTime": "2024-01-01T00:00:00+00:00", "extensions": {"translations": {"en": {"fullStatement": "Basics"}}}},
                  {"identifier": "%3$s", "uri": "%5$sCFItems/%3$s", "fullStatement": "用語を説明できる", "humanCodingScheme": "A.1",
                   "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                  {"identifier": "%4$s", "uri": "%5$sCFItems/%4$s", "fullStatement": "規格を比べられる", "humanCodingScheme": "A.2",
                   "lastChangeDateTime": "2024-01-01T00:00:00+00:00"}],
                 "CFAssociations": [
                  {"identifier": "e0000000-0000-4000-8000-000000000001", "associationType": "isChildOf", "sequenceNumber": 1, "uri": "%5$sCFAssociations/e1",
                   "originNodeURI": {"title": "医療情報の基礎", "identifier": "%2$s", "uri": "%5$sCFItems/%2$s"},
                   "destinationNodeURI": {"title": "テスト枠組み", "identifier": "%1$s", "uri": "%5$sCFDocuments/%1$s"}, "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                  {"identifier": "e0000000-0000-4000-8000-000000000002", "associationType": "isChildOf", "sequenceNumber": 5, "uri": "%5$sCFAssociations/e2",
                   "originNodeURI": {"title": "用語を説明できる", "identifier": "%3$s", "uri": "%5$sCFItems/%3$s"},
                   "destinationNodeURI": {"title": "医療情報の基礎", "identifier": "%2$s", "uri": "%5$sCFItems/%2$s"}, "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                  {"identifier": "e0000000-0000-4000-8000-000000000003", "associationType": "isChildOf", "sequenceNumber": 9, "uri": "%5$sCFAssociations/e3",
                   "originNodeURI": {"title": "規格を比べられる", "identifier": "%4$s", "uri": "%5$sCFItems/%4$s"},
                   "destinationNodeURI": {"title": "Parent", "identifier": "%2$s", "uri": "%5$sCFItems/%2$s"}, "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                  {"identifier": "e0000000-0000-4000-8000-000000000004", "associationType": "exemplar", "uri": "%5$sCFAssociations/e4",
                   "originNodeURI": {"title": "規格を比べられる", "identifier": "%4$s", "uri": "%5$sCFItems/%4$s"},
                   "destinationNodeURI": {"title": "Task", "identifier": "f0000000-0000-4000-8000-000000000001", "uri": "https://tasks.example.org/1"},
                   "lastChangeDateTime": "2024-01-01T00:00:00+00:00"}]}
                """.formatted(DOC, A, B, C, BASE);
    }

    @Test
    void aStewardsEditsAreOverlaidOnTheKeptPackage() {
        CaseRoundTripTests.Imported imported = CaseRoundTripTests.imported(japanesePackage());
        FrameworkTree tree = imported.mapped().tree();
        List<Target> targets = new ArrayList<>();
        for (Target t : tree.targets()) {
            if (t.id().value().equals("gen.a")) {
                targets.add(with(t, t.kind(), LocalizedText.of("医療情報の基礎（改）", "Basics, revised")));
            } else if (t.id().value().equals("gen.a.1")) {
                targets.add(with(t, TargetKind.TOPIC, t.name()));
            } else if (!t.id().value().equals("gen.a.2")) {
                targets.add(t);
            }
        }
        Target a = tree.target(TargetId.of("gen.a")).orElseThrow();
        targets.add(new Target(TargetId.of("gen.a.3"), tree.version().id(), a.domain(), Optional.of(a.id()), TargetKind.SBO,
                LocalizedText.of("新しい目標", "A new objective"), Optional.empty(), a.provenance(), OptionalInt.empty(), Set.of()));
        FrameworkTree edited = new FrameworkTree(tree.version(), tree.domains(), targets, Map.of(), Map.of(), List.of());
        ObjectNode export = new CaseExport(CaseRoundTripTests.catalog(edited, imported.mapped().marks())).cfPackage(tree.version().id()).orElseThrow();
        assertThat(CaseSchema.errors(export)).isEmpty();

        JsonNode items = export.get("CFItems");
        assertThat(items.valueStream().map(i -> i.get("identifier").asString())).startsWith(A, B).hasSize(3);
        JsonNode first = items.get(0);
        assertThat(first.get("fullStatement").asString()).isEqualTo("医療情報の基礎（改）");
        assertThat(first.at("/extensions/translations/en/fullStatement").asString()).isEqualTo("Basics, revised");
        assertThat(first.get("CFItemType").asString()).as("the kind is unchanged: the publisher's type stays").isEqualTo("Cluster");
        JsonNode second = items.get(1);
        assertThat(second.get("CFItemType").asString()).as("the kind changed").isEqualTo("Topic");
        assertThat(second.at("/CFItemTypeURI/identifier").asString()).isEqualTo(CaseIds.itemType("Topic"));
        assertThat(export.at("/CFDefinitions/CFItemTypes").valueStream().map(t -> t.get("title").asString())).contains("Topic");
        JsonNode added = items.get(2);
        assertThat(added.get("identifier").asString()).isEqualTo(CaseIds.item(tree.version().id(), TargetId.of("gen.a.3")));
        assertThat(added.get("humanCodingScheme").asString()).isEqualTo("gen.a.3");
        assertThat(added.get("language").asString()).isEqualTo("ja");

        List<JsonNode> associations = export.get("CFAssociations").valueStream().toList();
        // C is gone, and with it its hierarchy link and the exemplar; B's link keeps its identifier, sequence and the new parent title.
        assertThat(associations).noneMatch(x -> x.toString().contains(C));
        JsonNode b = associations.stream().filter(x -> x.at("/originNodeURI/identifier").asString().equals(B)).findFirst().orElseThrow();
        assertThat(b.get("identifier").asString()).isEqualTo("e0000000-0000-4000-8000-000000000002");
        assertThat(b.get("sequenceNumber").asInt()).isEqualTo(5);
        assertThat(b.at("/destinationNodeURI/title").asString()).isEqualTo("医療情報の基礎（改）");
        // The new target comes after the highest sequenceNumber kept under its parent.
        JsonNode newLink = associations.stream().filter(x -> x.at("/originNodeURI/identifier").asString().equals(added.get("identifier").asString()))
                .findFirst().orElseThrow();
        assertThat(newLink.get("sequenceNumber").asInt()).isEqualTo(6);
        assertThat(newLink.get("identifier").asString()).isEqualTo(CaseIds.association("isChildOf", added.get("identifier").asString(), A));
        // The version's own document fields stay the publisher's; ours are in the extension.
        assertThat(export.at("/CFDocument/version").asString()).isEqualTo("2024");
        assertThat(export.at("/CFDocument/extensions/michishirube/sourceFormat").asString()).isEqualTo("CASE 1.1");
    }

    @Test
    void aKeptParentTitleOfItsOwnStays() {
        CaseRoundTripTests.Imported imported = CaseRoundTripTests.imported(japanesePackage());
        JsonNode c = imported.export().get("CFAssociations").valueStream()
                .filter(x -> x.at("/originNodeURI/identifier").asString().equals(C) && x.get("associationType").asString().equals("isChildOf"))
                .findFirst().orElseThrow();
        assertThat(c.at("/destinationNodeURI/title").asString()).isEqualTo("Parent");
    }

    @Test
    void identifiersThatAreNoLowercaseUuidBecomeOnesAndUriIdentifiersStayAsExactMatches() {
        String upper = "AB000000-0000-4000-8000-0000000000AB";
        String uri = "https://ctdl.example.org/resources/ce-0000-7";
        String odd = "item-7";
        String json = """
                {"CFDocument": {"identifier": "DOC-1", "uri": "x", "creator": "c", "title": "Identifiers", "language": "en",
                  "lastChangeDateTime": "2024-01-01T00:00:00Z"},
                 "CFItems": [
                  {"identifier": "%1$s", "uri": "x", "fullStatement": "Upper", "lastChangeDateTime": "2024-01-01T00:00:00Z",
                   "CFItemTypeURI": {"title": "T", "identifier": "TYPE-1", "uri": "https://types.example.org/1"}},
                  {"identifier": "%2$s", "uri": "x", "fullStatement": "A URI", "lastChangeDateTime": "2024-01-01T00:00:00Z"},
                  {"identifier": "%3$s", "uri": "x", "fullStatement": "Odd", "lastChangeDateTime": "2024-01-01T00:00:00Z"}],
                 "CFAssociations": [
                  {"identifier": "not-a-uuid", "associationType": "isChildOf", "uri": "x", "lastChangeDateTime": "2024-01-01T00:00:00Z",
                   "originNodeURI": {"title": "o", "identifier": "%2$s", "uri": "x"}, "destinationNodeURI": {"title": "d", "identifier": "%1$s", "uri": "x"}}]}
                """.formatted(upper, uri, odd);
        ObjectNode export = CaseRoundTripTests.imported(json).export();
        assertThat(CaseSchema.errors(export)).isEmpty();
        assertThat(CaseRoundTripTests.identifiers(export)).allMatch(id -> CaseRoundTripTests.UUID_FORM.matcher(id).matches());
        assertThat(export.at("/CFDocument/identifier").asString()).isEqualTo(CaseIds.fromSource("DOC-1"));
        assertThat(export.get("CFItems").valueStream().map(i -> i.get("identifier").asString()))
                .containsExactly(upper.toLowerCase(java.util.Locale.ROOT), CaseIds.fromSource(uri), CaseIds.fromSource(odd));
        assertThat(export.at("/CFItems/0/CFItemTypeURI/identifier").asString()).isEqualTo(CaseIds.fromSource("TYPE-1"));
        assertThat(export.get("CFAssociations").valueStream().filter(a -> a.get("associationType").asString().equals("isChildOf")
                && a.at("/originNodeURI/identifier").asString().equals(CaseIds.fromSource(uri)))).singleElement()
                .satisfies(a -> assertThat(a.get("identifier").asString()).isEqualTo(CaseIds.fromSource("not-a-uuid")));
        // The URI the item came with stays, as the outside node the item is an exact match of.
        assertThat(export.get("CFAssociations").valueStream().filter(a -> a.get("associationType").asString().equals("exactMatchOf"))).singleElement()
                .satisfies(a -> {
                    assertThat(a.at("/originNodeURI/identifier").asString()).isEqualTo(CaseIds.fromSource(uri));
                    assertThat(a.at("/destinationNodeURI/identifier").asString()).isEqualTo(uri);
                    assertThat(a.at("/destinationNodeURI/uri").asString()).isEqualTo(uri);
                });
    }

    @Test
    void ctdlItemsIdentifiedByUrisExportWithUuidsAndKeepTheirUris() {
        String graph = """
                {"@context": "https://credreg.net/ctdlasn/schema/context/json", "@graph": [
                 {"@id": "https://ctdl.example.org/resources/ce-fw", "@type": "ceasn:CompetencyFramework", "ceterms:ctid": "ce-fw",
                  "ceasn:name": {"en-US": "Informatics"}, "ceasn:hasTopChild": ["https://ctdl.example.org/resources/ce-1"]},
                 {"@id": "https://ctdl.example.org/resources/ce-1", "@type": "ceasn:Competency", "ceasn:competencyText": {"en-US": "Data"},
                  "ceasn:hasChild": ["https://ctdl.example.org/resources/ce-2"]},
                 {"@id": "https://ctdl.example.org/resources/ce-2", "@type": "ceasn:Competency", "ceasn:competencyText": {"en-US": "Databases"},
                  "ceasn:isChildOf": "https://ctdl.example.org/resources/ce-1"}]}
                """;
        ImportedFramework f = CtdlFrameworkReader.read(graph);
        ImportMapping.Mapped m = ImportMapping.map(f, new ImportMapping.Placement(CaseRoundTripTests.VERSION, Optional.empty(), Map.of(),
                new Provenance("test", Verification.SECONDARY), CaseRoundTripTests.AT));
        ObjectNode export = new CaseExport(CaseRoundTripTests.catalog(m.tree(), m.marks())).cfPackage(CaseRoundTripTests.VERSION).orElseThrow();
        assertThat(CaseSchema.errors(export)).isEmpty();
        assertThat(CaseRoundTripTests.identifiers(export)).allMatch(id -> CaseRoundTripTests.UUID_FORM.matcher(id).matches());
        assertThat(export.at("/CFDocument/identifier").asString()).isEqualTo(CaseIds.fromSource("ce-fw"));
        assertThat(export.get("CFItems").valueStream().map(i -> i.get("identifier").asString()))
                .containsExactly(CaseIds.fromSource("https://ctdl.example.org/resources/ce-1"), CaseIds.fromSource("https://ctdl.example.org/resources/ce-2"));
        assertThat(export.get("CFAssociations").valueStream().filter(a -> a.get("associationType").asString().equals("exactMatchOf"))
                .map(a -> a.at("/destinationNodeURI/uri").asString()))
                .containsExactlyInAnyOrder("https://ctdl.example.org/resources/ce-1", "https://ctdl.example.org/resources/ce-2");
        // The export reads back: the UUIDs are the items' identifiers now, and the URIs their exact matches.
        ImportedFramework back = CasePackageReader.read(export.toString());
        assertThat(back.exactMatches().values().stream().flatMap(List::stream).map(CaseMarks.ExternalLink::uri))
                .containsExactlyInAnyOrder("https://ctdl.example.org/resources/ce-1", "https://ctdl.example.org/resources/ce-2");
    }

    @Test
    void aTextMissingInOneLanguageIsWrittenInTheOtherAndMarked() {
        FrameworkVersionId vid = FrameworkVersionId.of("lang@1");
        Provenance source = new Provenance("https://example.org/lang", Verification.CORROBORATED);
        FrameworkVersion version = new FrameworkVersion(vid, LocalizedText.partial("", "Languages"), VersionStatus.PUBLISHED, Optional.empty(),
                Optional.empty(), source);
        Domain domain = new Domain(DomainId.of("lang.d"), new FrameworkId("lang"), LocalizedText.of("領域", "Domain"));
        Target english = new Target(TargetId.of("lang.en"), vid, domain.id(), Optional.empty(), TargetKind.GIO, LocalizedText.partial("", "English only"),
                Optional.of(LocalizedText.partial("", "Notes in English")), source, OptionalInt.empty(), Set.of());
        Target japanese = new Target(TargetId.of("lang.ja"), vid, domain.id(), Optional.empty(), TargetKind.GIO, LocalizedText.partial("日本語だけ", ""),
                Optional.empty(), source, OptionalInt.empty(), Set.of());
        Target both = new Target(TargetId.of("lang.both"), vid, domain.id(), Optional.empty(), TargetKind.GIO, LocalizedText.of("両方", "Both"),
                Optional.of(LocalizedText.partial("注記だけ日本語", "")), source, OptionalInt.empty(), Set.of());
        FrameworkTree tree = new FrameworkTree(version, List.of(domain), List.of(english, japanese, both), Map.of(), Map.of(), List.of());
        Framework framework = new Framework(new FrameworkId("lang"), new CredentialId("lang"), LocalizedText.of("言語", "Languages"), OptionalInt.empty());
        Credential credential = new Credential(new CredentialId("lang"), LocalizedText.of("言語", "Languages"), Optional.empty(), Optional.empty(),
                LocalizedText.of("発行団体", "Issuer"), OptionalInt.empty(), CredentialKind.PRIVATE, Optional.empty(), Optional.of(framework.id()),
                List.of(), source);
        ObjectNode export = new CaseExport(new VisibleVersions(CaseRoundTripTests.BASE, List.of(credential), List.of(framework), List.of(tree), Map.of(),
                Instant.EPOCH)).cfPackage(vid).orElseThrow();
        assertThat(CaseSchema.errors(export)).isEmpty();
        JsonNode doc = export.get("CFDocument");
        assertThat(doc.get("title").asString()).isEqualTo("Languages");
        assertThat(doc.get("language").asString()).isEqualTo("en");
        assertThat(doc.at("/extensions/michishirube/missingLanguages").toString()).isEqualTo("[\"ja\"]");
        JsonNode e = item(export, "lang.en");
        assertThat(e.get("fullStatement").asString()).isEqualTo("English only");
        assertThat(e.get("notes").asString()).isEqualTo("Notes in English");
        assertThat(e.get("language").asString()).isEqualTo("en");
        assertThat(e.at("/extensions/translations").isMissingNode()).isTrue();
        assertThat(e.at("/extensions/michishirube/missingLanguages").toString()).isEqualTo("[\"ja\"]");
        JsonNode j = item(export, "lang.ja");
        assertThat(j.get("fullStatement").asString()).isEqualTo("日本語だけ");
        assertThat(j.get("language").asString()).isEqualTo("ja");
        assertThat(j.at("/extensions/translations").isMissingNode()).as("no English translation without English").isTrue();
        assertThat(j.at("/extensions/michishirube/missingLanguages").toString()).isEqualTo("[\"en\"]");
        JsonNode b = item(export, "lang.both");
        assertThat(b.at("/extensions/translations/en/fullStatement").asString()).isEqualTo("Both");
        assertThat(b.at("/extensions/translations/en/notes").isMissingNode()).isTrue();
        assertThat(b.at("/extensions/michishirube/missingLanguages").toString()).isEqualTo("[\"en\"]");
        JsonNode d = item(export, "lang.d");
        assertThat(d.at("/extensions/michishirube/missingLanguages").isMissingNode()).isTrue();
        // Read back, nothing is copied into the missing language.
        ImportedFramework back = CasePackageReader.read(export.toString());
        assertThat(back.items()).filteredOn(i -> i.code().filter("lang.en"::equals).isPresent()).singleElement()
                .satisfies(i -> assertThat(i.name().ja()).isEmpty());
        assertThat(back.items()).filteredOn(i -> i.code().filter("lang.ja"::equals).isPresent()).singleElement()
                .satisfies(i -> assertThat(i.name().en()).isEmpty());
    }

    private static JsonNode item(JsonNode export, String code) {
        return export.get("CFItems").valueStream().filter(i -> i.path("humanCodingScheme").asString("").equals(code)).findFirst().orElseThrow();
    }

    private static Target with(Target t, TargetKind kind, LocalizedText name) {
        return new Target(t.id(), t.version(), t.domain(), t.parent(), kind, name, t.description(), t.provenance(), t.effortHours(), t.tags());
    }
}
