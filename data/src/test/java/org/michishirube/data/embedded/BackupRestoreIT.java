package org.michishirube.data.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Semester;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.revision.DraftText;
import org.michishirube.core.revision.Operation;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.curriculum.CurriculumWrite;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.learner.Learners;
import org.michishirube.data.learner.ProfileWrite;
import org.michishirube.data.learner.SavedPlan;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.revision.RevisionWrite;
import org.michishirube.data.revision.Revisions;
import org.michishirube.data.testing.GraphDump;
import org.michishirube.dataset.DatasetSource;
import org.neo4j.cli.CommandFailedException;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A service's whole embedded database (the reference dataset, a draft with its audit, a curriculum, a profile and a
 * saved plan) survives an offline dump and a load into a fresh data directory unchanged, and a restore never
 * overwrites a database that is there.
 */
class BackupRestoreIT {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    static Path work;
    private static Path service;
    private static Path archive;
    private static List<String> before;

    @BeforeAll
    static void fillAndBackUp() {
        service = work.resolve("service");
        archive = work.resolve("backups/michishirube.dump");
        before = withDriver(service, driver -> {
            fill(driver);
            return GraphDump.complete(driver);
        });
        Backup.dump(service, archive, QUIET);
    }

    private static void fill(Driver driver) {
        new SchemaMigrations(driver, Optional.empty()).apply();
        try (Database database = Database.of(driver)) {
            new DatasetLoader(database, DatasetSource.shipped()).reload();
            PublishedGraph graph = new PublishedGraph(database);
            graph.refresh();

            Revisions revisions = new Revisions(database, graph, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
            FrameworkVersionId draft = FrameworkVersionId.of("miis@2026");
            assertThat(revisions.create(new FrameworkId("miis"), "2026", Optional.empty(), new Provenance("test", Verification.INFERRED), "a")
                    .block()).isInstanceOf(RevisionWrite.Done.class);
            assertThat(revisions.apply(draft, 1, "a", new Operation.Add("miis.dicom.wsi-objects", Optional.of(new TargetId("miis.dicom.objects")),
                    new DomainId("miis.imaging-standards"), TargetKind.TOPIC, new DraftText("DICOM WSI", "DICOM WSI"), Optional.empty(),
                    OptionalInt.of(3), Set.of(), Optional.of("pathology")), "{}").block()).isInstanceOf(RevisionWrite.Done.class);
            assertThat(revisions.submit(draft, 2, "a").block()).isInstanceOf(RevisionWrite.Done.class);

            Curriculum curriculum = new Curriculum(new CurriculumId("it-u.radiology-2025"), new InstitutionId("it-u"),
                    LocalizedText.of("診療放射線学科 2025", "Radiological technology 2025"), Visibility.PRIVATE, 0, List.of(
                    new Course("RT-301", LocalizedText.of("医用画像情報学", "Medical imaging informatics"), 3, Semester.FIRST,
                            OptionalInt.of(30), OptionalDouble.of(2), Optional.of("DICOMの基本とPACSの構成を学ぶ。"),
                            List.of(Mapping.of("miis.dicom.core", Depth.REINFORCES)))));
            assertThat(new Curricula(database, graph).create(curriculum).block()).isInstanceOf(CurriculumWrite.Written.class);

            Learners learners = new Learners(database);
            assertThat(learners.saveProfile("learner-1", "{\"credentials\":[\"hit\"]}", OptionalLong.empty()).block())
                    .isInstanceOf(ProfileWrite.Saved.class);
            learners.savePlan(new SavedPlan("plan-1", "learner-1", "MIIS in a year", Instant.parse("2026-03-02T09:00:00Z"),
                    "{\"goal\":{\"credential\":\"miis\"}}", "{\"steps\":[]}", List.of("miis@2011"), List.of("miis.dicom.core"))).block();
        }
        try (var session = driver.session()) {
            // Guards the comparison: it would prove nothing if the writes above had not reached the graph.
            assertThat(session.run("""
                    RETURN count{ (:Draft)-[:LOGGED]->(:DraftAudit) } = 3 AND count{ (:Curriculum) } = 1 AND count{ (:SavedPlan) } = 1
                           AND count{ (l:Learner) WHERE l.profile IS NOT NULL } = 1 AND count{ (:SavedPlan)-[:REFERENCES]->() } = 1 AND count{ (:Target) } > 100 AS filled""")
                    .single().get("filled").asBoolean()).isTrue();
        }
    }

    @Test
    void aRestoreIntoAFreshDataDirectoryIsTheSameGraph() {
        Path restored = work.resolve("restored");
        Backup.load(archive, restored, QUIET);

        assertThat(withDriver(restored, GraphDump::complete)).isEqualTo(before).isNotEmpty();
    }

    @Test
    void aRestoreOverAnExistingDatabaseIsRefusedAndChangesNothing() {
        Path other = work.resolve("other");
        List<String> probe = withDriver(other, driver -> {
            try (var session = driver.session()) {
                session.run("CREATE (:Probe {name: 'kept'})").consume();
            }
            return GraphDump.complete(driver);
        });

        assertThatThrownBy(() -> Backup.load(archive, other, QUIET)).isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("already exists");

        assertThat(withDriver(other, GraphDump::complete)).isEqualTo(probe);
    }

    @Test
    void aRunningServiceIsNotDumped() throws Exception {
        Path running = work.resolve("running");
        Path target = work.resolve("backups/running.dump");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(running, 0)) {
            assertThatThrownBy(() -> Backup.dump(running, target, QUIET)).isInstanceOf(CommandFailedException.class)
                    .hasMessageContaining("in use");
        }
        assertThat(target).doesNotExist();
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(archive);
        }
    }

    @Test
    void anExistingArchiveIsNotOverwritten() throws Exception {
        long size = Files.size(archive);
        assertThatThrownBy(() -> Backup.dump(service, archive, QUIET)).isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.size(archive)).isEqualTo(size);
    }

    private static <T> T withDriver(Path dataDir, Function<Driver, T> work) {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0);
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            return work.apply(driver);
        }
    }
}
