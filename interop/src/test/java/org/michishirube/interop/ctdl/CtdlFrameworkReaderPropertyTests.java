package org.michishirube.interop.ctdl;

import org.michishirube.interop.ImportedFramework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random trees written as CTDL-ASN in every way the registry may write them (top competencies by hasTopChild, isTopChildOf
 * or isChildOf the framework; children by hasChild, isChildOf or both; sibling order by listID, by the lists, or by the
 * document; references as URIs or CTIDs, single values or arrays) read back as the same tree, in the same order, with the
 * same texts. A failure names its seed; {@code -Dctdl.seed=…} replays it.
 */
class CtdlFrameworkReaderPropertyTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int RUNS = 400;

    /** How a group of siblings says its order. */
    enum Order { LIST_ID, LIST, DOCUMENT }

    /** A competency of the generated tree; {@code parent} -1 at the top. */
    record Competency(int index, int parent, String uri, String ctid, String ja, String en, String code) {
    }

    /** A generated tree: the competencies, each group of siblings in its intended order (key -1: the top). */
    record Tree(List<Competency> competencies, Map<Integer, List<Integer>> children) {

        /** {@return the competencies as the reader must give them: parents before children, siblings in order} */
        List<Competency> preorder() {
            List<Competency> out = new ArrayList<>();
            java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
            List<Integer> top = children.getOrDefault(-1, List.of());
            for (int i = top.size() - 1; i >= 0; i--) {
                stack.push(top.get(i));
            }
            while (!stack.isEmpty()) {
                int c = stack.pop();
                out.add(competencies.get(c));
                List<Integer> kids = children.getOrDefault(c, List.of());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
            return out;
        }
    }

    static long seed(int run) {
        return Long.getLong("ctdl.seed", 20250401L) + run * 7919L;
    }

    @Test
    void randomTreesWrittenAnyRegistryWayReadBackAsTheSameTree() {
        int runs = System.getProperty("ctdl.seed") != null ? 1 : RUNS;
        for (int run = 0; run < runs; run++) {
            long seed = seed(run);
            Random random = new Random(seed);
            Tree tree = tree(random);
            String json = write(tree, random, "Framework " + seed).toString();
            try {
                ImportedFramework f = CtdlFrameworkReader.read(json);
                List<Competency> expected = tree.preorder();
                assertThat(f.items()).extracting(ImportedFramework.Item::identifier)
                        .containsExactlyElementsOf(expected.stream().map(Competency::uri).toList());
                assertThat(f.items()).extracting(i -> i.parent().orElse(null)).containsExactlyElementsOf(expected.stream()
                        .map(c -> c.parent() < 0 ? null : tree.competencies().get(c.parent()).uri()).toList());
                assertThat(f.items()).extracting(ImportedFramework.Item::name).containsExactlyElementsOf(expected.stream()
                        .map(c -> LocalizedText.partial(c.ja(), c.en())).toList());
                assertThat(f.items()).extracting(ImportedFramework.Item::code).containsExactlyElementsOf(expected.stream()
                        .map(c -> Optional.ofNullable(c.code())).toList());
                assertThat(f.skipped()).isEmpty();
                assertThat(f.title().en()).isEqualTo("Framework " + seed);
            } catch (AssertionError | RuntimeException e) {
                System.err.println("CtdlFrameworkReaderPropertyTests failed with seed " + seed + " (replay: -Dctdl.seed=" + seed + "):\n" + json);
                throw new AssertionError("seed " + seed + " (replay with -Dctdl.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    /** {@return a random forest of 1 to 30 competencies, each group of siblings in a random intended order} */
    static Tree tree(Random random) {
        int n = 1 + random.nextInt(30);
        List<Competency> competencies = new ArrayList<>();
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int parent = i == 0 || random.nextInt(3) == 0 ? -1 : random.nextInt(i);
            String ctid = "ce-" + new UUID(random.nextLong(), random.nextLong());
            String uri = (random.nextBoolean() ? "https://credentialengineregistry.org/resources/" : "https://sandbox.example.org/ctdl/resources/") + ctid;
            int languages = random.nextInt(4);
            String ja = languages == 1 ? "" : "能力" + i + "の説明 " + Long.toHexString(random.nextLong());
            String en = languages == 2 ? "" : "Competency " + i + " " + Long.toHexString(random.nextLong());
            String code = random.nextBoolean() ? "C." + i : null;
            competencies.add(new Competency(i, parent, uri, ctid, ja, en, code));
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
        }
        children.values().forEach(kids -> Collections.shuffle(kids, random));
        return new Tree(competencies, children);
    }

    /** {@return the tree as a CTDL-ASN graph, each group of siblings and each link written a randomly chosen way} */
    static ObjectNode write(Tree tree, Random random, String title) {
        String fwCtid = "ce-" + new UUID(random.nextLong(), random.nextLong());
        String fwUri = "https://credentialengineregistry.org/resources/" + fwCtid;
        Map<Integer, ObjectNode> nodes = new HashMap<>();
        for (Competency c : tree.competencies()) {
            ObjectNode node = NODES.objectNode();
            node.put("@id", c.uri());
            node.put("@type", "ceasn:Competency");
            node.put("ceterms:ctid", c.ctid());
            node.set("ceasn:competencyText", text(c.ja(), c.en(), random));
            if (c.code() != null) {
                node.put("ceasn:codedNotation", c.code());
            }
            if (random.nextInt(4) == 0) {
                node.put("ceasn:isPartOf", random.nextBoolean() ? fwUri : fwCtid);
            }
            nodes.put(c.index(), node);
        }
        ObjectNode fw = NODES.objectNode();
        fw.put("@id", fwUri);
        fw.put("@type", "ceasn:CompetencyFramework");
        fw.put("ceterms:ctid", fwCtid);
        fw.set("ceasn:name", text("", title, random));
        // Once in a while no competency says it is at the top: then the ones without a parent are.
        boolean silentTop = random.nextInt(8) == 0;
        Map<Integer, Order> orders = new HashMap<>();
        tree.children().forEach((parent, kids) -> orders.put(parent, Order.values()[random.nextInt(Order.values().length)]));
        if (silentTop && orders.get(-1) == Order.LIST) {
            orders.put(-1, Order.DOCUMENT);
        }
        tree.children().forEach((parent, kids) -> {
            Order order = orders.get(parent);
            ObjectNode parentNode = parent < 0 ? fw : nodes.get(parent);
            String listProperty = parent < 0 ? "ceasn:hasTopChild" : "ceasn:hasChild";
            if (order == Order.LIST_ID) {
                List<String> ids = listIds(kids.size(), random);
                for (int i = 0; i < kids.size(); i++) {
                    if (random.nextInt(10) == 0 && ids.get(i).matches("[0-9]{1,9}")) {
                        nodes.get(kids.get(i)).put("ceasn:listID", Integer.parseInt(ids.get(i)));
                    } else {
                        nodes.get(kids.get(i)).put("ceasn:listID", ids.get(i));
                    }
                }
            }
            // The parent's list: all children in order (LIST), some in a random order (LIST_ID: listID decides), none (DOCUMENT).
            List<Integer> listed = new ArrayList<>();
            List<Integer> linkedUp = new ArrayList<>();
            for (int kid : kids) {
                int style = order == Order.LIST ? random.nextInt(2) : order == Order.DOCUMENT ? 1 : random.nextInt(3);
                // 0: the parent lists it only; 1: it names its parent only; 2: both.
                if (order == Order.LIST || style != 1) {
                    listed.add(kid);
                }
                if (style >= 1) {
                    linkedUp.add(kid);
                }
            }
            if (order == Order.LIST_ID) {
                Collections.shuffle(listed, random);
            }
            if (parent < 0 && silentTop) {
                return;
            }
            if (!listed.isEmpty()) {
                parentNode.set(listProperty, refs(listed.stream().map(k -> ref(tree.competencies().get(k).uri(), tree.competencies().get(k).ctid(), random))
                        .toList(), random));
            }
            for (int kid : linkedUp) {
                ObjectNode node = nodes.get(kid);
                if (parent < 0) {
                    node.set(random.nextBoolean() ? "ceasn:isTopChildOf" : "ceasn:isChildOf", refs(List.of(ref(fwUri, fwCtid, random)), random));
                } else {
                    Competency p = tree.competencies().get(parent);
                    node.set("ceasn:isChildOf", refs(List.of(ref(p.uri(), p.ctid(), random)), random));
                }
            }
        });
        // Document order: random, except that siblings ordered by the document come in their order.
        List<Integer> document = new ArrayList<>(nodes.keySet());
        Collections.shuffle(document, random);
        tree.children().forEach((parent, kids) -> {
            if (orders.get(parent) == Order.DOCUMENT) {
                List<Integer> slots = new ArrayList<>();
                for (int i = 0; i < document.size(); i++) {
                    if (kids.contains(document.get(i))) {
                        slots.add(i);
                    }
                }
                for (int i = 0; i < kids.size(); i++) {
                    document.set(slots.get(i), kids.get(i));
                }
            }
        });
        ObjectNode graph = NODES.objectNode();
        graph.put("@context", "https://credreg.net/ctdlasn/schema/context/json");
        graph.put("@id", "https://credentialengineregistry.org/graph/" + fwCtid);
        ArrayNode list = graph.putArray("@graph");
        int fwAt = random.nextInt(3) == 0 ? random.nextInt(document.size() + 1) : 0;
        for (int i = 0; i <= document.size(); i++) {
            if (i == fwAt) {
                list.add(fw);
            }
            if (i < document.size()) {
                list.add(nodes.get(document.get(i)));
            }
        }
        return graph;
    }

    /** {@return n listIDs in increasing natural order, with gaps so that "2" comes before "10"} */
    private static List<String> listIds(int n, Random random) {
        String prefix = switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> (1 + random.nextInt(9)) + ".";
            default -> "A" + (1 + random.nextInt(3)) + ".";
        };
        List<String> out = new ArrayList<>();
        int value = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            value += 1 + random.nextInt(9);
            out.add(prefix + value);
        }
        return out;
    }

    private static String ref(String uri, String ctid, Random random) {
        return random.nextBoolean() ? uri : ctid;
    }

    /** A list of references: an array, or a single string (or a {"@id": …} object) when there is one. */
    private static JsonNode refs(List<String> refs, Random random) {
        if (refs.size() == 1 && random.nextBoolean()) {
            return random.nextInt(5) == 0 ? NODES.objectNode().put("@id", refs.get(0)) : NODES.stringNode(refs.get(0));
        }
        ArrayNode out = NODES.arrayNode();
        refs.forEach(out::add);
        return out;
    }

    /** A language map as the registry writes it: en under en, en-US or en-us, each value a string or a one-string array. */
    private static ObjectNode text(String ja, String en, Random random) {
        ObjectNode out = NODES.objectNode();
        if (!en.isEmpty()) {
            String key = switch (random.nextInt(3)) {
                case 0 -> "en";
                case 1 -> "en-US";
                default -> "en-us";
            };
            value(out, key, en, random);
        }
        if (!ja.isEmpty()) {
            value(out, "ja", ja, random);
        }
        return out;
    }

    private static void value(ObjectNode map, String key, String text, Random random) {
        if (random.nextInt(4) == 0) {
            map.putArray(key).add(text);
        } else {
            map.put(key, text);
        }
    }
}
