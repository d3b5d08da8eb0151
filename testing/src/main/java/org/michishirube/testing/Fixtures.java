package org.michishirube.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The third-party files in {@code <repo root>/../shared/fixtures}. They are not part of the repository: tests that need
 * them are skipped, with a message, where that folder is absent.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@return the fixtures folder; skips the calling test when it is absent} */
    public static Path dir() {
        Path root = repositoryRoot();
        Path dir = root == null ? null : root.resolveSibling("shared").resolve("fixtures");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "third-party fixtures not found at <repo root>/../shared/fixtures; skipping");
        return dir;
    }

    /** {@return a fixture file by its path below the fixtures folder; skips the calling test when it is absent} */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "fixture " + relative + " is missing; skipping");
        return file;
    }

    /** {@return a fixture file's text, read as UTF-8; skips the calling test when it is absent} */
    public static String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        return p;
    }
}
