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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.michishirube.core.internal.Dag;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CASE CFPackage leniently, as real packages need (CASE 1.0 keys, timestamps without a zone, nulls, unknown keys,
 * links to items outside the package), and strictly where the structure would break: malformed JSON, items without an
 * identifier or statement, hierarchy links to nothing, and cycles. Every fault is collected before it refuses.
 */
public final class CasePackageReader {

    /** Keys of CASE 1.0 and OpenSALT exports that 1.1 packages no longer have; read past, noted once. */
    private static final Set<String> LEGACY_KEYS = Set.of("CFDocumentURI", "CFPackageURI", "CFItemAssociationURI", "educationalLevel");
    private static final Pattern TRAILING_UUID = Pattern.compile("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ImportFault> faults = new ArrayList<>();
    private final List<ImportedFramework.Skipped> skipped = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();

    /** {@return the package's framework} @throws InvalidImportException listing every fault, when it cannot be imported */
    public static ImportedFramework read(String json) {
        return new CasePackageReader().parse(json);
    }

    private ImportedFramework parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "/" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidImportException("The package is not well-formed JSON.",
                    List.of(new ImportFault(where, "malformed JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidImportException("The package is not a CFPackage.", List.of(new ImportFault("/", "a CFPackage must be a JSON object")));
        }
        JsonNode doc = root.path("CFDocument");
        if (!doc.isObject()) {
            fault("/CFDocument", "is missing: a CFPackage needs a CFDocument");
            throw refused();
        }
        String docId = text(doc, "identifier").orElse(null);
        if (docId == null) {
            fault("/CFDocument/identifier", "is missing");
        }
        Optional<String> docTitle = text(doc, "title");
        if (docTitle.isEmpty()) {
            fault("/CFDocument/title", "is missing");
        }
        root.propertyNames().forEach(k -> {
            if (!Set.of("CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "extensions").contains(k)) {
                skipped.add(new ImportedFramework.Skipped(k, root.get(k).isArray() ? root.get(k).size() + " object(s) not imported: Michishirube has no counterpart"
                        : "not a part Michishirube imports"));
            }
        });
        legacy(doc);
        boolean japanese = text(doc, "language").map(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("ja")).orElse(false);

        // Items.
        Map<String, JsonNode> items = new LinkedHashMap<>();
        JsonNode itemArray = root.path("CFItems");
        if (!itemArray.isMissingNode() && !itemArray.isNull() && !itemArray.isArray()) {
            fault("/CFItems", "must be an array");
        }
        for (int i = 0; i < itemArray.size() && itemArray.isArray(); i++) {
            JsonNode item = itemArray.get(i);
            String where = "/CFItems/" + i;
            Optional<String> id = text(item, "identifier");
            if (id.isEmpty()) {
                fault(where + "/identifier", "is missing");
                continue;
            }
            if (text(item, "fullStatement").isEmpty()) {
                fault(where + "/fullStatement", "is missing on CFItem " + id.get());
            }
            if (items.putIfAbsent(id.get(), item) != null || id.get().equals(docId)) {
                fault(where + "/identifier", "CFItem " + id.get() + " is not unique in the package");
            }
            legacy(item);
            japanese = japanese || text(item, "language").map(l -> l.startsWith("ja")).orElse(false);
        }

        // Associations.
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> sequence = new HashMap<>();
        List<ImportedFramework.Edge> precedes = new ArrayList<>();
        List<ImportedFramework.Edge> related = new ArrayList<>();
        Map<String, List<CaseMarks.ExternalLink>> exact = new LinkedHashMap<>();
        JsonNode assocArray = root.path("CFAssociations");
        for (int i = 0; i < assocArray.size() && assocArray.isArray(); i++) {
            JsonNode a = assocArray.get(i);
            String where = "/CFAssociations/" + i;
            legacy(a);
            String aid = text(a, "identifier").orElse("#" + i);
            Optional<String> type = text(a, "associationType");
            Optional<String> from = linkId(a.path("originNodeURI"));
            Optional<String> to = linkId(a.path("destinationNodeURI"));
            if (type.isEmpty() || from.isEmpty() || to.isEmpty()) {
                fault(where, "CFAssociation " + aid + " lacks " + (type.isEmpty() ? "associationType" : from.isEmpty() ? "an origin" : "a destination"));
                continue;
            }
            String what = "CFAssociation " + aid + " (" + type.get() + ")";
            boolean fromItem = items.containsKey(from.get());
            boolean toItem = items.containsKey(to.get());
            switch (type.get()) {
                case "isChildOf" -> {
                    if (!fromItem) {
                        fault(where, what + ": its origin " + from.get() + " is not a CFItem of this package");
                    } else if (!toItem && !to.get().equals(docId)) {
                        fault(where, what + ": its parent " + to.get() + " is neither a CFItem of this package nor its CFDocument");
                    } else if (from.get().equals(to.get())) {
                        fault(where, what + ": CFItem " + from.get() + " is its own parent");
                    } else if (parent.containsKey(from.get())) {
                        Integer seq = a.path("sequenceNumber").isNumber() ? a.path("sequenceNumber").asInt() : null;
                        skipped.add(new ImportedFramework.Skipped(what, "CFItem " + from.get()
                                + " already has a parent; a Michishirube target has one parent, the first one listed is kept"
                                + (seq == null ? "" : " (sequenceNumber " + seq + ")")));
                    } else {
                        parent.put(from.get(), to.get());
                        if (a.path("sequenceNumber").isNumber()) {
                            sequence.put(from.get(), a.path("sequenceNumber").asInt());
                        }
                    }
                }
                case "precedes" -> {
                    if (fromItem && toItem) {
                        precedes.add(new ImportedFramework.Edge(from.get(), to.get()));
                    } else {
                        skipped.add(new ImportedFramework.Skipped(what, outside(fromItem, toItem, from.get(), to.get(), a)));
                    }
                }
                case "isRelatedTo" -> {
                    if (fromItem && toItem) {
                        related.add(new ImportedFramework.Edge(from.get(), to.get()));
                    } else {
                        skipped.add(new ImportedFramework.Skipped(what, outside(fromItem, toItem, from.get(), to.get(), a)));
                    }
                }
                case "exactMatchOf" -> {
                    if (fromItem && !toItem) {
                        exact.computeIfAbsent(from.get(), k -> new ArrayList<>()).add(new CaseMarks.ExternalLink(to.get(),
                                text(a.path("destinationNodeURI"), "uri").orElse(to.get()), text(a.path("destinationNodeURI"), "title").orElse(to.get())));
                    } else {
                        skipped.add(new ImportedFramework.Skipped(what, fromItem
                                ? "both ends are in this package; Michishirube has no equivalence between targets of one version"
                                : "its origin " + from.get() + " is not a CFItem of this package"));
                    }
                }
                case "replacedBy" -> skipped.add(new ImportedFramework.Skipped(what,
                        "lineage between versions is recorded when a version is published, not taken from a package"));
                case "isPeerOf", "isPartOf", "exemplar", "hasSkillLevel", "isTranslationOf" -> skipped.add(new ImportedFramework.Skipped(what,
                        "Michishirube has no counterpart of " + type.get()));
                default -> skipped.add(new ImportedFramework.Skipped(what, type.get().startsWith("ext:")
                        ? "an extension type Michishirube does not know" : "not a CASE association type"));
            }
        }
        // The hierarchy must be a tree.
        Dag.findCycle(new TreeSet<>(parent.keySet()), id -> parent.containsKey(id) && items.containsKey(parent.get(id)) ? List.of(parent.get(id)) : List.of(),
                Comparator.<String>naturalOrder()).ifPresent(c -> fault("/CFAssociations", "isChildOf forms a cycle: " + String.join(" → ", c)));
        Map<String, List<String>> prereqOf = new HashMap<>();
        precedes.forEach(e -> {
            if (e.from().equals(e.to())) {
                fault("/CFAssociations", "CFItem " + e.from() + " precedes itself");
            }
            prereqOf.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        });
        Dag.findCycle(new TreeSet<>(prereqOf.keySet()), id -> prereqOf.getOrDefault(id, List.of()).stream().filter(x -> !x.equals(id)).toList(),
                Comparator.<String>naturalOrder()).ifPresent(c -> fault("/CFAssociations", "precedes forms a cycle: " + String.join(" → ", c)));
        if (!faults.isEmpty()) {
            throw refused();
        }

        // Parents before children; siblings by sequence number, then as listed.
        List<String> order = new ArrayList<>(items.keySet());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        for (String id : order) {
            String p = parent.get(id);
            if (p == null || !items.containsKey(p)) {
                top.add(id);
                if (p == null) {
                    notes.add("CFItems without an isChildOf association were placed at the top level");
                }
            } else {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(id);
            }
        }
        Comparator<String> siblings = Comparator.<String>comparingInt(id -> sequence.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparingInt(position::get);
        List<ImportedFramework.Item> out = new ArrayList<>();
        boolean ja = japanese;
        List<String> queue = new ArrayList<>(top.stream().sorted(siblings).toList());
        // Depth-first, so that each subtree stays together in the order the publisher gave.
        java.util.ArrayDeque<String[]> stack = new java.util.ArrayDeque<>();
        for (int i = queue.size() - 1; i >= 0; i--) {
            stack.push(new String[] {queue.get(i), null});
        }
        while (!stack.isEmpty()) {
            String[] next = stack.pop();
            String id = next[0];
            JsonNode item = items.get(id);
            Optional<String> p = Optional.ofNullable(next[1]);
            JsonNode ours = item.path("extensions").path(CaseExport.OURS);
            boolean domain = p.isEmpty() && "domain".equals(ours.path("kind").asString(""));
            out.add(new ImportedFramework.Item(id, p, domain, text(item, "fullStatement", "fullStatement", ja),
                    text(item, "notes").map(n -> translated(item, "notes", n, ja)), text(item, "humanCodingScheme"),
                    Optional.ofNullable(ours.path("id").asString(null)).filter(s -> !s.isBlank()),
                    kind(ours.path("kind").asString(null)), ours.path("effortHours").isInt() ? OptionalInt.of(ours.path("effortHours").asInt()) : OptionalInt.empty(),
                    tags(ours.path("tags")), "{}"));
            List<String> kids = children.getOrDefault(id, List.of()).stream().sorted(siblings).toList();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new String[] {kids.get(i), id});
            }
        }
        if (!ja) {
            notes.add("the package has no Japanese text: the English is used as the Japanese too, to be translated by a steward");
        }
        LocalizedText title = text(doc, "title", "title", ja);
        Optional<String> source = text(doc, "officialSourceURL").or(() -> text(doc, "uri"));
        String version = text(doc, "caseVersion").orElse(root.toString().contains("\"CFDocumentURI\"") || doc.has("CFPackageURI") ? "1.0" : "1.1");
        return new ImportedFramework("CASE " + version, docId, title, text(doc, "creator"), source, out, precedes, related, exact,
                skipped, List.copyOf(notes), List.of(), "{}");
    }

    private void legacy(JsonNode node) {
        node.propertyNames().forEach(k -> {
            if (LEGACY_KEYS.contains(k)) {
                notes.add("CASE 1.0 / OpenSALT keys (" + String.join(", ", new TreeSet<>(LEGACY_KEYS)) + ") were read past");
            }
        });
    }

    private static String outside(boolean fromItem, boolean toItem, String from, String to, JsonNode a) {
        String uri = text(a.path(fromItem ? "destinationNodeURI" : "originNodeURI"), "uri").orElse(fromItem ? to : from);
        return (fromItem ? "its destination " : toItem ? "its origin " : "neither end; ") + uri
                + " is outside this package, and Michishirube links only targets it holds";
    }

    private static Optional<TargetKind> kind(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TargetKind.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> tags(JsonNode tags) {
        Set<String> out = new TreeSet<>();
        tags.forEach(t -> out.add(t.asString()));
        return out;
    }

    /** A localized text from a statement in the document language and its translation in {@code extensions.translations}. */
    private LocalizedText text(JsonNode node, String field, String translationField, boolean japanese) {
        String value = text(node, field).orElse("(untitled)");
        return translated(node, translationField, value, japanese);
    }

    private static LocalizedText translated(JsonNode node, String field, String value, boolean japanese) {
        JsonNode translations = node.path("extensions").path(CaseExport.TRANSLATIONS);
        if (japanese) {
            return LocalizedText.of(value, text(translations.path("en"), field).orElse(value));
        }
        return LocalizedText.of(text(translations.path("ja"), field).orElse(value), value);
    }

    /** The identifier of a link; CASE 1.0 links sometimes carry only a URI ending in the UUID. */
    private static Optional<String> linkId(JsonNode link) {
        Optional<String> id = text(link, "identifier");
        if (id.isPresent()) {
            return id;
        }
        return text(link, "uri").map(u -> {
            Matcher m = TRAILING_UUID.matcher(u);
            return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : u;
        });
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() && !v.asString().isBlank() ? Optional.of(v.asString().strip()) : Optional.empty();
    }

    private void fault(String where, String what) {
        faults.add(new ImportFault(where, what));
    }

    private InvalidImportException refused() {
        return new InvalidImportException(faults.size() + " fault(s) in the package; nothing was imported.", faults);
    }
}
