package org.michishirube.data.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.michishirube.data.DataAutoConfiguration;
import org.michishirube.data.embedded.EmbeddedNeo4j;
import org.michishirube.data.testing.GraphDump;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Run in a child JVM by {@link KilledLoadIT}: loads the shipped dataset, writes the graph's dump, then reloads an
 * edited copy and announces the middle of that transaction, where the parent kills the process.
 */
public final class KillableLoad {

    private KillableLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path dump = Path.of(args[1]);
        String editedDataset = args[2];
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            new DataAutoConfiguration.SchemaMigrations(driver).apply();
            new DatasetLoader(driver, DatasetSource.at(new DefaultResourceLoader(), "classpath:dataset/")).reload();
            List<String> lines = GraphDump.of(driver);
            Files.write(dump, lines);
            DatasetLoader edited = new DatasetLoader(driver, DatasetSource.at(new DefaultResourceLoader(), editedDataset));
            edited.afterEachStep(step -> {
                if (step.equals("relationships")) {
                    System.out.println("MIDWAY");
                    System.out.flush();
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            edited.reload();
        }
    }
}
