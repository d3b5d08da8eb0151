package org.michishirube.data.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Where the dataset files are read from: the shipped classpath folder, or another folder for tests and stewards. */
public interface DatasetSource {

    /** {@return the file's content, or null when there is no such file} */
    InputStream open(String relativePath) throws IOException;

    /** {@return a source that reads below {@code location}, e.g. {@code classpath:dataset/}} */
    static DatasetSource at(ResourceLoader loader, String location) {
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
