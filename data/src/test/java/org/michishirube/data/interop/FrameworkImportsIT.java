package org.michishirube.data.interop;

import org.michishirube.interop.CaseExport;
import org.michishirube.interop.CasePackageReader;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.VisibleVersions;

import org.michishirube.data.graph.Sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.DataAutoConfiguration;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.dataset.DatasetSource;
import org.michishirube.data.graph.GraphRevision;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.GraphSnapshotReader;
import org.michishirube.data.testing.CaseSchema;
import org.michishirube.data.testing.Fixtures;
import org.michishirube.data.testing.GraphDump;
import org.michishirube.data.testing.TestNeo4j;
import org.neo4j.driver.Driver;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.node.ObjectNode;

class FrameworkImportsIT {

    static final List<String> PACKAGES = List.of("opensalt-test-smartlevel", "opensalt-what-standards-could-be",
            "opensalt-test-act-holistic-math-ordering", "sbac-g3-math-item-spec");

    private final Driver driver = TestNeo4j.driver();
    private final FrameworkImports imports = new FrameworkImports(Sessions.of(driver));

    @BeforeEach
    void referenceDataset() {
        TestNeo4j.clear();
        new DataAutoConfiguration.SchemaMigrations(Sessions.of(driver)).apply();
        new DatasetLoader(Sessions.of(driver), DatasetSource.at(new DefaultResourceLoader(), "classpath:dataset/")).reload();
    }

    @Test
    void everyRealPackageImportsAsADraftThatThePublicSnapshotDoesNotSee() {
        GraphSnapshot before = new GraphSnapshotReader(Sessions.of(driver)).read();
        for (String name : PACKAGES) {
            ImportedFramework f = CasePackageReader.read(Fixtures.read("case/" + name + ".cfpackage.json"));
            String fw = "pkg" + PACKAGES.indexOf(name);
            long revision = GraphRevision.current(Sessions.of(driver));
            ImportReport report = imports.store(f, new ImportRequest(new FrameworkId(fw), "1", Optional.empty(), Optional.empty(), Optional.empty()), "steward-1");
            assertThat(GraphRevision.current(Sessions.of(driver))).isEqualTo(revision + 1);
            assertThat(report.createdFramework()).isTrue();
            assertThat(report.createdCredential()).isTrue();
            assertThat(report.targets()).as(name).isEqualTo(f.items().size());
            assertThat(report.precedes()).isEqualTo(f.precedes().size());
            assertThat(report.mapped()).allSatisfy(m -> assertThat(TargetId.isWellFormed(m.id())).isTrue());
            assertThat(report.notes()).anyMatch(n -> n.contains("no Japanese text"));
            FrameworkImports.Draft draft = imports.draft(FrameworkVersionId.of(fw + "@1")).orElseThrow();
            assertThat(draft.tree().targets()).hasSize(f.items().size());
            assertThat(draft.importedBy()).isEqualTo("steward-1");
        }
        GraphSnapshot after = new GraphSnapshotReader(Sessions.of(driver)).read();
        assertThat(after.graph().credentials()).isEqualTo(before.graph().credentials());
        assertThat(after.graph().frameworks()).isEqualTo(before.graph().frameworks());
        assertThat(after.trees().keySet()).isEqualTo(before.trees().keySet());
        assertThat(imports.drafts()).hasSize(PACKAGES.size());
    }

    @Test
    void importExportImportGivesTheSameItemsHierarchyAndAssociations() {
        for (String name : PACKAGES) {
            ImportedFramework original = CasePackageReader.read(Fixtures.read("case/" + name + ".cfpackage.json"));
            imports.store(original, request("first", "1"), "s");
            ObjectNode exported = export(FrameworkVersionId.of("first@1"));
            assertThat(CaseSchema.errors(exported)).as(name).isEmpty();
            ImportedFramework again = CasePackageReader.read(exported.toString());
            imports.store(again, request("second", "1"), "s");
            FrameworkImports.Draft first = imports.draft(FrameworkVersionId.of("first@1")).orElseThrow();
            FrameworkImports.Draft second = imports.draft(FrameworkVersionId.of("second@1")).orElseThrow();
            assertThat(shape(second)).as(name).isEqualTo(shape(first));
            assertThat(second.marks().exactMatches().values().stream().mapToInt(List::size).sum())
                    .isEqualTo(original.exactMatches().values().stream().mapToInt(List::size).sum());
            TestNeo4j.clear();
            referenceDataset();
        }
    }

