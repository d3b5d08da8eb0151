package org.michishirube.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the dataset files are read from: the copy shipped in this module's jar, or a folder of the same layout
 * ({@code manifest.yaml}, {@code credentials.yaml}, {@code roles.yaml}, {@code statistics.yaml},
 * {@code frameworks/*.yaml}) that a steward edits before loading it.
 */
@FunctionalInterface
public interface DatasetSource {

    /** The classpath folder of the shipped dataset. */
    String SHIPPED_FOLDER = "dataset/";

    /**
     * {@return the file's content, or null when there is no such file}
     *
     * @param relativePath the path below the dataset folder, with forward slashes
     * @throws IOException when the file exists but cannot be read
     */
    InputStream open(String relativePath) throws IOException;

    /** {@return the reference dataset shipped with Michishirube} */
    static DatasetSource shipped() {
        ClassLoader loader = DatasetSource.class.getClassLoader();
        return relativePath -> loader.getResourceAsStream(SHIPPED_FOLDER + relativePath);
    }

    /**
     * {@return the dataset in a folder of the file system}
     *
     * @param folder the folder holding {@code manifest.yaml}
     */
    static DatasetSource directory(Path folder) {
        return relativePath -> {
            try {
                return Files.newInputStream(folder.resolve(relativePath));
            } catch (NoSuchFileException e) {
                return null;
            }
        };
    }
}
