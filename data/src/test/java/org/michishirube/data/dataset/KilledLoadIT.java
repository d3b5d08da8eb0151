package org.michishirube.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.data.embedded.EmbeddedNeo4j;
import org.michishirube.data.testing.DatasetCopy;
import org.michishirube.data.testing.GraphDump;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.node.ObjectNode;

/**
 * A process killed (SIGKILL) in the middle of a dataset reload, then restarted on the same files, finds the graph
 * exactly as it was before the reload began: the reload is one transaction, and Neo4j drops it on recovery.
 */
class KilledLoadIT {

    @TempDir
    Path temp;

    @Test
    void aKilledReloadLeavesNoTraceAfterRestart() throws Exception {
        Path home = temp.resolve("neo4j");
        Path dump = temp.resolve("before.txt");
        DatasetCopy edited = DatasetCopy.of(Files.createDirectories(temp.resolve("dataset")));
        edited.edit(edited.frameworkFiles().get(0), root -> ((ObjectNode) DatasetCopy.targets(root).get(0).get("name")).put("ja", "途中で殺される変更"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), KillableLoad.class.getName(),
                home.toString(), dump.toString(), edited.dir().toUri().toString())
                .redirectErrorStream(true).start();
        boolean midway = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("MIDWAY")) {
                    midway = true;
                    break;
                }
            }
        }
        assertThat(midway).as("the child reached the middle of the reload").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> before = Files.readAllLines(dump);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            assertThat(GraphDump.of(driver)).isEqualTo(before);
        }
    }
}