    @Test
    void ourOwnExportBecomesANewDraftVersionWithTheSameTargetIds() {
        VisibleVersions catalog = CaseExportTests.catalog();
        ObjectNode hit = new CaseExport(catalog).cfPackage(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        ImportReport report = imports.store(CasePackageReader.read(hit.toString()),
                new ImportRequest(new FrameworkId("hit"), "2026-draft", Optional.empty(), Optional.empty(), Optional.empty()), "s");
        assertThat(report.createdFramework()).isFalse();
        FrameworkImports.Draft draft = imports.draft(FrameworkVersionId.of("hit@2026-draft")).orElseThrow();
        var reference = catalog.tree(FrameworkVersionId.of("hit@fy2020")).orElseThrow();
        assertThat(draft.tree().targetsById().keySet()).isEqualTo(reference.targetsById().keySet());
        assertThat(draft.tree().domains()).isEqualTo(reference.domains());
        assertThat(draft.tree().target(TargetId.of("hit.it.db.sql")).orElseThrow().name())
                .isEqualTo(reference.target(TargetId.of("hit.it.db.sql")).orElseThrow().name());
        // Within-framework prerequisites survive; those into other frameworks were reported as skipped.
        long inside = reference.prerequisites().values().stream().flatMap(Set::stream).filter(reference::ownsId).count();
        assertThat(report.precedes()).isEqualTo((int) inside);
        assertThat(draft.tree().version().supersedes()).contains(FrameworkVersionId.of("hit@fy2020"));
        // The public snapshot still serves fy2020 as the current version, and the reference domains are untouched.
        GraphSnapshot snapshot = new GraphSnapshotReader(Sessions.of(driver)).read();
        assertThat(snapshot.graph().currentVersion(new FrameworkId("hit"))).contains(FrameworkVersionId.of("hit@fy2020"));
        assertThat(snapshot.tree(FrameworkVersionId.of("hit@2026-draft"))).isEmpty();
    }

    @Test
    void aFailedImportLeavesTheGraphExactlyAsItWas() {
        List<String> before = GraphDump.of(driver);
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/sbac-g3-math-item-spec.cfpackage.json"));
        for (String step : List.of("version", "links")) {
            imports.afterEachStep(s -> {
                if (s.equals(step)) {
                    throw new IllegalStateException("failing after " + s);
                }
            });
            assertThatThrownBy(() -> imports.store(f, request("sbac", "1"), "s")).hasMessageContaining("failing after " + step);
            assertThat(GraphDump.of(driver)).isEqualTo(before);
        }
        imports.afterEachStep(s -> { });
        // A version id that exists is a conflict, found before anything is written.
        assertThatThrownBy(() -> imports.store(f, new ImportRequest(new FrameworkId("hit"), "fy2020", Optional.empty(), Optional.empty(),
                Optional.empty()), "s")).isInstanceOf(ImportConflictException.class);
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void aNewFrameworkCanJoinAnExistingCredential() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        ImportReport report = imports.store(f, new ImportRequest(new FrameworkId("smart"), "1", Optional.of(new CredentialId("hit")),
                Optional.of(LocalizedText.of("x", "x")), Optional.empty()), "s");
        assertThat(report.createdCredential()).isFalse();
        assertThat(report.notes()).anyMatch(n -> n.contains("credential hit exists"));
        // hit's own framework stays the one the public sees.
        assertThat(new GraphSnapshotReader(Sessions.of(driver)).read().graph().credential(new CredentialId("hit")).orElseThrow().framework())
                .contains(new FrameworkId("hit"));
    }

    private ObjectNode export(FrameworkVersionId id) {
        FrameworkImports.Draft d = imports.draft(id).orElseThrow();
        VisibleVersions catalog = new VisibleVersions("https://m.example.org", List.of(d.credential()), List.of(d.framework()), List.of(d.tree()),
                Map.of(id, d.marks()), Instant.EPOCH);
        return new CaseExport(catalog).cfPackage(id).orElseThrow();
    }

    private static ImportRequest request(String framework, String version) {
        return new ImportRequest(new FrameworkId(framework), version, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Items by CASE identifier with their text and parent, and the links between them, free of the framework's own ids. */
    private static Set<String> shape(FrameworkImports.Draft d) {
        Map<TargetId, String> caseId = d.marks().items();
        Set<String> lines = new TreeSet<>();
        d.tree().targets().forEach(t -> lines.add("item " + caseId.get(t.id()) + " " + t.name() + " kind=" + t.kind() + " parent="
                + t.parent().map(caseId::get).orElse("-")));
        d.tree().prerequisites().forEach((t, ps) -> ps.forEach(p -> lines.add("precedes " + caseId.get(p) + " " + caseId.get(t))));
        d.tree().related().forEach((a, bs) -> bs.forEach(b -> lines.add("related " + caseId.get(a) + " " + caseId.get(b))));
        d.marks().exactMatches().forEach((t, ls) -> ls.forEach(l -> lines.add("exact " + caseId.get(t) + " " + l.identifier())));
        return lines.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
