package org.michishirube.interop.ctdl;

import org.michishirube.interop.ImportFault;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.JsonFaults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.michishirube.core.model.Dag;
import org.michishirube.core.model.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CTDL-ASN competency framework graph ({@code ceasn:CompetencyFramework} with {@code ceasn:Competency} nodes) as
 * the Credential Engine registry publishes it, leniently: single values or arrays, references as full URIs or bare CTIDs,
 * language maps with any region ({@code en-US}, {@code en-us}), {@code ja} when present. Other CTDL graphs (credentials,
 * pathways) are refused with what they hold instead.
 * <ul>
 * <li>Top competencies: {@code ceasn:hasTopChild} on the framework, {@code ceasn:isTopChildOf} on the competency, or its
 * {@code ceasn:isChildOf} naming the framework itself. Children: {@code ceasn:hasChild} and {@code ceasn:isChildOf}, read
 * together.</li>
 * <li>Siblings: by {@code ceasn:listID} in natural order ("2" before "10"), else as {@code hasTopChild} / {@code hasChild}
 * list them, else in document order.</li>
 * <li>{@link ImportedFramework.Item#fields()}: the competency's properties the graph does not hold, as given;
 * {@link ImportedFramework#packageFields()}: the framework's.</li>
 * <li>{@code ceasn:exactAlignment} / {@code ceasn:majorAlignment} outside the graph: successions.</li>
 * <li>A text in one language leaves the other empty, marked missing.</li>
 * </ul>
 */
public final class CtdlFrameworkReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FRAMEWORK = "ceasn:CompetencyFramework";
    private static final String COMPETENCY = "ceasn:Competency";
    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** Competency properties the graph holds itself (the tree); alignments it holds in part are handled one by one. */
    private static final Set<String> TREE = Set.of("ceasn:hasChild", "ceasn:isChildOf", "ceasn:isTopChildOf");
    private static final String STEWARD = ", to be translated by a steward";

    private CtdlFrameworkReader() {
    }

    public static ImportedFramework read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidImportException("The graph is not well-formed JSON.", List.of(JsonFaults.fault(
                    at == null ? "/" : "line " + at.getLineNr() + ", column " + at.getColumnNr(), e)));
        }
        return new Reading(nodes(root)).read();
    }

    /** The nodes of a graph: {@code @graph} of an envelope, a top-level array of nodes, or one node. */
    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root == null) {
            return nodes;
        }
        JsonNode graph = root.isObject() && root.has("@graph") ? root.get("@graph") : root;
        if (graph.isArray()) {
            graph.forEach(n -> {
                if (n.isObject()) {
                    nodes.add(n);
                }
            });
        } else if (graph.isObject()) {
            nodes.add(graph);
        }
        return nodes;
    }

    /** One reading: the graph's nodes, and the faults, skips and notes found on the way. */
    private static final class Reading {

        private final List<JsonNode> nodes;
        private final List<ImportFault> faults = new ArrayList<>();
        private final List<ImportedFramework.Skipped> skipped = new ArrayList<>();
        private final Set<String> notes = new LinkedHashSet<>();
        private final Map<String, JsonNode> competencies = new LinkedHashMap<>();
        /** @id, CTID (lower case) → competency @id. */
        private final Map<String, String> aliases = new HashMap<>();
        private final Set<String> frameworkAliases = new LinkedHashSet<>();

        Reading(List<JsonNode> nodes) {
            this.nodes = nodes;
        }

        ImportedFramework read() {
            JsonNode fw = framework();
            String fwId = string(fw.path("@id")).orElse("");
            String fwCtid = string(fw.path("ceterms:ctid")).orElse("");
            String fwWhere = !fwId.isEmpty() ? fwId : !fwCtid.isEmpty() ? fwCtid : "/@graph (ceasn:CompetencyFramework)";
            alias(frameworkAliases, fwId, fwCtid);
            if (fwId.isEmpty() && fwCtid.isEmpty()) {
                faults.add(ImportFault.of(fwWhere, "ctdl.framework-has-neither-id", "the framework has neither @id nor ceterms:ctid, so it cannot be told from other frameworks"));
            }
            Optional<LocalizedText> title = localized(fw.path("ceasn:name"));
            if (title.isEmpty()) {
                faults.add(ImportFault.of(fwWhere, "ctdl.framework-has-no-ceasn", "the framework has no ceasn:name"));
            }
            collect(fw);

            // The tree: every competency's candidate parents, in the order the graph names them.
            Map<String, Set<String>> parents = new LinkedHashMap<>();
            Set<String> declaredTop = new LinkedHashSet<>();
            Map<String, Integer> topOrder = new HashMap<>();
            Map<String, Map<String, Integer>> childOrder = new HashMap<>();
            competencies.keySet().forEach(id -> parents.put(id, new LinkedHashSet<>()));
            competencies.forEach((id, c) -> {
                for (String ref : refs(c.path("ceasn:isChildOf"))) {
                    if (isFramework(ref)) {
                        declaredTop.add(id);
                    } else {
                        resolve(ref).ifPresentOrElse(p -> parents.get(id).add(p), () -> faults.add(ImportFault.of(id, "ctdl.ceasn-ischildof-names-which", "ceasn:isChildOf of {0} names {1}, which is neither a competency of this graph nor the framework", named(id), ref)));
                    }
                }
                for (String ref : refs(c.path("ceasn:isTopChildOf"))) {
                    if (isFramework(ref)) {
                        declaredTop.add(id);
                    } else {
                        faults.add(ImportFault.of(id, "ctdl.ceasn-istopchildof-names-which", "ceasn:isTopChildOf of {0} names {1}, which is not this framework", named(id), ref));
                    }
                }
            });
            competencies.forEach((id, c) -> {
                List<String> kids = refs(c.path("ceasn:hasChild"));
                for (int i = 0; i < kids.size(); i++) {
                    String ref = kids.get(i);
                    Optional<String> kid = resolve(ref);
                    if (kid.isPresent()) {
                        parents.get(kid.get()).add(id);
                        childOrder.computeIfAbsent(id, k -> new HashMap<>()).putIfAbsent(kid.get(), i);
                    } else {
                        faults.add(ImportFault.of(id, "ctdl.ceasn-haschild-names-which", "ceasn:hasChild of {0} names {1}, which is not a competency of this graph", named(id), ref));
                    }
                }
            });
            // hasChild on the framework is not CTDL-ASN, but it can only mean top competencies.
            for (String property : List.of("ceasn:hasTopChild", "ceasn:hasChild")) {
                List<String> top = refs(fw.path(property));
                for (int i = 0; i < top.size(); i++) {
                    String ref = top.get(i);
                    Optional<String> t = resolve(ref);
                    if (t.isPresent()) {
                        declaredTop.add(t.get());
                        topOrder.putIfAbsent(t.get(), topOrder.size());
                    } else {
                        faults.add(ImportFault.of(fwWhere, "ctdl.framework-names-which-competency", "{0} of the framework names {1}, which is not a competency of this graph", property, ref));
                    }
                }
            }
            Map<String, String> parent = new LinkedHashMap<>();
            int unplaced = 0;
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                String id = e.getKey();
                List<String> candidates = List.copyOf(e.getValue());
                if (!candidates.isEmpty()) {
                    parent.put(id, candidates.get(0));
                    if (candidates.size() > 1) {
                        skipped.add(new ImportedFramework.Skipped(named(id) + " ceasn:isChildOf / ceasn:hasChild", "has " + candidates.size()
                                + " parents (" + labels(candidates) + "); a target has one, so it is kept under " + label(candidates.get(0))));
                    } else if (declaredTop.contains(id)) {
                        skipped.add(new ImportedFramework.Skipped(named(id) + " top competency", "is also a child of " + label(candidates.get(0))
                                + "; a target has one place, so it is kept there"));
                    }
                } else if (!declaredTop.contains(id)) {
                    unplaced++;
                }
            }
            if (unplaced > 0 && !declaredTop.isEmpty()) {
                notes.add(unplaced + " of " + competencies.size()
                        + " competencies are neither a top competency nor a child of another: they are placed at the top");
            }
            // Over every parent named, not only the ones kept: a cycle anywhere is a broken tree.
            Dag.findCycle(new TreeSet<>(parents.keySet()), parents::get, Comparator.<String>naturalOrder())
                    .ifPresent(cycle -> faults.add(ImportFault.of("/@graph", "ctdl.ceasn-ischildof-ceasn-haschild", "ceasn:isChildOf / ceasn:hasChild form a cycle: {0}", labels(cycle, " → "))));

            // Links beside the tree.
            Set<ImportedFramework.Edge> precedes = new LinkedHashSet<>();
            Set<ImportedFramework.Succession> successions = new LinkedHashSet<>();
            Map<String, ObjectNode> fields = new HashMap<>();
            competencies.forEach((id, c) -> {
                ObjectNode kept = NODES.objectNode();
                c.properties().forEach(p -> {
                    String key = p.getKey();
                    JsonNode v = p.getValue();
                    JsonNode keep = switch (key) {
                        case "@type" -> types(c).equals(Set.of(COMPETENCY)) ? null : v;
                        case "ceasn:competencyText" -> otherLanguages(v) ? v : null;
                        case "ceasn:isPartOf" -> !refs(v).isEmpty() && refs(v).stream().allMatch(this::isFramework) ? null : v;
                        case "ceasn:prerequisiteAlignment" -> remainder(v, ref -> {
                            Optional<String> p2 = resolve(ref);
                            p2.ifPresent(x -> precedes.add(new ImportedFramework.Edge(x, id)));
                            if (p2.isEmpty()) {
                                skipped.add(new ImportedFramework.Skipped(named(id) + " ceasn:prerequisiteAlignment", ref
                                        + " is outside this framework; kept with the competency"));
                            }
                            return p2.isPresent();
                        });
                        case "ceasn:exactAlignment", "ceasn:majorAlignment" -> remainder(v, ref -> {
                            boolean outside = resolve(ref).isEmpty() && !isFramework(ref);
                            if (outside) {
                                successions.add(new ImportedFramework.Succession(ref, id, key.equals("ceasn:exactAlignment")));
                            }
                            return outside;
                        });
                        default -> TREE.contains(key) ? null : v;
                    };
                    if (keep != null) {
                        kept.set(key, keep.deepCopy());
                    }
                });
                fields.put(id, kept);
            });
            Map<String, List<String>> pre = new HashMap<>();
            precedes.forEach(e -> pre.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
            Dag.findCycle(new TreeSet<>(pre.keySet()), id -> pre.getOrDefault(id, List.of()), Comparator.<String>naturalOrder())
                    .ifPresent(cycle -> faults.add(ImportFault.of("/@graph", "ctdl.ceasn-prerequisitealignment-forms-cycle", "ceasn:prerequisiteAlignment forms a cycle: {0}", labels(cycle, " → "))));

            competencies.forEach((id, c) -> {
                if (localized(c.path("ceasn:competencyText")).isEmpty()) {
                    faults.add(ImportFault.of(id, "ctdl.has-no-ceasn-competencytext", "{0} has no ceasn:competencyText", named(id)));
                }
            });
            if (competencies.isEmpty() && nodes.stream().noneMatch(n -> types(n).contains(COMPETENCY))) {
                faults.add(ImportFault.of("/@graph", "ctdl.framework-holds-no-competencies", "the framework holds no competencies"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidImportException(faults.size() + " fault(s) in the framework; nothing was imported.", faults);
            }

            // Parents before children; siblings by listID, else as their parent lists them, else in document order.
            Map<String, Integer> documentOrder = new HashMap<>();
            competencies.keySet().forEach(id -> documentOrder.put(id, documentOrder.size()));
            Map<String, Optional<String>> listIds = new HashMap<>();
            competencies.forEach((id, c) -> listIds.put(id, scalar(c.path("ceasn:listID"))));
            Map<String, Integer> position = new HashMap<>();
            competencies.keySet().forEach(id -> {
                Integer at = parent.containsKey(id) ? childOrder.getOrDefault(parent.get(id), Map.of()).get(id) : topOrder.get(id);
                position.put(id, at == null ? Integer.MAX_VALUE : at);
            });
            Comparator<String> siblings = Comparator.<String>comparingInt(id -> listIds.get(id).isPresent() ? 0 : 1)
                    .thenComparing((a, b) -> listIds.get(a).isPresent() && listIds.get(b).isPresent()
                            ? natural(listIds.get(a).get(), listIds.get(b).get()) : 0)
                    .thenComparingInt(position::get)
                    .thenComparingInt(documentOrder::get);
            Map<String, List<String>> children = new HashMap<>();
            List<String> roots = new ArrayList<>();
            competencies.keySet().forEach(id -> {
                if (parent.containsKey(id)) {
                    children.computeIfAbsent(parent.get(id), k -> new ArrayList<>()).add(id);
                } else {
                    roots.add(id);
                }
            });
            List<ImportedFramework.Item> items = new ArrayList<>();
            Deque<String> stack = new ArrayDeque<>();
            pushSorted(stack, roots, siblings);
            int withoutJapanese = 0;
            int withoutEnglish = 0;
            while (!stack.isEmpty()) {
                String id = stack.pop();
                JsonNode c = competencies.get(id);
                LocalizedText name = localized(c.path("ceasn:competencyText")).orElseThrow();
                withoutJapanese += name.ja().isEmpty() ? 1 : 0;
                withoutEnglish += name.en().isEmpty() ? 1 : 0;
                ObjectNode kept = fields.get(id);
                // Our own export writes a description as ceasn:comment; read it back as one (it also stays in the fields).
                Optional<LocalizedText> description = localized(c.path("ceasn:comment"));
                items.add(new ImportedFramework.Item(id, Optional.ofNullable(parent.get(id)), false, name, description, code(c), Optional.empty(),
                        Optional.empty(), OptionalInt.empty(), Set.of(), kept.isEmpty() ? "{}" : kept.toString()));
                pushSorted(stack, children.getOrDefault(id, List.of()), siblings);
            }
            LocalizedText name = title.orElseThrow();
            missing(withoutJapanese, items.size(), name.ja().isEmpty(), "Japanese");
            missing(withoutEnglish, items.size(), name.en().isEmpty(), "English");

            ObjectNode packageFields = NODES.objectNode();
            fw.properties().forEach(p -> {
                boolean held = switch (p.getKey()) {
                    case "@type" -> types(fw).equals(Set.of(FRAMEWORK));
                    case "ceasn:name" -> !otherLanguages(p.getValue());
                    case "ceasn:hasTopChild", "ceasn:hasChild" -> true;
                    default -> false;
                };
                if (!held) {
                    packageFields.set(p.getKey(), p.getValue().deepCopy());
                }
            });
            Optional<String> publisher = first(texts(fw.path("ceasn:publisherName")), "en").or(() -> texts(fw.path("ceasn:publisherName")).stream()
                    .map(Text::text).findFirst());
            Optional<String> source = refs(fw.path("ceasn:source")).stream().findFirst().or(() -> Optional.of(fwId).filter(s -> !s.isEmpty()));
            return new ImportedFramework("CTDL-ASN", fwCtid.isEmpty() ? fwId : fwCtid, name, publisher, source, items, List.copyOf(precedes),
                    List.of(), Map.of(), skipped, List.copyOf(notes), List.copyOf(successions), packageFields.isEmpty() ? "{}" : packageFields.toString());
        }

        /** The one framework node; refuses the graph otherwise, naming what it holds. */
        private JsonNode framework() {
            List<JsonNode> frameworks = nodes.stream().filter(n -> types(n).contains(FRAMEWORK)).toList();
            if (frameworks.size() != 1) {
                Set<String> seen = new TreeSet<>();
                nodes.forEach(n -> seen.addAll(types(n)));
                throw new InvalidImportException("The graph is not one CTDL-ASN competency framework.", List.of(frameworks.isEmpty()
                        ? ImportFault.of("/@graph", "ctdl.no-framework", "holds no ceasn:CompetencyFramework (it holds {0}); only CTDL-ASN "
                                + "competency frameworks can be imported", seen.isEmpty() ? "no typed nodes" : String.join(", ", seen))
                        : ImportFault.of("/@graph", "ctdl.several-frameworks", "holds {0} ceasn:CompetencyFramework nodes; import one framework "
                                + "at a time", frameworks.size())));
            }
            return frameworks.get(0);
        }

        /** The competencies by @id (the CTID when there is none), and what else the graph holds as skipped. */
        private void collect(JsonNode fw) {
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode n = nodes.get(i);
                if (n == fw) {
                    continue;
                }
                if (!types(n).contains(COMPETENCY)) {
                    skipped.add(new ImportedFramework.Skipped(String.join(", ", types(n)) + " " + string(n.path("@id")).orElse("(no @id)"),
                            "not a competency of the framework"));
                    continue;
                }
                Optional<String> ctid = string(n.path("ceterms:ctid"));
                Optional<String> id = string(n.path("@id")).or(() -> ctid);
                if (id.isEmpty()) {
                    faults.add(ImportFault.of("/@graph/" + i, "ctdl.ceasn-competency-has-neither", "a ceasn:Competency{0} has neither @id nor ceterms:ctid", label(n).map(l -> " (" + l + ")").orElse("")));
                } else if (competencies.putIfAbsent(id.get(), n) != null) {
                    faults.add(ImportFault.of(id.get(), "ctdl.id-unique-graph", "the @id of {0} is not unique in the graph", named(id.get())));
                }
            }
            // Exact @ids first, so that a CTID alias never hides another competency's @id.
            competencies.keySet().forEach(id -> aliases.putIfAbsent(id, id));
            competencies.forEach((id, c) -> {
                Set<String> own = new LinkedHashSet<>();
                alias(own, id, string(c.path("ceterms:ctid")).orElse(""));
                own.forEach(a -> aliases.putIfAbsent(a, id));
            });
        }

        private static void alias(Set<String> into, String id, String ctid) {
            if (!id.isEmpty()) {
                into.add(id);
                ctidOf(id).ifPresent(into::add);
            }
            if (!ctid.isBlank()) {
                into.add(ctid.strip().toLowerCase(Locale.ROOT));
            }
        }

        private Optional<String> resolve(String ref) {
            String id = aliases.get(ref);
            return id != null ? Optional.of(id) : ctidOf(ref).map(aliases::get);
        }

        private boolean isFramework(String ref) {
            return frameworkAliases.contains(ref) || ctidOf(ref).filter(frameworkAliases::contains).isPresent();
        }

        /** The values of an alignment the graph does not hold ({@code held} says, and takes the others), as given when none is held. */
        private static JsonNode remainder(JsonNode v, java.util.function.Predicate<String> held) {
            List<String> refs = refs(v);
            List<String> rest = refs.stream().filter(r -> !held.test(r)).toList();
            if (rest.size() == refs.size()) {
                return v;
            }
            if (rest.isEmpty()) {
                return null;
            }
            ArrayNode out = NODES.arrayNode();
            rest.forEach(out::add);
            return out;
        }

        private void missing(int without, int of, boolean titleWithout, String language) {
            if (without == of && titleWithout) {
                notes.add("the framework has no " + language + " text: the " + language + " is left empty and marked missing" + STEWARD);
            } else if (without > 0) {
                notes.add(without + " of " + of + " competencies have no " + language + " text: it is left empty and marked missing" + STEWARD);
            }
        }

        /** How a person knows a competency: its codedNotation, else the first words of its text, else its @id. */
        private String label(String id) {
            JsonNode c = competencies.get(id);
            return c == null ? id : label(c).orElse(id);
        }

        private String named(String id) {
            String label = label(id);
            return label.equals(id) ? id : label + " (" + id + ")";
        }

        private String labels(List<String> ids) {
            return labels(ids, ", ");
        }

        private String labels(List<String> ids, String separator) {
            return String.join(separator, ids.stream().map(this::label).toList());
        }

        private static Optional<String> label(JsonNode c) {
            return code(c).or(() -> localized(c.path("ceasn:competencyText")).or(() -> localized(c.path("ceasn:competencyLabel")))
                    .map(t -> t.in(t.ja().isEmpty() ? "en" : "ja")).map(Reading::words));
        }

        private static String words(String text) {
            String s = text.strip();
            return "「" + (s.codePointCount(0, s.length()) > 30 ? s.substring(0, s.offsetByCodePoints(0, 30)) + "…" : s) + "」";
        }

        private static void pushSorted(Deque<String> stack, List<String> ids, Comparator<String> order) {
            List<String> sorted = ids.stream().sorted(order).toList();
            for (int i = sorted.size() - 1; i >= 0; i--) {
                stack.push(sorted.get(i));
            }
        }
    }

    private static Optional<String> code(JsonNode c) {
        return scalar(c.path("ceasn:codedNotation"));
    }

    /** {@return the CTID a reference names: itself, or the last segment of a URI, when it has the CTID form} */
    private static Optional<String> ctidOf(String ref) {
        String s = ref.strip();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String tail = s.substring(cut + 1).toLowerCase(Locale.ROOT);
        return tail.startsWith("ce-") && tail.length() > 3 ? Optional.of(tail) : Optional.empty();
    }

    private static Set<String> types(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = n.path("@type");
        if (t.isString()) {
            out.add(t.asString());
        } else if (t.isArray()) {
            t.forEach(x -> string(x).ifPresent(out::add));
        }
        return out;
    }

    /** The @ids a property names: a string, an object with an @id, or an array of those. */
    private static List<String> refs(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> ref(x).ifPresent(out::add));
        } else {
            ref(v).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> ref(JsonNode v) {
        return v.isObject() ? string(v.path("@id")) : string(v);
    }

    private static Optional<String> string(JsonNode v) {
        return v != null && v.isString() && !v.asString().isBlank() ? Optional.of(v.asString().strip()) : Optional.empty();
    }

    /** A string or number, or the first of an array of them. */
    private static Optional<String> scalar(JsonNode v) {
        JsonNode x = v.isArray() && !v.isEmpty() ? v.get(0) : v;
        return x.isNumber() ? Optional.of(x.asString()) : string(x);
    }

    private record Text(String text, String language) {
    }

    /** The texts of a plain string, language map, JSON-LD value object, or an array of those; blank ones left out. */
    private static List<Text> texts(JsonNode v) {
        List<Text> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.isArray()) {
                    out.addAll(texts(x));
                }
            });
        } else if (v.isObject() && v.has("@value")) {
            string(v.get("@value")).ifPresent(s -> out.add(new Text(s, string(v.path("@language")).orElse("").toLowerCase(Locale.ROOT))));
        } else if (v.isObject()) {
            v.properties().forEach(p -> {
                String language = p.getKey().strip().toLowerCase(Locale.ROOT);
                JsonNode x = p.getValue();
                if (x.isArray()) {
                    x.forEach(y -> string(y).ifPresent(s -> out.add(new Text(s, language))));
                } else {
                    string(x).ifPresent(s -> out.add(new Text(s, language)));
                }
            });
        } else {
            string(v).ifPresent(s -> out.add(new Text(s, "")));
        }
        return out;
    }

    private static Optional<String> first(List<Text> texts, String language) {
        return texts.stream().filter(t -> t.language().startsWith(language)).map(Text::text).findFirst();
    }

    /**
     * {@return the Japanese and English of a text; a text in neither (no language, or another one) stands as the English,
     * or as the Japanese when it is in Japanese script}
     */
    private static Optional<LocalizedText> localized(JsonNode v) {
        List<Text> texts = texts(v);
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> ja = first(texts, "ja");
        Optional<String> en = first(texts, "en");
        if (ja.isEmpty() && en.isEmpty()) {
            String other = texts.get(0).text();
            return Optional.of(JAPANESE_SCRIPT.matcher(other).find() ? LocalizedText.partial(other, "") : LocalizedText.partial("", other));
        }
        return Optional.of(LocalizedText.partial(ja.orElse(""), en.orElse("")));
    }

    /** Whether a text says more than {@link #localized} keeps (another language, a second text), which the graph would lose. */
    private static boolean otherLanguages(JsonNode v) {
        List<Text> texts = texts(v);
        boolean ja = texts.stream().anyMatch(t -> t.language().startsWith("ja"));
        boolean en = texts.stream().anyMatch(t -> t.language().startsWith("en"));
        int kept = ja || en ? (ja ? 1 : 0) + (en ? 1 : 0) : Math.min(texts.size(), 1);
        return texts.size() > kept;
    }

    /** Natural order: runs of digits by value ("2" before "10", "1.2" before "1.10"), other runs case-insensitively. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean da = digit(a.charAt(i));
            boolean db = digit(b.charAt(j));
            int ei = i;
            while (ei < a.length() && digit(a.charAt(ei)) == da) {
                ei++;
            }
            int ej = j;
            while (ej < b.length() && digit(b.charAt(ej)) == db) {
                ej++;
            }
            int c;
            if (da != db) {
                c = da ? -1 : 1;
            } else if (da) {
                String x = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String y = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                c = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
            } else {
                c = String.CASE_INSENSITIVE_ORDER.compare(a.substring(i, ei), b.substring(j, ej));
            }
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        int c = Boolean.compare(i < a.length(), j < b.length());
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
