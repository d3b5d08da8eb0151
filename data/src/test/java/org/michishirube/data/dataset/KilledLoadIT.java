package org.michishirube.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.data.embedded.EmbeddedNeo4j;
import org.michishirube.data.learner.KillableProfileSave;
import org.michishirube.data.learner.ProfileWrite;
import org.michishirube.data.revision.KillableDraftImport;
import org.michishirube.data.revision.RevisionWrite;
import org.michishirube.testing.Fixtures;
import org.michishirube.testing.DatasetCopy;
import org.michishirube.data.testing.GraphDump;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.node.ObjectNode;

/**
 * A process killed (SIGKILL) in the middle of a write, then restarted on the same files, finds the graph exactly as it
 * was before the write began: each write is one transaction, and Neo4j drops an uncommitted one on recovery. The writes
 * are a dataset reload, the publication of a framework revision, a curriculum import, a framework import as a draft and
 * a learner's profile save ({@link KillableLoad} runs them in a child JVM). After the restart, the client's retry (the
 * same write, same request) runs to the end and leaves the graph equal to that of a run that was never interrupted, so
 * the killed one left nothing in its way either.
 */
class KilledLoadIT {

    @TempDir
    Path temp;

    @Test
    void aKilledReloadLeavesNoTraceAfterRestart() throws Exception {
        DatasetCopy edited = DatasetCopy.of(Files.createDirectories(temp.resolve("dataset")));
        edited.edit(edited.frameworkFiles().get(0), root -> ((ObjectNode) DatasetCopy.targets(root).get(0).get("name")).put("ja", "途中で殺される変更"));
        killMidwayAndRestart("reload", line -> line.contains("nameJa=途中で殺される変更"), edited.dir().toUri().toString());
    }

    @Test
    void aKilledPublicationLeavesNoTraceAfterRestart() throws Exception {
        Dumps dumps = killMidwayAndRestart("publish", line -> line.startsWith("N [FrameworkVersion]") && line.matches(".*\\bid=miis@2026[,}].*"));
        assertThat(dumps.before()).anyMatch(line -> line.startsWith("N [Draft]") && line.contains("status=in-review"));
        assertThat(dumps.finished()).anyMatch(line -> line.startsWith("N [Draft]") && line.contains("status=published"));
    }

    @Test
    void aKilledCurriculumImportLeavesNoTraceAfterRestart() throws Exception {
        Dumps dumps = killMidwayAndRestart("curriculum-import", line -> line.startsWith("N [Course]") && line.contains("code=RT-500"));
        assertThat(dumps.before()).anyMatch(line -> line.startsWith("N [Curriculum]") && line.contains("version=1"));
        assertThat(dumps.finished()).anyMatch(line -> line.startsWith("N [Curriculum]") && line.contains("version=2"));
    }

    @Test
    void aKilledDraftImportLeavesNoTraceAndItsRetryImportsOnce() throws Exception {
        Fixtures.read(KillableDraftImport.PACKAGE);
        Dumps dumps = killMidwayAndRestart("draft-import", line -> line.startsWith("N [Draft]") && line.contains("id=" + KillableDraftImport.DRAFT + ","),
                (driver, finished) -> {
                    assertThat(count(driver, "MATCH (d:Draft {id: $id}) RETURN count(d)")).isEqualTo(1);
                    assertThat(count(driver, "MATCH (:Draft {id: $id})-[:LOGGED]->(a:DraftAudit) RETURN count(a)")).isEqualTo(1);
                    // The framework and its credential are created only when the draft is published.
                    assertThat(count(driver, "MATCH (f:Framework {id: 'smart'}) RETURN count(f)")).isZero();
                    // Sending the same package once more is answered as unchanged and writes nothing.
                    assertThat(KillableDraftImport.importDraft(driver, step -> { })).isInstanceOf(RevisionWrite.Unchanged.class);
                    assertThat(GraphDump.of(driver)).isEqualTo(finished);
                });
        assertThat(labelCounts(dumps.finished())).isEqualTo(plus(labelCounts(dumps.before()), "[Draft]", "[DraftAudit]"));
    }

