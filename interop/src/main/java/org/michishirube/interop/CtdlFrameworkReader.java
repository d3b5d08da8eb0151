package org.michishirube.interop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.michishirube.core.internal.Dag;
import org.michishirube.core.model.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CTDL-ASN competency framework graph ({@code ceasn:CompetencyFramework} with {@code ceasn:Competency} nodes)
 * leniently: single values or arrays, language maps with any region ({@code en-US}, {@code en-us}), {@code ja} when
 * present. Other CTDL graphs (credentials, pathways) are refused with what they hold instead.
 */
public final class CtdlFrameworkReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CtdlFrameworkReader() {
    }

    public static ImportedFramework read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidImportException("The graph is not well-formed JSON.", List.of(new ImportFault(
                    at == null ? "/" : "line " + at.getLineNr() + ", column " + at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage())));
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root.has("@graph")) {
            root.get("@graph").forEach(nodes::add);
        } else if (root.isObject()) {
            nodes.add(root);
        }
        List<JsonNode> frameworks = nodes.stream().filter(n -> types(n).contains("ceasn:CompetencyFramework")).toList();
        if (frameworks.size() != 1) {
            Set<String> seen = new TreeSet<>();
            nodes.forEach(n -> seen.addAll(types(n)));
            throw new InvalidImportException("The graph is not one CTDL-ASN competency framework.", List.of(new ImportFault("/@graph",
                    frameworks.isEmpty() ? "holds no ceasn:CompetencyFramework (it holds " + (seen.isEmpty() ? "no typed nodes" : String.join(", ", seen))
                            + "); only CTDL-ASN competency frameworks can be imported"
                            : "holds " + frameworks.size() + " ceasn:CompetencyFramework nodes; import one framework at a time")));
        }
        JsonNode fw = frameworks.get(0);
        String fwId = fw.path("@id").asString("");
        List<ImportFault> faults = new ArrayList<>();
        List<ImportedFramework.Skipped> skipped = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Map<String, JsonNode> competencies = new LinkedHashMap<>();
        for (JsonNode n : nodes) {
            if (types(n).contains("ceasn:Competency")) {
                String id = n.path("@id").asString("");
                if (id.isEmpty()) {
                    faults.add(new ImportFault("/@graph", "a ceasn:Competency has no @id"));
                } else if (competencies.putIfAbsent(id, n) != null) {
                    faults.add(new ImportFault(id, "the @id is not unique in the graph"));
                }
            } else if (n != fw) {
                skipped.add(new ImportedFramework.Skipped(String.join(", ", types(n)) + " " + n.path("@id").asString(""),
                        "not a competency of the framework"));
            }
        }
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        List<String> top = strings(fw.path("ceasn:hasTopChild"));
        for (int i = 0; i < top.size(); i++) {
            order.put(top.get(i), i);
        }
        competencies.forEach((id, c) -> {
            if (text(c.path("ceasn:competencyText")).isEmpty()) {
                faults.add(new ImportFault(id, "has no ceasn:competencyText"));
            }
            List<String> parents = strings(c.path("ceasn:isChildOf"));
            if (!parents.isEmpty()) {
                if (!competencies.containsKey(parents.get(0))) {
                    faults.add(new ImportFault(id, "ceasn:isChildOf " + parents.get(0) + " is not a competency of this graph"));
                } else {
                    parent.put(id, parents.get(0));
                }
                if (parents.size() > 1) {
                    skipped.add(new ImportedFramework.Skipped(id + " ceasn:isChildOf", "a target has one parent; the first is kept"));
                }
            }
            List<String> kids = strings(c.path("ceasn:hasChild"));
            for (int i = 0; i < kids.size(); i++) {
                order.putIfAbsent(kids.get(i), i);
                if (competencies.containsKey(kids.get(i))) {
                    parent.putIfAbsent(kids.get(i), id);
                } else {
                    faults.add(new ImportFault(id, "ceasn:hasChild " + kids.get(i) + " is not a competency of this graph"));
                }
            }
        });
        top.stream().filter(t -> !competencies.containsKey(t))
                .forEach(t -> faults.add(new ImportFault(fwId, "ceasn:hasTopChild " + t + " is not a competency of this graph")));
        List<ImportedFramework.Edge> precedes = new ArrayList<>();
        competencies.forEach((id, c) -> strings(c.path("ceasn:prerequisiteAlignment")).forEach(p -> {
            if (competencies.containsKey(p)) {
                precedes.add(new ImportedFramework.Edge(p, id));
            } else {
                skipped.add(new ImportedFramework.Skipped(id + " ceasn:prerequisiteAlignment", p + " is outside this framework"));
            }
        }));
        Dag.findCycle(new TreeSet<>(parent.keySet()), id -> parent.containsKey(id) ? List.of(parent.get(id)) : List.of(), Comparator.<String>naturalOrder())
                .ifPresent(c -> faults.add(new ImportFault("/@graph", "ceasn:isChildOf forms a cycle: " + String.join(" → ", c))));
        Map<String, List<String>> pre = new HashMap<>();
        precedes.forEach(e -> pre.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
        Dag.findCycle(new TreeSet<>(pre.keySet()), id -> pre.getOrDefault(id, List.of()), Comparator.<String>naturalOrder())
                .ifPresent(c -> faults.add(new ImportFault("/@graph", "ceasn:prerequisiteAlignment forms a cycle: " + String.join(" → ", c))));
        if (!faults.isEmpty()) {
            throw new InvalidImportException(faults.size() + " fault(s) in the framework; nothing was imported.", faults);
        }
        // Parents before children, in the order hasTopChild / hasChild list them.
        List<ImportedFramework.Item> items = new ArrayList<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        competencies.keySet().forEach(id -> {
            if (parent.containsKey(id)) {
                children.computeIfAbsent(parent.get(id), k -> new ArrayList<>()).add(id);
            } else {
                roots.add(id);
            }
        });
        Comparator<String> byOrder = Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE));
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        List<String> sortedRoots = roots.stream().sorted(byOrder).toList();
        for (int i = sortedRoots.size() - 1; i >= 0; i--) {
            stack.push(sortedRoots.get(i));
        }
        boolean anyJapanese = false;
        while (!stack.isEmpty()) {
            String id = stack.pop();
            JsonNode c = competencies.get(id);
            LocalizedText name = localized(c.path("ceasn:competencyText"), notes);
            anyJapanese |= hasJapanese(c.path("ceasn:competencyText"));
            Optional<String> code = Optional.ofNullable(c.path("ceasn:codedNotation").asString(null)).filter(s -> !s.isBlank());
            items.add(new ImportedFramework.Item(id, Optional.ofNullable(parent.get(id)), false, name, Optional.empty(), code, Optional.empty(),
                    Optional.empty(), OptionalInt.empty(), Set.of(), "{}"));
            List<String> kids = children.getOrDefault(id, List.of()).stream().sorted(byOrder).toList();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        if (!anyJapanese) {
            notes.add("the framework has no Japanese text: the English is used as the Japanese too, to be translated by a steward");
        }
        LocalizedText title = text(fw.path("ceasn:name")).isPresent() ? localized(fw.path("ceasn:name"), notes) : LocalizedText.of(fwId, fwId);
        Optional<String> publisher = text(fw.path("ceasn:publisherName"));
        Optional<String> source = strings(fw.path("ceasn:source")).stream().findFirst().or(() -> Optional.of(fwId).filter(s -> !s.isEmpty()));
        String ctid = fw.path("ceterms:ctid").asString(fwId);
        return new ImportedFramework("CTDL-ASN", ctid, title, publisher, source, items, precedes, List.of(), Map.of(), skipped, List.copyOf(notes), List.of(), "{}");
    }

    private static Set<String> types(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = n.path("@type");
        if (t.isString()) {
            out.add(t.asString());
        } else {
            t.forEach(x -> out.add(x.asString()));
        }
        return out;
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isString()) {
            out.add(v.asString());
        } else if (v.isArray()) {
            v.forEach(x -> out.add(x.isString() ? x.asString() : x.path("@id").asString("")));
        } else if (v.isObject() && v.has("@id")) {
            out.add(v.get("@id").asString());
        }
        return out;
    }

    /** The first text of a language map (or plain string), preferring English. */
    private static Optional<String> text(JsonNode v) {
        if (v.isString()) {
            return Optional.of(v.asString()).filter(s -> !s.isBlank());
        }
        if (!v.isObject()) {
            return Optional.empty();
        }
        for (String key : v.propertyNames()) {
            if (key.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                return first(v.get(key));
            }
        }
        for (String key : v.propertyNames()) {
            return first(v.get(key));
        }
        return Optional.empty();
    }

    private static Optional<String> first(JsonNode v) {
        JsonNode x = v.isArray() && !v.isEmpty() ? v.get(0) : v;
        return x.isString() && !x.asString().isBlank() ? Optional.of(x.asString().strip()) : Optional.empty();
    }

    private static boolean hasJapanese(JsonNode v) {
        if (!v.isObject()) {
            return false;
        }
        for (String key : v.propertyNames()) {
            if (key.toLowerCase(java.util.Locale.ROOT).startsWith("ja")) {
                return true;
            }
        }
        return false;
    }

    private static LocalizedText localized(JsonNode v, Set<String> notes) {
        String en = text(v).orElse("(untitled)");
        String ja = en;
        if (v.isObject()) {
            for (String key : v.propertyNames()) {
                if (key.toLowerCase(java.util.Locale.ROOT).startsWith("ja")) {
                    ja = first(v.get(key)).orElse(en);
                }
            }
        }
        return LocalizedText.of(ja, en);
    }
}
