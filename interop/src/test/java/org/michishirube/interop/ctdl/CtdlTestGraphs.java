package org.michishirube.interop.ctdl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The hand-written registry-shaped framework of {@code src/test/resources/ctdl}, and ways to break it. */
final class CtdlTestGraphs {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASE = "https://credentialengineregistry.org/resources/";
    static final String FRAMEWORK_CTID = "ce-0f000000-0000-4000-8000-000000000000";
    static final String FRAMEWORK = BASE + FRAMEWORK_CTID;

    private CtdlTestGraphs() {
    }

    static String text(String resource) {
        try (InputStream in = CtdlTestGraphs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the registry-shaped framework as text} */
    static String registry() {
        return text("/ctdl/registry-framework.json");
    }

    /** {@return the registry-shaped framework, to change} */
    static ObjectNode registryGraph() {
        return (ObjectNode) JSON.readTree(registry());
    }

    /** {@return the URI of a competency of the registry-shaped framework, by the tail of its CTID, e.g. {@code 0a…0001} → "0a", "01"} */
    static String id(String prefix, String suffix) {
        return BASE + "ce-" + prefix + "000000-0000-4000-8000-0000000000" + suffix;
    }

    /** {@return the node of the graph with that @id} */
    static ObjectNode node(ObjectNode graph, String id) {
        for (JsonNode n : graph.get("@graph")) {
            if (id.equals(n.path("@id").asString(""))) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException("no node " + id);
    }

    static void remove(ObjectNode graph, String id) {
        ArrayNode nodes = (ArrayNode) graph.get("@graph");
        for (int i = 0; i < nodes.size(); i++) {
            if (id.equals(nodes.get(i).path("@id").asString(""))) {
                nodes.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("no node " + id);
    }
}
