package org.michishirube.data.testing;

import org.michishirube.testing.Fixtures;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The properties each CTDL node type uses, in a graph: to hold our exports against the real examples. */
public final class CtdlShapes {

    private CtdlShapes() {
    }

    public static Map<String, Set<String>> of(JsonNode graph) {
        Map<String, Set<String>> keys = new HashMap<>();
        JsonNode nodes = graph.has("@graph") ? graph.get("@graph") : JsonMapper.builder().build().createArrayNode().add(graph);
        nodes.forEach(n -> collect(n, keys));
        return keys;
    }

    public static Map<String, Set<String>> ofFixtures(String... files) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (String f : files) {
            of(JsonMapper.builder().build().readTree(Fixtures.read(f))).forEach((k, v) -> keys.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        }
        return keys;
    }

    private static void collect(JsonNode n, Map<String, Set<String>> keys) {
        if (n.isArray()) {
            n.forEach(x -> collect(x, keys));
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (n.has("@type") && n.get("@type").isString()) {
            keys.computeIfAbsent(n.get("@type").asString(), k -> new TreeSet<>()).addAll(n.propertyNames());
        }
        n.forEach(v -> collect(v, keys));
    }
}
