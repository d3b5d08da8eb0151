package org.michishirube.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.data.embedded.EmbeddedNeo4j;
import org.michishirube.testing.DatasetCopy;
import org.michishirube.data.testing.GraphDump;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.node.ObjectNode;

/**
 * A process killed (SIGKILL) in the middle of a write, then restarted on the same files, finds the graph exactly as it
 * was before the write began: each write is one transaction, and Neo4j drops an uncommitted one on recovery. The writes
 * are a dataset reload, the publication of a framework revision and a curriculum import ({@link KillableLoad} runs them
 * in a child JVM); after the restart, the same write runs to the end, so the killed one left nothing in its way either.
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

    /**
     * The graph as dumped before the write, and after the write ran to the end once the database was restarted.
     */
    record Dumps(List<String> before, List<String> finished) {
    }

    /**
     * Runs the write of {@code mode} in a child JVM, kills the child with SIGKILL inside the write's transaction, restarts
     * the database on the same files and checks that the graph reads back equal to the child's dump from before the write.
     * Then runs the same write to the end and checks that it writes what the killed one would have.
     *
     * @param written a line of the dump that only the write produces
     */
    private Dumps killMidwayAndRestart(String mode, Predicate<String> written, String... arguments) throws Exception {
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
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            assertThat(GraphDump.of(driver)).as("the graph after the killed %s", mode).isEqualTo(before);
            assertThat(before).noneMatch(written);
            KillableLoad.write(mode, List.of(arguments)).run(driver, step -> { });
            List<String> finished = GraphDump.of(driver);
            assertThat(finished).as("the graph after the %s ran to the end", mode).anyMatch(written);
            return new Dumps(before, finished);
        }
    }
}
