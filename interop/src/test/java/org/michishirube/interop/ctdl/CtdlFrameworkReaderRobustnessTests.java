package org.michishirube.interop.ctdl;

import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever it is given, the reader either reads a framework (parents before children, every text in one language at
 * least) or refuses it with faults: no other exception, since anything else would be a server error instead of a 422. The
 * inputs are valid graphs with random damage: values of the wrong shape, dangling or circular links, missing or duplicate
 * nodes, cut or garbled text. A failure names its seed; {@code -Dctdl.seed=…} replays it.
 */
class CtdlFrameworkReaderRobustnessTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int RUNS = 1500;
    private static final List<String> PROPERTIES = List.of("@id", "@type", "@graph", "ceterms:ctid", "ceasn:name", "ceasn:competencyText",
            "ceasn:hasTopChild", "ceasn:isTopChildOf", "ceasn:hasChild", "ceasn:isChildOf", "ceasn:listID", "ceasn:codedNotation",
            "ceasn:exactAlignment", "ceasn:majorAlignment", "ceasn:prerequisiteAlignment", "ceasn:isPartOf", "ceasn:publisherName",
            "ceasn:source", "ceasn:competencyLabel", "ceasn:weight");

    @Test
    void damagedGraphsAreReadOrRefusedButNeverFailOtherwise() {
        int runs = System.getProperty("ctdl.seed") != null ? 1 : RUNS;
        int read = 0;
        int refused = 0;
        for (int run = 0; run < runs; run++) {
            long seed = Long.getLong("ctdl.seed", 31L) + run * 104729L;
            Random random = new Random(seed);
            ObjectNode graph = random.nextInt(4) == 0 ? CtdlTestGraphs.registryGraph()
                    : CtdlFrameworkReaderPropertyTests.write(CtdlFrameworkReaderPropertyTests.tree(random), random, "Framework " + seed);
            List<String> ids = ids(graph);
            int damages = 1 + random.nextInt(5);
            for (int i = 0; i < damages; i++) {
                damage(graph, ids, random);
            }
            String json = graph.toString();
            if (random.nextInt(6) == 0) {
                json = garble(json, random);
            }
            try {
                ImportedFramework f = CtdlFrameworkReader.read(json);
                read++;
                assertThat(f.items()).isNotEmpty();
                Set<String> seen = new HashSet<>();
                f.items().forEach(i -> {
                    i.parent().ifPresent(p -> assertThat(seen).as("parent of %s read before it", i.identifier()).contains(p));
                    assertThat(seen.add(i.identifier())).as("%s once", i.identifier()).isTrue();
                    assertThat(i.name().ja().isEmpty() && i.name().en().isEmpty()).isFalse();
                    assertThat(CtdlTestGraphs.JSON.readTree(i.fields()).isObject()).isTrue();
                });
                assertThat(CtdlTestGraphs.JSON.readTree(f.packageFields()).isObject()).isTrue();
            } catch (InvalidImportException e) {
                refused++;
                assertThat(e.faults()).as("seed %d", seed).isNotEmpty().allSatisfy(x -> {
                    assertThat(x.where()).isNotBlank();
                    assertThat(x.fault()).isNotBlank();
                });
            } catch (Throwable e) {
                System.err.println("CtdlFrameworkReaderRobustnessTests failed with seed " + seed + " (replay: -Dctdl.seed=" + seed + "):\n" + json);
                throw new AssertionError("seed " + seed + " (replay with -Dctdl.seed=" + seed + "): " + e, e);
            }
        }
        // Both outcomes happen, so the damage is neither always fatal nor always harmless.
        if (runs == RUNS) {
            assertThat(read).isPositive();
            assertThat(refused).isPositive();
        }
    }

    private static List<String> ids(ObjectNode graph) {
        List<String> out = new ArrayList<>();
        graph.path("@graph").forEach(n -> {
            out.add(n.path("@id").asString(""));
            out.add(n.path("ceterms:ctid").asString(""));
        });
        out.removeIf(String::isEmpty);
        return out;
    }

    private static void damage(ObjectNode graph, List<String> ids, Random random) {
        JsonNode nodes = graph.path("@graph");
        if (!(nodes instanceof ArrayNode list) || list.isEmpty()) {
            graph.set("@graph", junk(ids, random, 0));
            return;
        }
        int at = random.nextInt(list.size());
        switch (random.nextInt(10)) {
            case 0 -> list.remove(at);
            case 1 -> list.add(list.get(at).deepCopy());
            case 2 -> list.set(at, junk(ids, random, 0));
            case 3 -> graph.set("@graph", random.nextBoolean() ? list.get(at) : junk(ids, random, 0));
            default -> {
                if (list.get(at) instanceof ObjectNode node) {
                    String property = random.nextInt(4) == 0 && !node.isEmpty()
                            ? new ArrayList<>(node.propertyNames()).get(random.nextInt(node.size()))
                            : PROPERTIES.get(random.nextInt(PROPERTIES.size()));
                    if (random.nextInt(4) == 0) {
                        node.remove(property);
                    } else {
                        node.set(property, junk(ids, random, 0));
                    }
                }
            }
        }
    }

    /** A value of any shape: scalars, blanks, known and unknown references, language maps, value objects, arrays of those. */
    private static JsonNode junk(List<String> ids, Random random, int depth) {
        String known = ids.isEmpty() ? "ce-x" : ids.get(random.nextInt(ids.size()));
        return switch (random.nextInt(depth > 2 ? 9 : 12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> random.nextBoolean() ? NODES.numberNode(random.nextInt(20) - 5) : NODES.numberNode(random.nextDouble() * 1e20);
            case 3 -> NODES.stringNode(random.nextBoolean() ? "" : "  ");
            case 4, 5 -> NODES.stringNode(known);
            case 6 -> NODES.stringNode(random.nextBoolean() ? "ce-" : "https://elsewhere.example/ce-" + random.nextInt(100));
            case 7 -> NODES.stringNode(random.nextBoolean() ? "ceasn:Competency" : "ceasn:CompetencyFramework");
            case 8 -> NODES.objectNode();
            case 9 -> NODES.objectNode().set(random.nextBoolean() ? "@id" : "@value", junk(ids, random, depth + 1));
            case 10 -> NODES.objectNode().set(random.nextBoolean() ? "en-US" : "ja", junk(ids, random, depth + 1));
            default -> {
                ArrayNode array = NODES.arrayNode();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    array.add(junk(ids, random, depth + 1));
                }
                yield array;
            }
        };
    }

    /** Cuts the text short or replaces a few characters, to make it malformed (or, now and then, differently valid). */
    private static String garble(String json, Random random) {
        if (random.nextBoolean()) {
            return json.substring(0, random.nextInt(json.length() + 1));
        }
        StringBuilder out = new StringBuilder(json);
        String noise = "{}[]\",:\\ 0aé\u0000";
        for (int i = random.nextInt(4); i >= 0; i--) {
            out.setCharAt(random.nextInt(out.length()), noise.charAt(random.nextInt(noise.length())));
        }
        return out.toString();
    }
}