    @Test
    void aKilledProfileSaveLeavesNoTraceAndItsRetrySavesOnce() throws Exception {
        Dumps dumps = killMidwayAndRestart("profile-save",
                line -> line.startsWith("N [Learner]") && line.contains("subject=" + KillableProfileSave.SUBJECT),
                (driver, finished) -> {
                    try (var session = driver.session()) {
                        var learners = session.run("MATCH (l:Learner {subject: $s}) RETURN l.profile AS p, l.profileVersion AS v",
                                Map.of("s", KillableProfileSave.SUBJECT)).list();
                        assertThat(learners).hasSize(1);
                        assertThat(learners.get(0).get("p").asString()).isEqualTo(KillableProfileSave.PROFILE);
                        assertThat(learners.get(0).get("v").asLong()).isEqualTo(1);
                    }
                    // Sending the same create once more is refused as a conflict (the profile exists at version 1) and writes nothing.
                    assertThat(KillableProfileSave.save(driver, step -> { })).isEqualTo(new ProfileWrite.Exists(1));
                    assertThat(GraphDump.of(driver)).isEqualTo(finished);
                });
        assertThat(labelCounts(dumps.finished())).isEqualTo(plus(labelCounts(dumps.before()), "[Learner]"));
    }

    /**
     * The graph as dumped before the write, and after the write ran to the end once the database was restarted.
     */
    record Dumps(List<String> before, List<String> finished) {
    }

    /** Checks the graph after the retry, on the restarted database. */
    @FunctionalInterface
    interface AfterRetry {
        void check(Driver driver, List<String> finished);
    }

    private Dumps killMidwayAndRestart(String mode, Predicate<String> written, String... arguments) throws Exception {
        return killMidwayAndRestart(mode, written, (driver, finished) -> { }, arguments);
    }

    /**
     * Runs the write of {@code mode} in a child JVM, kills the child with SIGKILL inside the write's transaction, restarts
     * the database on the same files and checks that the graph reads back equal to the child's dump from before the write.
     * Then retries the same write to the end and checks that the graph equals that of a run, on a fresh database, that
     * was never interrupted.
     *
     * @param written a line of the dump that only the write produces
     * @param afterRetry further checks on the restarted database once the retry is done
     */
    private Dumps killMidwayAndRestart(String mode, Predicate<String> written, AfterRetry afterRetry, String... arguments) throws Exception {
        Path home = temp.resolve("neo4j");
        Path dump = temp.resolve("before.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), KillableLoad.class.getName(), mode, home.toString(), dump.toString()));
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean midway = false;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(KillableLoad.MIDWAY)) {
                    midway = true;
                    break;
                }
                output.add(line);
            }
        }
        assertThat(midway).as("the child reached the middle of the %s; it said:%n%s", mode, String.join("\n", output)).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> before = Files.readAllLines(dump);
        List<String> finished;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            assertThat(GraphDump.of(driver)).as("the graph after the killed %s", mode).isEqualTo(before);
            assertThat(before).noneMatch(written);
            KillableLoad.write(mode, List.of(arguments)).run(driver, step -> { });
            finished = GraphDump.of(driver);
            assertThat(finished).as("the graph after the %s ran to the end", mode).anyMatch(written);
            afterRetry.check(driver, finished);
        }
        assertThat(comparable(finished)).as("the graph after the retried %s, against a run never interrupted", mode)
                .isEqualTo(comparable(uninterrupted(mode, arguments)));
        return new Dumps(before, finished);
    }

    /** {@return the dump after the same write ran, never interrupted, on a fresh database prepared as the child's} */
    private List<String> uninterrupted(String mode, String... arguments) {
        KillableLoad.Write write = KillableLoad.write(mode, List.of(arguments));
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(temp.resolve("uninterrupted"), 0);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            KillableLoad.prepare(driver, write);
            write.run(driver, step -> { });
            return GraphDump.of(driver);
        }
    }

    /** {@return the dump without what differs between two databases fed the same writes: clock readings and element ids} */
    private static List<String> comparable(List<String> dump) {
        return dump.stream().map(line -> line
                        .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?(\\[[^\\]]+\\])?", "<time>")
                        .replaceAll("4:[0-9a-f-]{36}:\\d+", "<element>"))
                .sorted().toList();
    }

    /** {@return how many nodes of each label set a dump holds, counted from its lines} */
    private static Map<String, Long> labelCounts(List<String> dump) {
        Map<String, Long> counts = new TreeMap<>();
        dump.stream().filter(line -> line.startsWith("N ")).map(line -> line.substring(2, line.indexOf(']') + 1))
                .forEach(labels -> counts.merge(labels, 1L, Long::sum));
        return counts;
    }

    /** {@return the counts with one more node of each label set named} */
    private static Map<String, Long> plus(Map<String, Long> counts, String... added) {
        Map<String, Long> out = new TreeMap<>(counts);
        for (String labels : added) {
            out.merge(labels, 1L, Long::sum);
        }
        return out;
    }

    /** {@return a count query's answer; {@code $id} is the imported draft's id} */
    private static long count(Driver driver, String query) {
        try (var session = driver.session()) {
            return session.run(query, Map.of("id", KillableDraftImport.DRAFT)).single().get(0).asLong();
        }
    }
}
