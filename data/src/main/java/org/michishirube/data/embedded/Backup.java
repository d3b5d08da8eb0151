package org.michishirube.data.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.cli.AbstractCommand;
import org.neo4j.cli.CommandFailedException;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.dbms.DumpCommand;
import org.neo4j.commandline.dbms.LoadCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Offline backup and restore of the embedded database with Neo4j's own {@code dump} and {@code load}, the commands
 * behind {@code neo4j-admin database dump|load}: the archive is a copy of the store files, so everything comes back
 * exactly, indexes and constraints included. Both refuse a database that a running service holds, and a restore
 * refuses a data directory that already has a database.
 *
 * <pre>
 * Backup dump &lt;data-dir&gt; &lt;archive&gt;   write the archive (which must not exist yet)
 * Backup load &lt;archive&gt; &lt;data-dir&gt;   restore into a data directory without a database
 * </pre>
 */
public final class Backup {

    /** The one database the service keeps its data in; {@code system} only holds what a fresh start recreates. */
    static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    /** Neo4j's progress lines ("Files: 3/36, data: 10.9%"), which say nothing once the command has finished. */
    private static final Pattern PROGRESS = Pattern.compile("Files: \\d+/\\d+, data:");

    private Backup() {
    }

    /** Dumps the stopped database under {@code dataDir} into the new file {@code archive}. */
    public static void dump(Path dataDir, Path archive, PrintStream out) {
        Path target = archive.toAbsolutePath();
        if (Files.exists(target)) {
            throw new CommandFailedException("Archive already exists: " + target);
        }
        try {
            Files.createDirectories(target.getParent());
            // Neo4j names the dump after the database; dumping beside the archive and moving it keeps the move atomic
            // and never leaves a half-written file under the archive's name.
            Path staging = Files.createTempDirectory(target.getParent(), ".dump-");
            try {
                run(report -> new DumpCommand(context(dataDir, InputStream.nullInputStream(), report)), out, DATABASE, "--to-path=" + staging);
                Files.move(staging.resolve(DATABASE + ".dump"), target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(staging.resolve(DATABASE + ".dump"));
                Files.deleteIfExists(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code archive} into {@code dataDir}, which must not hold a database yet. */
    public static void load(Path archive, Path dataDir, PrintStream out) {
        if (!Files.isRegularFile(archive)) {
            throw new CommandFailedException("No archive at " + archive.toAbsolutePath());
        }
        try (InputStream in = Files.newInputStream(archive)) {
            Files.createDirectories(dataDir);
            run(report -> new LoadCommand(context(dataDir, in, report)), out, DATABASE, "--from-stdin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code dump <data-dir> <archive>} or {@code load <archive> <data-dir>}; exits 1 on failure, 2 on misuse. */
    public static void main(String[] args) {
        try {
            if (args.length == 3 && args[0].equals("dump")) {
                dump(Path.of(args[1]), Path.of(args[2]), System.out);
                System.out.println("Backed up " + Path.of(args[1]).toAbsolutePath() + " to " + Path.of(args[2]).toAbsolutePath());
            } else if (args.length == 3 && args[0].equals("load")) {
                load(Path.of(args[1]), Path.of(args[2]), System.out);
                System.out.println("Restored " + Path.of(args[1]).toAbsolutePath() + " into " + Path.of(args[2]).toAbsolutePath());
            } else {
                System.err.println("usage: Backup dump <data-dir> <archive> | Backup load <archive> <data-dir>");
                System.exit(2);
            }
        } catch (CommandFailedException | UncheckedIOException e) {
            System.err.println("Failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static ExecutionContext context(Path dataDir, InputStream in, PrintStream report) {
        // The embedded database's home is its data directory (see EmbeddedNeo4j); there is no neo4j.conf.
        Path home = dataDir.toAbsolutePath();
        return new ExecutionContext(home, home.resolve("conf"), report, report, in, new DefaultFileSystemAbstraction());
    }

    /**
     * Runs a Neo4j admin command, which reports a failure by printing it (the reason on standard output, a summary on
     * standard error) and returning an exit code; the failure becomes an exception with the whole report.
     */
    private static void run(Function<PrintStream, AbstractCommand> command, PrintStream out, String... args) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printer = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            exitCode = CommandLine.populateCommand(command.apply(printer), args).call();
        } catch (CommandFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandFailedException(String.valueOf(e.getMessage()), e);
        }
        String text = report.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !PROGRESS.matcher(line).lookingAt() && !line.startsWith("Run with '--verbose'"))
                .distinct()
                .collect(Collectors.joining(System.lineSeparator()));
        if (exitCode != 0) {
            throw new CommandFailedException(text, exitCode);
        }
        if (!text.isEmpty()) {
            out.println(text);
        }
    }
}
