package org.michishirube.data.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.core.diff.FrameworkTrees;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.core.revision.DraftText;
import org.michishirube.core.revision.Operation;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.GraphSnapshotReader;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.testing.GraphDump;
import org.michishirube.data.testing.TestDatabase;
import org.michishirube.testing.TestNeo4j;

/** Publishing on a real Neo4j: all or nothing, read back by the snapshot reader, and surviving a dataset reload. */
class RevisionsIT {

    static final FrameworkVersionId DRAFT = FrameworkVersionId.of("miis@2026");
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 4, 1);

    private DatasetLoader loader;
    private PublishedGraph graph;
    private Revisions store;

    @BeforeEach
    void load() {
        TestNeo4j.clear();
        new SchemaMigrations(TestNeo4j.driver(), Optional.empty()).apply();
        loader = new DatasetLoader(TestDatabase.database(), DatasetSource.shipped());
        loader.reload();
        graph = new PublishedGraph(TestDatabase.database());
        graph.refresh();
        store = new Revisions(TestDatabase.database(), graph, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
    }

    /** A draft that adds a target and splits miis.pacs.ris, sent for review and approved by a second steward: revision 5. */
    static void approvedDraft(Revisions store) {
        assertThat(store.create(new FrameworkId("miis"), "2026", Optional.empty(), new Provenance("test", Verification.INFERRED), "a").block())
                .isInstanceOf(RevisionWrite.Done.class);
        assertThat(store.apply(DRAFT, 1, "a", new Operation.Add("miis.dicom.wsi-objects", Optional.of(new TargetId("miis.dicom.objects")),
                new DomainId("miis.imaging-standards"), TargetKind.TOPIC, new DraftText("DICOM WSI", "DICOM WSI"), Optional.empty(),
                OptionalInt.of(3), java.util.Set.of(), Optional.of("pathology")), "{}").block()).isInstanceOf(RevisionWrite.Done.class);
        assertThat(store.apply(DRAFT, 2, "a", new Operation.Split(new TargetId("miis.pacs.ris"), List.of(
                Operation.Part.of("miis.pacs.ris-orders", "RISオーダ", "RIS orders"),
                Operation.Part.of("miis.pacs.ris-operations", "RIS運用", "RIS operations")), Optional.of("split")), "{}").block())
                .isInstanceOf(RevisionWrite.Done.class);
        assertThat(store.submit(DRAFT, 3, "a").block()).isInstanceOf(RevisionWrite.Done.class);
        assertThat(store.approve(DRAFT, 4, "a").block()).isInstanceOf(RevisionWrite.Refused.class);
        assertThat(store.approve(DRAFT, 4, "b").block()).isInstanceOf(RevisionWrite.Done.class);
    }

    @Test
    void aFailureAtAnyStepOfPublishingLeavesTheGraphAsItWas() {
        approvedDraft(store);
        List<String> before = GraphDump.of(TestNeo4j.driver());
        for (String step : List.of("versions", "targets", "relationships", "needs", "curricula", "plans", "revision", "logged")) {
            store.afterEachStep(s -> {
                if (s.equals(step)) {
                    throw new IllegalStateException("injected failure after " + s);
                }
            });
            assertThatThrownBy(() -> store.publish(DRAFT, 5, "a", EFFECTIVE, true, true).block()).hasMessageContaining(step);
            assertThat(GraphDump.of(TestNeo4j.driver())).as("after a failure at " + step).isEqualTo(before);
        }
        store.afterEachStep(s -> { });
        assertThat(graph.snapshot().graph().currentVersion(new FrameworkId("miis"))).contains(FrameworkVersionId.of("miis@2011"));
    }

    @Test
    void aPublishedDraftReadsBackAsTheCurrentVersionWithItsLineage() {
        approvedDraft(store);
        var expected = store.find(DRAFT).block().draft().published(EFFECTIVE);
        RevisionWrite w = store.publish(DRAFT, 5, "a", EFFECTIVE, false, false).block();
        assertThat(w).isInstanceOf(RevisionWrite.Done.class);
        assertThat(store.publish(DRAFT, 6, "a", EFFECTIVE, false, false).block()).isInstanceOf(RevisionWrite.Refused.class);
        GraphSnapshot read = new GraphSnapshotReader(TestDatabase.database()).read();
        assertThat(read.graph().currentVersion(new FrameworkId("miis"))).contains(DRAFT);
        assertThat(read.tree(FrameworkVersionId.of("miis@2011")).orElseThrow().version().status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(FrameworkTrees.canonical(read.tree(DRAFT).orElseThrow())).isEqualTo(FrameworkTrees.canonical(expected));
        assertThat(graph.snapshot().revision()).isEqualTo(read.revision());
        assertNeedsFollowedTheSplit(read);
    }

    @Test
    void aDatasetReloadKeepsAPublishedRevisionCurrent() {
        approvedDraft(store);
        store.publish(DRAFT, 5, "a", EFFECTIVE, true, true).block();
        var first = loader.reload();
        GraphSnapshot read = new GraphSnapshotReader(TestDatabase.database()).read();
        assertThat(read.graph().currentVersion(new FrameworkId("miis"))).contains(DRAFT);
        assertThat(read.tree(FrameworkVersionId.of("miis@2011")).orElseThrow().version().status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(read.tree(DRAFT).orElseThrow().domains()).isNotEmpty();
        assertNeedsFollowedTheSplit(read);
        assertThat(first.unchanged()).isTrue();
        assertThat(loader.reload().unchanged()).isTrue();
    }

    private static void assertNeedsFollowedTheSplit(GraphSnapshot read) {
        // roles.yaml: radiology-it needs miis.pacs.ris at level 4, importance 1.0.
        var needs = read.graph().role(new RoleId("radiology-it")).orElseThrow().needs();
        assertThat(needs).noneMatch(n -> n.target().value().equals("miis.pacs.ris"));
        assertThat(needs).filteredOn(n -> n.target().value().startsWith("miis.pacs.ris-"))
                .extracting(n -> n.target().value() + " " + n.level() + " " + n.importance())
                .containsExactlyInAnyOrder("miis.pacs.ris-operations 4 1.0", "miis.pacs.ris-orders 4 1.0");
    }
}
