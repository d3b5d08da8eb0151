package org.michishirube.data.dataset;

import org.michishirube.dataset.DatasetSource;
import org.michishirube.data.neo4j.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;

import org.michishirube.data.curriculum.KillableCurriculumImport;
import org.michishirube.data.embedded.EmbeddedNeo4j;
import org.michishirube.data.learner.KillableProfileSave;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.revision.KillableDraftImport;
import org.michishirube.data.revision.KillablePublication;
import org.michishirube.data.testing.GraphDump;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Run in a child JVM by {@link KilledLoadIT}: loads the shipped dataset, lets the chosen {@link Write} prepare what it
 * needs, writes the graph's dump, then runs the write and announces a step inside its transaction, where the parent kills
 * the process.
 *
 * <p>Arguments: the mode ({@code reload}, {@code publish}, {@code curriculum-import}, {@code draft-import} or
 * {@code profile-save}), the database home, the dump file,
 * then the mode's own arguments (for {@code reload}, the URI of the edited dataset).
 */
public final class KillableLoad {

    /** What the child prints, inside the write's transaction, when it is ready to be killed. */
    static final String MIDWAY = "MIDWAY";

    private KillableLoad() {
    }

    /** A write that the child runs and the parent kills inside its transaction. */
    public interface Write {

        /** Commits what must be in the graph before the write; the dump is taken after it. */
        default void prepare(Driver driver) {
        }

        /** The step of the write's transaction at which the child waits to be killed. */
        String midway();

        /** Runs the write in one transaction, calling {@code afterEachStep} after each of its named steps. */
        void run(Driver driver, Consumer<String> afterEachStep);
    }

    /** {@return the write a mode names} */
    static Write write(String mode, List<String> arguments) {
        return switch (mode) {
            case "reload" -> new Reload(arguments.get(0));
            case "publish" -> new KillablePublication();
            case "curriculum-import" -> new KillableCurriculumImport();
            case "draft-import" -> new KillableDraftImport();
            case "profile-save" -> new KillableProfileSave();
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    }

    /** A dataset reload of an edited copy, killed once its relationships are written. */
    record Reload(String editedDataset) implements Write {

        @Override
        public String midway() {
            return "relationships";
        }

        @Override
        public void run(Driver driver, Consumer<String> afterEachStep) {
            DatasetLoader edited = new DatasetLoader(Database.of(driver), DatasetLocation.at(new DefaultResourceLoader(), editedDataset));
            edited.afterEachStep(afterEachStep);
            edited.reload();
        }
    }

    /** Lays out an empty database, loads the shipped dataset and commits what the write needs before it. */
    static void prepare(Driver driver, Write write) {
        new SchemaMigrations(driver, Optional.empty()).apply();
        new DatasetLoader(Database.of(driver), DatasetSource.shipped()).reload();
        write.prepare(driver);
    }

    public static void main(String[] args) throws Exception {
        Write write = write(args[0], Arrays.asList(args).subList(3, args.length));
        Path home = Path.of(args[1]);
        Path dump = Path.of(args[2]);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            prepare(driver, write);
            Files.write(dump, GraphDump.of(driver));
            write.run(driver, step -> {
                if (step.equals(write.midway())) {
                    System.out.println(MIDWAY);
                    System.out.flush();
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }
}
