package org.michishirube.data.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.michishirube.dataset.DatasetSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A writable copy of the shipped dataset, so a test can break one thing in it and see what the loader says. */
public final class DatasetCopy {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private final Path dir;

    private DatasetCopy(Path dir) {
        this.dir = dir;
    }

    public static Path shippedDir() {
        try {
            return Path.of(DatasetCopy.class.getResource("/dataset/manifest.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DatasetCopy of(Path tempDir) {
        Path source = shippedDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = tempDir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DatasetCopy(tempDir);
    }

    public DatasetSource source() {
        return DatasetSource.directory(dir);
    }

    public Path dir() {
        return dir;
    }

    /** {@return the framework-version files listed in the manifest, in order} */
    public List<String> frameworkFiles() {
        List<String> files = new ArrayList<>();
        read("manifest.yaml").path("files").path("frameworks").forEach(f -> files.add(f.asString()));
        return files;
    }

    public JsonNode read(String file) {
        return YAML.readTree(dir.resolve(file).toFile());
    }

    /** Rewrites one file after {@code change} has edited its tree. */
    public void edit(String file, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) read(file);
        change.accept(root);
        YAML.writeValue(dir.resolve(file).toFile(), root);
    }

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

    public static ArrayNode arrayOf(ObjectNode node, String field) {
        return node.has(field) ? (ArrayNode) node.get(field) : node.putArray(field);
    }
}
