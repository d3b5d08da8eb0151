package org.michishirube.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.interop.testing.Fixtures;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The real third-party packages read leniently; broken ones are refused with every fault named. */
class CasePackageReaderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSchemaCleanSmartLevelPackageReadsWhole() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        assertThat(f.items()).hasSize(14);
        assertThat(f.items().stream().filter(i -> i.parent().isEmpty())).hasSize(2);
        assertThat(f.skipped()).isEmpty();
        assertThat(f.format()).isEqualTo("CASE 1.1");
        assertThat(f.notes()).anyMatch(n -> n.contains("no Japanese text"));
        assertThat(f.title().en()).isEqualTo("SmartLevel Test");
    }

    @Test
    void theOpenSaltExportKeepsItsTreeAndInternalLinksAndExplainsTheExternalOnes() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-what-standards-could-be.cfpackage.json"));
        assertThat(f.format()).isEqualTo("CASE 1.0");
        assertThat(f.items()).hasSize(16);
        assertThat(f.precedes()).hasSize(2);
        assertThat(f.exactMatches().values().stream().mapToInt(List::size).sum()).isEqualTo(16);
        // One precedes, two isRelatedTo and two exemplar leave the package.
        assertThat(f.skipped()).hasSize(5).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(f.skipped()).filteredOn(s -> s.what().contains("exemplar")).allSatisfy(s -> assertThat(s.reason()).contains("no counterpart"));
        assertThat(f.skipped()).filteredOn(s -> s.what().contains("precedes")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("outside this package"));
        assertThat(f.notes()).anyMatch(n -> n.contains("CASE 1.0"));
        assertThat(f.items().get(0).code()).contains("CCSS.Math.Content.6.RP.A");
    }

    @Test
    void theActPackageKeepsItsFiveLevels() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-act-holistic-math-ordering.cfpackage.json"));
        assertThat(f.items()).hasSize(28);
        assertThat(f.items().get(0).parent()).isEmpty();
        assertThat(f.items().stream().filter(i -> i.parent().isPresent())).hasSize(27);
        assertThat(f.skipped()).isEmpty();
    }

    @Test
    void theSmarterBalancedPackageSkipsItsLocalPlaceholdersWithTheReason() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/sbac-g3-math-item-spec.cfpackage.json"));
        assertThat(f.items()).hasSize(48);
        assertThat(f.related()).hasSize(6);
        assertThat(f.skipped()).hasSize(10).allSatisfy(s -> assertThat(s.reason()).contains("local:"));
        assertThat(f.exactMatches().values().stream().mapToInt(List::size).sum()).isEqualTo(3);
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class,
                () -> CasePackageReader.read("{\"CFDocument\": {\"identifier\": \"x\",\n \"title\": }"));
        assertThat(e.faults()).singleElement().satisfies(f -> {
            assertThat(f.where()).startsWith("line 2");
            assertThat(f.fault()).startsWith("malformed JSON");
        });
    }

    @Test
    void brokenReferencesAndCyclesAreAllListed() {
        ObjectNode pkg = (ObjectNode) JSON.readTree(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        ArrayNode assocs = (ArrayNode) pkg.get("CFAssociations");
        String a = items.get(0).get("identifier").asString();
        String b = items.get(1).get("identifier").asString();
        assocs.add(association("precedes", a, b));
        assocs.add(association("precedes", b, a));
        assocs.add(association("isChildOf", items.get(2).get("identifier").asString(), "99999999-0000-0000-0000-000000000000"));
        ((ObjectNode) items.get(3)).remove("fullStatement");
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CasePackageReader.read(pkg.toString()));
        assertThat(e.faults()).hasSize(3);
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.fault()).startsWith("precedes forms a cycle"));
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.fault()).contains("neither a CFItem of this package nor its CFDocument"));
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.where()).isEqualTo("/CFItems/3/fullStatement"));
    }

    @Test
    void aPackageWithoutADocumentIsRefused() {
        assertThatThrownBy(() -> CasePackageReader.read("{\"CFItems\": []}")).isInstanceOf(InvalidImportException.class);
        assertThatThrownBy(() -> CasePackageReader.read("[1, 2]")).isInstanceOf(InvalidImportException.class);
    }

    static ObjectNode association(String type, String from, String to) {
        ObjectNode a = JSON.createObjectNode();
        a.put("identifier", java.util.UUID.randomUUID().toString());
        a.put("associationType", type);
        a.put("uri", "urn:x");
        a.putObject("originNodeURI").put("identifier", from).put("uri", "urn:" + from).put("title", "o");
        a.putObject("destinationNodeURI").put("identifier", to).put("uri", "urn:" + to).put("title", "d");
        a.put("lastChangeDateTime", "2020-01-01T00:00:00Z");
        return a;
    }
}
