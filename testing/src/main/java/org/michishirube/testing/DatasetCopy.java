package org.michishirube.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A writable copy of the shipped reference dataset (the {@code dataset/} folder on the test's classpath), so that a
 * test can break one thing in it and see what the reader or the loader says.
 */
public final class DatasetCopy {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String MANIFEST = "/dataset/manifest.yaml";

    private final Path dir;

    private DatasetCopy(Path dir) {
        this.dir = dir;
    }

    /** {@return a copy of every shipped dataset file, schemas included, written below {@code tempDir}} */
    public static DatasetCopy of(Path tempDir) {
        URL manifest = DatasetCopy.class.getResource(MANIFEST);
        if (manifest == null) {
            throw new IllegalStateException(MANIFEST + " is not on the classpath: the test needs michishirube-dataset");
        }
        try {
            URI uri = manifest.toURI();
            // The dataset is a folder of classes when built alone and a jar when the reactor has packaged it.
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.provider().getPath(uri).getParent(), tempDir);
                }
            } else {
                copyTree(Path.of(uri).getParent(), tempDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new DatasetCopy(tempDir);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path copy = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
    }

    /** {@return the folder that holds the copy, with {@code manifest.yaml} at its top} */
    public Path dir() {
        return dir;
    }

    /** {@return the framework-version files listed in the manifest, in order} */
    public List<String> frameworkFiles() {
        List<String> files = new ArrayList<>();
        read("manifest.yaml").path("files").path("frameworks").forEach(f -> files.add(f.asString()));
        return files;
    }

    /** {@return one file of the copy as a tree} */
    public JsonNode read(String file) {
        return YAML.readTree(dir.resolve(file).toFile());
    }

    /** Rewrites one file after {@code change} has edited its tree. */
    public void edit(String file, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) read(file);
        change.accept(root);
        YAML.writeValue(dir.resolve(file).toFile(), root);
    }

    /** Replaces one file's content with {@code content}, which need not be valid YAML. */
    public void write(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return every target object of a framework file, depth first} */
    public static List<ObjectNode> targets(JsonNode frameworkFile) {
        List<ObjectNode> all = new ArrayList<>();
        for (JsonNode d : frameworkFile.path("domains")) {
            collect(d.path("targets"), all);
        }
        return all;
    }

    private static void collect(JsonNode list, List<ObjectNode> into) {
        for (JsonNode t : list) {
            into.add((ObjectNode) t);
            collect(t.path("children"), into);
        }
    }

    /** {@return the array {@code field} of {@code node}, added empty when absent} */
    public static ArrayNode arrayOf(ObjectNode node, String field) {
        return node.has(field) ? (ArrayNode) node.get(field) : node.putArray(field);
    }
}
