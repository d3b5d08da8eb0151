package org.michishirube.data.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.michishirube.dataset.DatasetSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the dataset from a Spring resource location, so {@code michishirube.dataset.location} may name a file folder. */
public final class DatasetLocation {

    private DatasetLocation() {
    }

    /**
     * {@return a source that reads below {@code location}}
     *
     * @param loader resolves the location
     * @param location e.g. {@code classpath:dataset/} (the shipped data) or {@code file:/srv/dataset/}
     */
    public static DatasetSource at(ResourceLoader loader, String location) {
        String base = location.endsWith("/") ? location : location + "/";
        return relativePath -> {
            Resource resource = loader.getResource(base + relativePath);
            try {
                return resource.exists() ? resource.getInputStream() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
