package org.michishirube.data.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.dataset.DatasetReader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.dataset.ReferenceDataset;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.testing.TestNeo4j;
import org.neo4j.driver.Driver;

class SchemaAndSnapshotIT {

    private static final Driver DRIVER = TestNeo4j.driver();
    private static final DatasetSource SHIPPED = DatasetSource.shipped();

    @BeforeAll
    static void load() {
        TestNeo4j.clear();
        new SchemaMigrations(DRIVER, Optional.empty()).apply();
        new DatasetLoader(Database.of(DRIVER), SHIPPED).reload();
    }

    @Test
    void migrationsCreateUniqueIdsAndLeaveNoFullTextIndex() {
        try (var session = DRIVER.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] + '.' + properties[0] AS c")
                    .list(r -> r.get("c").asString());
            assertThat(constraints).contains("Credential.id", "Target.uid", "Role.id", "FrameworkVersion.id", "Domain.id", "CareerPath.id");
            // V0003 created the cjk index; V0017 drops it again, since search answers from memory.
            assertThat(session.run("SHOW FULLTEXT INDEXES YIELD name RETURN name").list(r -> r.get("name").asString())).doesNotContain("search_text");
            int migrationsApplied = session.run("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m) AS c").single().get("c").asInt();
            // One per migration file, whoever adds the next one.
            assertThat(migrationsApplied).isEqualTo(migrationFiles());
        }
        // Applying again is a no-op.
        new SchemaMigrations(DRIVER, Optional.empty()).apply();
    }

    private static int migrationFiles() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(SchemaAndSnapshotIT.class.getResource("/neo4j/migrations").toURI()))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.cypher")).count();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSnapshotReadBackFromNeo4jEqualsTheDatasetAsRead() {
        ReferenceDataset dataset = new DatasetReader(SHIPPED).read();
        GraphSnapshot snapshot = new GraphSnapshotReader(Database.of(DRIVER)).read();

        assertThat(snapshot.graph().credentials()).containsExactlyInAnyOrderElementsOf(dataset.credentials());
        assertThat(snapshot.graph().roles()).containsExactlyInAnyOrderElementsOf(dataset.roles());
        assertThat(snapshot.graph().frameworks()).containsExactlyInAnyOrderElementsOf(dataset.frameworks());
        assertThat(snapshot.trees()).hasSize(dataset.trees().size());
        dataset.trees().forEach(tree -> {
            var read = snapshot.tree(tree.version().id()).orElseThrow();
            assertThat(read.version()).isEqualTo(tree.version());
            assertThat(read.domains()).extracting(d -> d.id()).containsExactlyInAnyOrderElementsOf(tree.domains().stream().map(d -> d.id()).toList());
            assertThat(read.targets()).containsExactlyInAnyOrderElementsOf(tree.targets());
            assertThat(read.prerequisites()).isEqualTo(tree.prerequisites());
            assertThat(read.related()).isEqualTo(tree.related());
            assertThat(read.lineage()).containsExactlyInAnyOrderElementsOf(tree.lineage());
        });
        assertThat(snapshot.statistics()).containsExactlyInAnyOrderElementsOf(dataset.statistics());
        // Sittings come back stage by stage, dates as dates, projected and cancelled flags kept.
        assertThat(dataset.sittings()).isNotEmpty();
        assertThat(snapshot.sittings().all()).containsExactlyInAnyOrderElementsOf(dataset.sittings());
        // HIT's three subjects (credentials.yaml exam.subjects: it, sys, med) are domains of its framework; Senior HIT's
        // papers (am, pm) are not, so only HIT's exam is passed subject by subject.
        assertThat(snapshot.sittings().subjects(new CredentialId("hit")).orElseThrow().subjects()).extracting(Object::toString)
                .containsExactly("hit.it", "hit.sys", "hit.med");
        assertThat(snapshot.sittings().subjects(new CredentialId("hit")).orElseThrow().creditYears()).isEqualTo(2);
        assertThat(snapshot.sittings().subjects(new CredentialId("senior-hit"))).isEmpty();
        // Career paths come back stage by stage, with absent roles, credentials and notes still absent.
        assertThat(dataset.careerPaths()).isNotEmpty();
        assertThat(snapshot.careerPaths()).containsExactlyInAnyOrderElementsOf(dataset.careerPaths());
        assertThat(snapshot.graph().prerequisiteCount()).isEqualTo(dataset.graph().prerequisiteCount());
        assertThat(snapshot.graph().currentVersion(new FrameworkId("hit"))).isPresent();
        assertThat(snapshot.graph().credential(new CredentialId("miis"))).isPresent();
    }

    @Test
    void aSnapshotNoticesAWriteMadeThroughAnotherInstance() {
        PublishedGraph mine = new PublishedGraph(Database.of(DRIVER));
        mine.refresh();
        long before = mine.snapshot().revision();
        assertThat(mine.refreshIfStale()).isFalse();

        // Another instance writes: all it shares with this one is the graph and its revision counter.
        try (var session = DRIVER.session()) {
            session.executeWrite(tx -> {
                tx.run("MATCH (c:Credential {id: 'hit'}) SET c.nameEn = 'Healthcare Information Technologist (edited)'");
                GraphRevision.increment(tx);
                return null;
            });
        }

        assertThat(mine.refreshIfStale()).isTrue();
        assertThat(mine.snapshot().revision()).isEqualTo(before + 1);
        assertThat(mine.snapshot().graph().credential(new CredentialId("hit")).orElseThrow().name().en()).endsWith("(edited)");
        new DatasetLoader(Database.of(DRIVER), SHIPPED).reload();
    }
}
