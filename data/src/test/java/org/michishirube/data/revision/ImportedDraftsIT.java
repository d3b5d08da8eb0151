package org.michishirube.data.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.dataset.SearchVocabulary;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.interop.FrameworkImports;
import org.michishirube.data.interop.ImportRequest;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.search.Search;
import org.michishirube.testing.CaseSchema;
import org.michishirube.testing.Fixtures;
import org.michishirube.data.testing.GraphDump;
import org.michishirube.data.testing.TestDatabase;
import org.michishirube.testing.TestNeo4j;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.casepackage.CasePackageReader;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.VisibleVersions;
import tools.jackson.databind.node.ObjectNode;

/** Imports become drafts in the one draft store: invisible until published, then served like any version. */
class ImportedDraftsIT {

    static final List<String> PACKAGES = List.of("opensalt-test-smartlevel", "opensalt-what-standards-could-be",
            "opensalt-test-act-holistic-math-ordering", "sbac-g3-math-item-spec");
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 12, 1);

    private final Database database = TestDatabase.database();
    private PublishedGraph graph;
    private Revisions store;

    @BeforeEach
    void referenceDataset() {
        TestNeo4j.clear();
        new SchemaMigrations(TestNeo4j.driver(), database.name()).apply();
        new DatasetLoader(database, DatasetSource.shipped()).reload();
        graph = new PublishedGraph(database);
        graph.refresh();
        store = new Revisions(database, graph, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void everyRealPackageBecomesAFirstVersionDraftThatNothingPublicSees() {
        List<String> before = GraphDump.of(TestNeo4j.driver()).stream().filter(ImportedDraftsIT::notDraft).toList();
        for (String name : PACKAGES) {
            ImportedFramework f = CasePackageReader.read(Fixtures.read("case/" + name + ".cfpackage.json"));
            String fw = "pkg" + PACKAGES.indexOf(name);
            DraftState d = done(store.importDraft(f, request(fw, "1"), "steward-1"));
            assertThat(d.draft().isFirstVersion()).isTrue();
            assertThat(d.base()).isEmpty();
            assertThat(d.draft().tree().targets()).as(name).hasSize((int) f.items().stream().filter(i -> !i.domain()).count());
            assertThat(d.imported().orElseThrow().newFramework()).isPresent();
            assertThat(d.imported().orElseThrow().newCredential()).isPresent();
            // Read back from the store, the import's marks survive.
            DraftState read = store.find(d.id()).block();
            assertThat(read.imported().orElseThrow().marks()).isEqualTo(d.imported().get().marks());
            assertThat(read.draft()).isEqualTo(d.draft());
        }
        // Nothing but Draft nodes (and their audit) was written: no framework, credential, domain or target.
        assertThat(GraphDump.of(TestNeo4j.driver()).stream().filter(ImportedDraftsIT::notDraft).toList())
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(new Search(graph, SearchVocabulary.shipped()).search("Smarter", Optional.empty(), "en", 0, 20).block().hits()).isEmpty();
    }

    @Test
    void aPublishedImportIsServedWithItsIdentifiersAndSearchFindsIt() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        FrameworkVersionId id = FrameworkVersionId.of("smart@1");
        done(store.importDraft(f, request("smart", "1"), "a"));
        publish(id, 1);
        GraphSnapshot s = graph.snapshot();
        assertThat(s.graph().currentVersion(new FrameworkId("smart"))).contains(id);
        assertThat(s.graph().credential(new CredentialId("smart"))).isPresent();
        FrameworkTree tree = s.tree(id).orElseThrow();
        assertThat(tree.targets()).hasSize((int) f.items().stream().filter(i -> !i.domain()).count());
        Map<FrameworkVersionId, CaseMarks> marks = new FrameworkImports(database).marks(List.of(id));
        assertThat(marks.get(id).items().values()).containsExactlyInAnyOrderElementsOf(
                f.items().stream().filter(i -> !i.domain()).map(ImportedFramework.Item::identifier).toList());
        ObjectNode exported = new CaseExport(new VisibleVersions("https://m.example.org", s.graph().credentials(), s.graph().frameworks(),
                List.copyOf(s.trees().values()), marks, Instant.EPOCH)).cfPackage(id).orElseThrow();
        assertThat(CaseSchema.errors(exported)).isEmpty();
        assertThat(exported.get("CFDocument").get("identifier").asString()).isEqualTo(f.documentIdentifier());
        String word = f.items().stream().filter(i -> !i.domain()).findFirst().orElseThrow().name().in("en").split(" ")[0];
        assertThat(new Search(graph, SearchVocabulary.shipped()).search(word, Optional.empty(), "en", 0, 50).block().hits())
                .anySatisfy(h -> assertThat(h.id()).startsWith("smart."));
    }

    @Test
    void theNextVersionOfAKnownFrameworkCarriesLineageFromThePackage() {
        ObjectNode hit = ownExport("hit@fy2020");
        // The next version: one item retired, one replaced by a new item that says so (replacedBy from the old item).
        var items = (tools.jackson.databind.node.ArrayNode) hit.get("CFItems");
        String retiredCode = "hit.it.db.recovery";
        String replacedCode = "hit.it.db.normalisation";
        ObjectNode replaced = null;
        String retiredIdentifier = null;
        for (int i = items.size() - 1; i >= 0; i--) {
            ObjectNode item = (ObjectNode) items.get(i);
            String code = item.path("humanCodingScheme").asString("");
            if (code.equals(retiredCode)) {
                retiredIdentifier = item.get("identifier").asString();
                items.remove(i);
            } else if (code.equals(replacedCode)) {
                replaced = item;
            }
        }
        var all = (tools.jackson.databind.node.ArrayNode) hit.get("CFAssociations");
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).toString().contains(retiredIdentifier)) {
                all.remove(i);
            }
        }
        assertThat(replaced).as("the export holds " + replacedCode).isNotNull();
        String oldIdentifier = replaced.get("identifier").asString();
        String newIdentifier = "0b1c2d3e-0000-4000-8000-000000000001";
        replaced.put("identifier", newIdentifier);
        replaced.put("humanCodingScheme", "hit.it.db.modelling");
        ((ObjectNode) replaced.path("extensions").path("michishirube")).put("id", "hit.it.db.modelling");
        var associations = (tools.jackson.databind.node.ArrayNode) hit.get("CFAssociations");
        for (var a : associations) {
            ObjectNode o = (ObjectNode) a;
            for (String end : List.of("originNodeURI", "destinationNodeURI")) {
                if (o.path(end).path("identifier").asString("").equals(oldIdentifier)) {
                    ((ObjectNode) o.get(end)).put("identifier", newIdentifier);
                }
            }
        }
        ObjectNode link = associations.addObject();
        link.put("identifier", "0b1c2d3e-0000-4000-8000-000000000002");
        link.put("associationType", "replacedBy");
        link.putObject("originNodeURI").put("identifier", oldIdentifier).put("uri", "https://m.example.org/x/" + oldIdentifier).put("title", "old");
        link.putObject("destinationNodeURI").put("identifier", newIdentifier).put("uri", "https://m.example.org/x/" + newIdentifier).put("title", "new");
        link.put("lastChangeDateTime", "2026-12-01T00:00:00+00:00");
        ImportedFramework f = CasePackageReader.read(hit.toString());
        DraftState d = done(store.importDraft(f, request("hit", "2027"), "a"));
        assertThat(d.base()).contains(FrameworkVersionId.of("hit@fy2020"));
        var lineage = d.draft().tree().lineage();
        assertThat(f.successions()).isNotEmpty();
        assertThat(lineage).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineageKind.REPLACED_BY);
            assertThat(l.from()).containsExactly(TargetId.of(replacedCode));
            assertThat(l.to()).containsExactly(TargetId.of("hit.it.db.modelling"));
        });
        assertThat(lineage).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineageKind.RETIRED);
            assertThat(l.from()).contains(TargetId.of(retiredCode));
        });
        publish(FrameworkVersionId.of("hit@2027"), 1);
        assertThat(graph.snapshot().graph().currentVersion(new FrameworkId("hit"))).contains(FrameworkVersionId.of("hit@2027"));
    }

    @Test
    void aRefusedOrRacingImportLeavesTheGraphExactlyAsItWas() {
        List<String> before = GraphDump.of(TestNeo4j.driver());
        ImportedFramework empty = CasePackageReader.read("""
                {"CFDocument":{"identifier":"d0000000-0000-4000-8000-000000000000","uri":"https://x.example/d","creator":"x","title":"Empty",
                 "lastChangeDateTime":"2026-01-01T00:00:00+00:00"},"CFItems":[],"CFAssociations":[]}""");
        assertThatThrownBy(() -> store.importDraft(empty, request("empty", "1"), "a")).isInstanceOf(InvalidImportException.class)
                .hasMessageContaining("no items");
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(before);
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        assertThat(store.importDraft(f, request("hit", "fy2020"), "a")).isInstanceOf(RevisionWrite.Refused.class);
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(before);
        // The same package into the same draft twice changes nothing; into another framework it is refused, naming both.
        DraftState first = done(store.importDraft(f, request("smart", "1"), "a"));
        List<String> once = GraphDump.of(TestNeo4j.driver());
        RevisionWrite again = store.importDraft(f, request("smart", "1"), "a");
        assertThat(again).isInstanceOfSatisfying(RevisionWrite.Unchanged.class, u -> assertThat(u.state()).isEqualTo(first));
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(once);
        RevisionWrite foreign = store.importDraft(f, request("other", "1"), "a");
        assertThat(foreign).isInstanceOfSatisfying(RevisionWrite.Refused.class, r -> {
            assertThat(r.code()).isEqualTo("foreign-package");
            assertThat(r.detail()).contains("smart", "other");
        });
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(once);
    }

    @Test
    void aPublicationOfANewFrameworkThatFailsAtAnyStepLeavesTheGraphAsItWas() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        FrameworkVersionId id = FrameworkVersionId.of("smart@1");
        done(store.importDraft(f, request("smart", "1"), "a"));
        done(store.submit(id, 1, "a").block());
        done(store.approve(id, 2, "b").block());
        List<String> before = GraphDump.of(TestNeo4j.driver());
        for (String step : List.of("versions", "targets", "relationships", "needs", "revision", "logged")) {
            store.afterEachStep(s -> {
                if (s.equals(step)) {
                    throw new IllegalStateException("injected failure after " + s);
                }
            });
            assertThatThrownBy(() -> store.publish(id, 3, "a", EFFECTIVE, true, true).block()).hasMessageContaining(step);
            assertThat(GraphDump.of(TestNeo4j.driver())).as("after a failure at " + step).isEqualTo(before);
        }
        store.afterEachStep(s -> { });
        done(store.publish(id, 3, "a", EFFECTIVE, true, true).block());
        assertThat(graph.snapshot().graph().currentVersion(new FrameworkId("smart"))).contains(id);
    }

    @Test
    void aNewFrameworkCanJoinAnExistingCredential() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        DraftState d = done(store.importDraft(f, new ImportRequest(new FrameworkId("smart"), "1", Optional.of(new CredentialId("hit")),
                Optional.of(LocalizedText.of("x", "x")), Optional.empty()), "s"));
        assertThat(d.imported().orElseThrow().newCredential()).isEmpty();
        assertThat(d.imported().get().notes()).anyMatch(n -> n.contains("credential hit exists"));
    }

    private void publish(FrameworkVersionId id, long revision) {
        done(store.submit(id, revision, "a").block());
        done(store.approve(id, revision + 1, "b").block());
        done(store.publish(id, revision + 2, "a", EFFECTIVE, true, true).block());
    }

    private ObjectNode ownExport(String version) {
        GraphSnapshot s = graph.snapshot();
        return new CaseExport(new VisibleVersions("https://m.example.org", s.graph().credentials(), s.graph().frameworks(),
                List.copyOf(s.trees().values()), Map.of(), Instant.EPOCH)).cfPackage(FrameworkVersionId.of(version)).orElseThrow();
    }

    private static boolean notDraft(String dumpLine) {
        return !dumpLine.contains("Draft") && !dumpLine.contains("-LOGGED->");
    }

    private static DraftState done(RevisionWrite w) {
        assertThat(w).isInstanceOf(RevisionWrite.Done.class);
        return ((RevisionWrite.Done) w).state();
    }

    private static ImportRequest request(String framework, String version) {
        return new ImportRequest(new FrameworkId(framework), version, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
