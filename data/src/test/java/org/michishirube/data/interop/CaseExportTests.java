package org.michishirube.data.interop;

import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.VisibleVersions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.dataset.DatasetReader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.dataset.ReferenceDataset;
import org.michishirube.testing.CaseSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every version of the reference dataset exports as a CFPackage that the official CASE 1.1 schema accepts. */
class CaseExportTests {

    static final ReferenceDataset DATASET = new DatasetReader(DatasetSource.shipped()).read();

    static VisibleVersions catalog() {
        return new VisibleVersions("https://michishirube.example.org/", DATASET.credentials(), DATASET.frameworks(), DATASET.trees(),
                Map.of(), Instant.parse("2026-11-01T00:00:00Z"));
    }

    private final CaseExport export = new CaseExport(catalog());

    @Test
    void everyVersionOfHitSeniorHitAndMiisIsValidCase() {
        for (FrameworkTree tree : DATASET.trees()) {
            ObjectNode pkg = export.cfPackage(tree.version().id()).orElseThrow();
            assertThat(CaseSchema.errors(pkg)).as(tree.version().id().value()).isEmpty();
            int domains = tree.domains().size();
            assertThat(pkg.get("CFItems").size()).as(tree.version().id().value()).isEqualTo(tree.targets().size() + domains);
        }
    }

    @Test
    void theTreePrerequisitesRelatedLinksAndLineageBecomeAssociations() {
        JsonNode pkg = export.cfPackage(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        FrameworkTree tree = catalog().tree(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        assertThat(pkg.at("/CFDocument/language").asString()).isEqualTo("ja");
        assertThat(pkg.at("/CFDocument/uri").asString()).startsWith("https://michishirube.example.org/ims/case/v1p1/CFDocuments/");
        assertThat(pkg.at("/CFDocument/extensions/translations/en/title").asString()).isNotBlank();
        List<JsonNode> associations = list(pkg.get("CFAssociations"));
        long children = associations.stream().filter(a -> a.get("associationType").asString().equals("isChildOf")).count();
        assertThat(children).isEqualTo(pkg.get("CFItems").size());
        long precedes = associations.stream().filter(a -> a.get("associationType").asString().equals("precedes")).count();
        assertThat(precedes).isEqualTo(tree.prerequisites().values().stream().mapToLong(Set::size).sum());
        assertThat(associations).anySatisfy(a -> assertThat(a.get("associationType").asString()).isEqualTo("exactMatchOf"));
        // Every item carries its English translation and its lineage id.
        for (JsonNode item : pkg.get("CFItems")) {
            assertThat(item.at("/extensions/translations/en/fullStatement").asString()).as(item.toString()).isNotBlank();
            assertThat(item.at("/extensions/michishirube/id").asString()).isEqualTo(item.get("humanCodingScheme").asString());
        }
        // Identifiers are unique and stable.
        Set<String> ids = new HashSet<>();
        pkg.get("CFItems").forEach(i -> assertThat(ids.add(i.get("identifier").asString())).isTrue());
        assertThat(export.cfPackage(FrameworkVersionId.of("hit@fy2020")).orElseThrow()).isEqualTo(pkg);
    }

    @Test
    void lineageBecomesReplacedByFromTheOlderItemToTheNewerOne() {
        JsonNode older = export.cfPackage(FrameworkVersionId.of("senior-hit@pre-2017")).orElseThrow();
        JsonNode newer = export.cfPackage(FrameworkVersionId.of("senior-hit@1.1")).orElseThrow();
        Set<String> olderItems = new HashSet<>();
        older.get("CFItems").forEach(i -> olderItems.add(i.get("identifier").asString()));
        List<JsonNode> replaced = list(older.get("CFAssociations")).stream()
                .filter(a -> a.get("associationType").asString().equals("replacedBy")).toList();
        assertThat(replaced).isNotEmpty().allSatisfy(a -> assertThat(olderItems).contains(a.at("/originNodeURI/identifier").asString()));
        // The newer package repeats them (its own replacedBy towards Ver. 1.6 start from its items, not the older ones).
        assertThat(list(newer.get("CFAssociations")).stream().filter(a -> a.get("associationType").asString().equals("replacedBy"))
                .filter(a -> olderItems.contains(a.at("/originNodeURI/identifier").asString())).count())
                .isEqualTo(replaced.size());
    }

    @Test
    void crossFrameworkLinksPointAtTheOtherFrameworksCurrentVersion() {
        JsonNode pkg = export.cfPackage(FrameworkVersionId.of("senior-hit@1.6")).orElseThrow();
        FrameworkTree hit = catalog().tree(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        Set<String> hitItems = new HashSet<>();
        hit.targets().forEach(t -> hitItems.add(export.itemId(hit.version().id(), t.id())));
        assertThat(list(pkg.get("CFAssociations"))).anySatisfy(a -> {
            assertThat(a.get("associationType").asString()).isIn("isRelatedTo", "precedes");
            assertThat(hitItems).containsAnyOf(a.at("/destinationNodeURI/identifier").asString(), a.at("/originNodeURI/identifier").asString());
        });
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
