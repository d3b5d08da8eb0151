package org.michishirube.interop.casepackage;

import org.michishirube.interop.CaseIds;
import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportFault;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.JsonFaults;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.michishirube.core.model.Dag;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CASE CFPackage leniently, as real packages need (CASE 1.0 keys, timestamps without a zone, nulls, unknown keys,
 * links to items outside the package), and strictly where the structure would break: malformed JSON, items without an
 * identifier or statement, hierarchy links to nothing, cycles, and Michishirube's own extension with values the graph
 * cannot hold. Every fault is collected before it refuses, and names the item by its code or the first words of its
 * statement.
 *
 * <p>Nothing the CASE 1.1 information model gives a package is lost: whatever the graph does not hold is kept, in the
 * shape the official CASE 1.1 schema accepts (values it cannot accept are left out and reported as skipped), so that
 * {@link CaseExport} gives the package back. The layout:
 * <ul>
 * <li>{@link ImportedFramework.Item#fields()}: the CFItem without what the graph holds (identifier, uri, fullStatement,
 * notes and their translation, lastChangeDateTime, {@code extensions.michishirube}), e.g.
 * {@code {"humanCodingScheme": "…", "CFItemType": "Cluster", "CFItemTypeURI": {…}, "language": "en", "educationLevel":
 * ["06"], "extensions": {"publisher": {…}, "michishirube": {"kind": "gio"}}}}. {@code extensions.michishirube.kind} is
 * not the package's: it is the kind the item was imported with, so that an export can tell a kind a steward changed.
 * The CASE 1.0 {@code educationalLevel} becomes {@code educationLevel}.</li>
 * <li>{@link ImportedFramework#packageFields()}: {@code {"CFDocument": {the CFDocument without identifier, uri, title,
 * lastChangeDateTime}, "language": the language texts were taken to be in when the document does not say, "CFItems":
 * [every CFItem identifier, in the package's order], "CFAssociations": [{"kept": "graph" | "always", "CFAssociation":
 * {identifier, associationType, sequenceNumber, notes, CFAssociationGroupingURI, extensions, originNodeURI,
 * destinationNodeURI}}, … in the package's order], "CFDefinitions": {…}, "extensions": {…}}}. An association kept
 * {@code graph} is one the graph holds (the hierarchy, precedes and isRelatedTo inside the package, exact matches
 * outside): an export writes it when the graph still has it, with its identifier and fields. One kept {@code always}
 * has no counterpart (exemplar, a second parent, links to {@code local:} or other outside nodes, …) and is written back
 * as long as its ends in the package are. An end in the package keeps its {@code identifier}, and its {@code title}
 * only when that differs from the statement (else the export writes the current one); an end outside keeps its whole
 * link. Michishirube's own export of a reference version keeps no {@code CFDocument} nor item fields: they were derived
 * from the graph, and are derived again.</li>
 * </ul>
 *
 * <p>Lineage: {@code replacedBy} from an item outside the package to one inside ("A replacedBy B": A is replaced by B)
 * and {@code exactMatchOf} between an item inside and one outside are {@link ImportedFramework.Succession}s, the
 * outside end being the earlier item. An external {@code exactMatchOf} from an item inside is also an exact match of
 * that item (the reader cannot tell an earlier version's item from another publisher's; the mapping resolves the
 * successions it knows). {@code replacedBy} from an item inside to one outside says the item is replaced by a later
 * one: it is kept, not read as lineage of this version.
 */
public final class CasePackageReader {

    /** Keys of CASE 1.0 and OpenSALT exports that 1.1 packages no longer have; read past, noted once. */
    private static final Set<String> LEGACY_KEYS = Set.of("CFDocumentURI", "CFPackageURI", "CFItemAssociationURI", "educationalLevel");
    private static final Pattern TRAILING_UUID = Pattern.compile("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The schema's (unanchored) pattern of extension association and target types. */
    private static final Pattern EXTENSION_TYPE = Pattern.compile("(ext:)[a-z|A-Z|0-9|.|-|_]+");
    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Set<String> ASSOCIATION_TYPES = Set.of("isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo",
            "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The shapes of CASE 1.1 values, as the official schema gives them. */
    private enum Shape { TEXT, TEXTS, LINK, LINKS, DATE, INTEGER, OBJECT }

    /** The CFItem fields the graph does not hold, in the schema's order. */
    static final Map<String, Shape> ITEM_FIELDS = fields("alternativeLabel", Shape.TEXT, "CFItemType", Shape.TEXT,
            "humanCodingScheme", Shape.TEXT, "listEnumeration", Shape.TEXT, "abbreviatedStatement", Shape.TEXT, "conceptKeywords", Shape.TEXTS,
            "conceptKeywordsURI", Shape.LINK, "subject", Shape.TEXTS, "subjectURI", Shape.LINKS, "language", Shape.TEXT,
            "educationLevel", Shape.TEXTS, "CFItemTypeURI", Shape.LINK, "licenseURI", Shape.LINK, "statusStartDate", Shape.DATE,
            "statusEndDate", Shape.DATE, "extensions", Shape.OBJECT);
    /** The CFDocument fields the graph does not hold, in the schema's order. */
    static final Map<String, Shape> DOCUMENT_FIELDS = fields("frameworkType", Shape.TEXT, "caseVersion", Shape.TEXT, "creator", Shape.TEXT,
            "officialSourceURL", Shape.TEXT, "publisher", Shape.TEXT, "description", Shape.TEXT, "subject", Shape.TEXTS,
            "subjectURI", Shape.LINKS, "language", Shape.TEXT, "version", Shape.TEXT, "adoptionStatus", Shape.TEXT,
            "statusStartDate", Shape.DATE, "statusEndDate", Shape.DATE, "licenseURI", Shape.LINK, "notes", Shape.TEXT,
            "extensions", Shape.OBJECT);
    private static final Map<String, Shape> ASSOCIATION_FIELDS = fields("sequenceNumber", Shape.INTEGER, "CFAssociationGroupingURI", Shape.LINK,
            "notes", Shape.TEXT, "extensions", Shape.OBJECT);

    /** A kind of CFDefinitions object: its fields, and which of them the schema requires. */
    private record Definition(Map<String, Shape> fields, Set<String> required) {
    }

    private static final Map<String, Definition> DEFINITIONS = Map.of(
            "CFConcepts", new Definition(fields("title", Shape.TEXT, "keywords", Shape.TEXT, "hierarchyCode", Shape.TEXT, "description", Shape.TEXT,
                    "extensions", Shape.OBJECT), Set.of("title", "hierarchyCode")),
            "CFSubjects", new Definition(fields("title", Shape.TEXT, "hierarchyCode", Shape.TEXT, "description", Shape.TEXT, "extensions", Shape.OBJECT),
                    Set.of("title", "hierarchyCode")),
            "CFLicenses", new Definition(fields("title", Shape.TEXT, "description", Shape.TEXT, "licenseText", Shape.TEXT, "extensions", Shape.OBJECT),
                    Set.of("title", "licenseText")),
            "CFItemTypes", new Definition(fields("title", Shape.TEXT, "description", Shape.TEXT, "hierarchyCode", Shape.TEXT, "typeCode", Shape.TEXT,
                    "extensions", Shape.OBJECT), Set.of("title", "description", "hierarchyCode")),
            "CFAssociationGroupings", new Definition(fields("title", Shape.TEXT, "description", Shape.TEXT, "extensions", Shape.OBJECT),
                    Set.of("title")));
    private static final List<String> DEFINITION_ORDER = List.of("CFConcepts", "CFSubjects", "CFLicenses", "CFItemTypes", "CFAssociationGroupings");

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
                    List.of(JsonFaults.fault(where, e)));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidImportException("The package is not a CFPackage.", List.of(ImportFault.of("/", "case.cfpackage-json-object", "a CFPackage must be a JSON object")));
        }
        JsonNode doc = root.path("CFDocument");
        if (!doc.isObject()) {
            fault("/CFDocument", "case.missing-cfpackage-needs-cfdocument", "is missing: a CFPackage needs a CFDocument");
            throw refused();
        }
        String docId = text(doc, "identifier").orElse(null);
        if (docId == null) {
            fault("/CFDocument/identifier", "case.missing-field", "is missing");
        }
        Optional<String> docTitle = text(doc, "title");
        if (docTitle.isEmpty()) {
            fault("/CFDocument/title", "case.missing-field", "is missing");
        }
        root.propertyNames().forEach(k -> {
            if (!Set.of("CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "extensions").contains(k)) {
                skipped.add(new ImportedFramework.Skipped(k, root.get(k).isArray() ? root.get(k).size() + " object(s) not imported: Michishirube has no counterpart"
                        : "not a part Michishirube imports"));
            }
        });
        legacy(doc);
        // Our own export of a reference version: its document and item fields were derived from the graph, so they are
        // derived again rather than kept (a version label or a code would go stale). An export of an imported version says
        // what it keeps in extensions.michishirube.sourceFormat, and is kept like any package.
        JsonNode ourDocument = doc.path("extensions").path(CaseExport.OURS);
        boolean derived = ourDocument.isObject() && !ourDocument.has(CaseExport.SOURCE_FORMAT);

        // Items.
        Map<String, JsonNode> items = new LinkedHashMap<>();
        JsonNode itemArray = root.path("CFItems");
        if (!itemArray.isMissingNode() && !itemArray.isNull() && !itemArray.isArray()) {
            fault("/CFItems", "case.not-an-array", "must be an array");
        }
        for (int i = 0; i < itemArray.size() && itemArray.isArray(); i++) {
            JsonNode item = itemArray.get(i);
            String at = "/CFItems/" + i;
            if (!item.isObject()) {
                fault(at, "case.cfitem-object", "is not a CFItem object");
                continue;
            }
            Optional<String> id = text(item, "identifier");
            if (id.isEmpty()) {
                fault(at + "/identifier", "case.missing-cfitem", "is missing on CFItem {0}", label(item, "#" + i));
                continue;
            }
            if (text(item, "fullStatement").isEmpty()) {
                fault(at + "/fullStatement", "case.missing-cfitem", "is missing on CFItem {0}", named(item, id.get()));
            }
            if (items.putIfAbsent(id.get(), item) != null || id.get().equals(docId)) {
                fault(at + "/identifier", "case.cfitem-unique-package", "CFItem {0} is not unique in the package", named(item, id.get()));
            }
            legacy(item);
            ours(item, at, id.get());
        }

        // Languages: an item's own, else the document's; when neither says, Japanese if any item says so (as before) or
        // the statements are written in Japanese script, else English.
        Optional<String> docLanguage = text(doc, "language");
        String fallbackLanguage = docLanguage.orElseGet(() -> {
            boolean declared = items.values().stream().anyMatch(i -> text(i, "language").filter(CasePackageReader::japanese).isPresent());
            boolean script = docTitle.filter(CasePackageReader::japaneseScript).isPresent() || items.values().stream()
                    .anyMatch(i -> text(i, "language").isEmpty() && text(i, "fullStatement").filter(CasePackageReader::japaneseScript).isPresent());
            return declared || script ? "ja" : "en";
        });

        // Associations.
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> sequence = new HashMap<>();
        List<ImportedFramework.Edge> precedes = new ArrayList<>();
        List<ImportedFramework.Edge> related = new ArrayList<>();
        Map<String, List<CaseMarks.ExternalLink>> exact = new LinkedHashMap<>();
        List<ImportedFramework.Succession> successions = new ArrayList<>();
        ArrayNode kept = NODES.arrayNode();
        JsonNode assocArray = root.path("CFAssociations");
        if (!assocArray.isMissingNode() && !assocArray.isNull() && !assocArray.isArray()) {
            fault("/CFAssociations", "case.not-an-array", "must be an array");
        }
        for (int i = 0; i < assocArray.size() && assocArray.isArray(); i++) {
            JsonNode a = assocArray.get(i);
            String at = "/CFAssociations/" + i;
            if (!a.isObject()) {
                fault(at, "case.cfassociation-object", "is not a CFAssociation object");
                continue;
            }
            legacy(a);
            String aid = text(a, "identifier").orElse("#" + i);
            Optional<String> type = text(a, "associationType");
            Optional<String> from = linkId(a.path("originNodeURI"));
            Optional<String> to = linkId(a.path("destinationNodeURI"));
            if (type.isEmpty() || from.isEmpty() || to.isEmpty()) {
                if (type.isEmpty()) {
                    fault(at, "case.association-without-type", "CFAssociation {0} lacks associationType", aid);
                } else if (from.isEmpty()) {
                    fault(at, "case.association-without-origin", "CFAssociation {0} lacks an origin", aid);
                } else {
                    fault(at, "case.association-without-destination", "CFAssociation {0} lacks a destination", aid);
                }
                continue;
            }
            String what = "CFAssociation " + aid + " (" + type.get() + " " + end(items, from.get()) + " → " + end(items, to.get()) + ")";
            boolean fromItem = items.containsKey(from.get());
            boolean toItem = items.containsKey(to.get());
            boolean fromInside = fromItem || from.get().equals(docId);
            boolean toInside = toItem || to.get().equals(docId);
            String keep = null;
            switch (type.get()) {
                case "isChildOf" -> {
                    if (!fromItem) {
                        fault(at, "case.origin-cfitem-package", "{0}: its origin {1} is not a CFItem of this package", what, name(items, from.get()));
                    } else if (!toItem && !to.get().equals(docId)) {
                        fault(at, "case.parent-neither-cfitem-package", "{0}: the parent of {1}, {2}, is neither a CFItem of this package nor its CFDocument", what, name(items, from.get()), to.get());
                    } else if (from.get().equals(to.get())) {
                        fault(at, "case.cfitem-own-parent", "{0}: CFItem {1} is its own parent", what, name(items, from.get()));
                    } else if (parent.containsKey(from.get())) {
                        JsonNode seq = shaped(a.path("sequenceNumber"), Shape.INTEGER);
                        skipped.add(new ImportedFramework.Skipped(what, "CFItem " + name(items, from.get())
                                + " already has a parent; a Michishirube target has one parent, the first one listed is kept"
                                + (seq == null ? "" : " (sequenceNumber " + seq.asInt() + ")") + "; this link is kept with the package and exported again"));
                        keep = "always";
                    } else {
                        parent.put(from.get(), to.get());
                        JsonNode seq = shaped(a.path("sequenceNumber"), Shape.INTEGER);
                        if (seq != null) {
                            sequence.put(from.get(), seq.asInt());
                        }
                        keep = "graph";
                    }
                }
                case "precedes", "isRelatedTo" -> {
                    if (fromItem && toItem) {
                        (type.get().equals("precedes") ? precedes : related).add(new ImportedFramework.Edge(from.get(), to.get()));
                        keep = "graph";
                    } else {
                        skipped.add(new ImportedFramework.Skipped(what, outside(fromItem, toItem, from.get(), to.get(), a) + KEPT));
                        keep = "always";
                    }
                }
                case "exactMatchOf" -> {
                    if (fromItem && !toInside) {
                        exact.computeIfAbsent(from.get(), k -> new ArrayList<>()).add(new CaseMarks.ExternalLink(to.get(),
                                text(a.path("destinationNodeURI"), "uri").orElse(to.get()), text(a.path("destinationNodeURI"), "title").orElse(to.get())));
                        successions.add(new ImportedFramework.Succession(to.get(), from.get(), true));
                        keep = "graph";
                    } else if (toItem && !fromInside) {
                        successions.add(new ImportedFramework.Succession(from.get(), to.get(), true));
                        keep = "always";
                    } else {
                        skipped.add(new ImportedFramework.Skipped(what, (fromInside && toInside
                                ? "both ends are in this package; Michishirube has no equivalence between targets of one version"
                                : "neither end is a CFItem of this package") + KEPT));
                        keep = "always";
                    }
                }
                case "replacedBy" -> {
                    if (toItem && !fromInside) {
                        successions.add(new ImportedFramework.Succession(from.get(), to.get(), false));
                    } else {
                        skipped.add(new ImportedFramework.Skipped(what, (fromItem && !toInside
                                ? "CFItem " + name(items, from.get()) + " is replaced by an item outside this package: lineage is recorded with the later version"
                                : "it does not lead from an earlier item outside this package to one inside") + KEPT));
                    }
                    keep = "always";
                }
                case "isPeerOf", "isPartOf", "exemplar", "hasSkillLevel", "isTranslationOf" -> {
                    skipped.add(new ImportedFramework.Skipped(what, "Michishirube has no counterpart of " + type.get() + KEPT));
                    keep = "always";
                }
                default -> {
                    if (EXTENSION_TYPE.matcher(type.get()).find()) {
                        skipped.add(new ImportedFramework.Skipped(what, "an extension type Michishirube does not know" + KEPT));
                        keep = "always";
                    } else {
                        skipped.add(new ImportedFramework.Skipped(what, "not a CASE association type; left out"));
                    }
                }
            }
            if (keep != null) {
                ObjectNode entry = kept.addObject();
                entry.put("kept", keep);
                entry.set("CFAssociation", association(a, what, type.get(), from.get(), to.get(), fromInside, toInside, items, doc));
            }
        }
        // The hierarchy must be a tree.
        Dag.findCycle(new TreeSet<>(parent.keySet()), id -> parent.containsKey(id) && items.containsKey(parent.get(id)) ? List.of(parent.get(id)) : List.of(),
                Comparator.<String>naturalOrder()).ifPresent(c -> fault("/CFAssociations", "case.ischildof-forms-cycle", "isChildOf forms a cycle: {0}", names(items, c)));
        Map<String, List<String>> prereqOf = new HashMap<>();
        precedes.forEach(e -> {
            if (e.from().equals(e.to())) {
                fault("/CFAssociations", "case.cfitem-precedes-itself", "CFItem {0} precedes itself", name(items, e.from()));
            }
            prereqOf.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        });
        Dag.findCycle(new TreeSet<>(prereqOf.keySet()), id -> prereqOf.getOrDefault(id, List.of()).stream().filter(x -> !x.equals(id)).toList(),
                Comparator.<String>naturalOrder()).ifPresent(c -> fault("/CFAssociations", "case.precedes-forms-cycle", "precedes forms a cycle: {0}", names(items, c)));
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
        // Depth-first, so that each subtree stays together in the order the publisher gave. Depth counts targets only, as
        // the mapping does when it gives kinds by depth.
        record Visit(String id, String parent, int depth) {
        }
        ArrayDeque<Visit> stack = new ArrayDeque<>();
        List<String> roots = top.stream().sorted(siblings).toList();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Visit(roots.get(i), null, 1));
        }
        int withoutJapanese = 0;
        int withoutEnglish = 0;
        while (!stack.isEmpty()) {
            Visit next = stack.pop();
            String id = next.id();
            JsonNode item = items.get(id);
            Optional<String> p = Optional.ofNullable(next.parent());
            JsonNode ours = item.path("extensions").path(CaseExport.OURS);
            boolean domain = p.isEmpty() && "domain".equals(string(ours.path("kind")));
            boolean ja = japanese(text(item, "language").orElse(fallbackLanguage));
            LocalizedText name = localized(item, "fullStatement", ja).orElseThrow();
            Optional<LocalizedText> description = localized(item, "notes", ja);
            withoutJapanese += name.ja().isEmpty() ? 1 : 0;
            withoutEnglish += name.en().isEmpty() ? 1 : 0;
            Optional<TargetKind> kind = kind(string(ours.path("kind")));
            TargetKind imported = kind.orElse(next.depth() == 1 ? TargetKind.GIO : next.depth() == 2 ? TargetKind.SBO : TargetKind.TOPIC);
            out.add(new ImportedFramework.Item(id, p, domain, name, description, text(item, "humanCodingScheme"),
                    Optional.ofNullable(string(ours.path("id"))).filter(s -> !s.isBlank()), kind, effort(ours.path("effortHours")),
                    tags(ours.path("tags")), provenance(ours, derived ? "{}" : itemFields(item, named(item, id), ja, domain ? null : imported))));
            List<String> kids = children.getOrDefault(id, List.of()).stream().sorted(siblings).toList();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Visit(kids.get(i), id, domain ? 1 : next.depth() + 1));
            }
        }
        boolean docJapanese = japanese(docLanguage.orElse(fallbackLanguage));
        LocalizedText title = localized(doc, "title", docJapanese).orElseThrow();
        if (withoutJapanese == out.size() && title.ja().isEmpty()) {
            notes.add("the package has no Japanese text: the Japanese is left empty and marked missing, to be translated by a steward");
        } else if (withoutJapanese > 0) {
            notes.add(withoutJapanese + " of " + out.size() + " CFItems have no Japanese text: it is left empty and marked missing, to be translated by a steward");
        }
        if (withoutEnglish == out.size() && title.en().isEmpty()) {
            notes.add("the package has no English text: the English is left empty and marked missing, to be translated by a steward");
        } else if (withoutEnglish > 0) {
            notes.add(withoutEnglish + " of " + out.size() + " CFItems have no English text: it is left empty and marked missing, to be translated by a steward");
        }

        ObjectNode packageFields = NODES.objectNode();
        if (!derived) {
            packageFields.set("CFDocument", documentFields(doc, docJapanese));
        }
        if (docLanguage.isEmpty()) {
            packageFields.put("language", fallbackLanguage);
        }
        ArrayNode order2 = packageFields.putArray("CFItems");
        items.keySet().forEach(order2::add);
        packageFields.set("CFAssociations", kept);
        if (root.path("CFDefinitions").isObject()) {
            packageFields.set("CFDefinitions", definitions(root.path("CFDefinitions")));
        } else if (!root.path("CFDefinitions").isMissingNode() && !root.path("CFDefinitions").isNull()) {
            skipped.add(new ImportedFramework.Skipped("CFDefinitions", "is not an object; left out"));
        }
        if (root.path("extensions").isObject()) {
            packageFields.set("extensions", root.path("extensions").deepCopy());
        }
        Optional<String> source = text(doc, "officialSourceURL").or(() -> text(doc, "uri"));
        String version = text(doc, "caseVersion").orElse(root.toString().contains("\"CFDocumentURI\"") || doc.has("CFPackageURI") ? "1.0" : "1.1");
        return new ImportedFramework("CASE " + version, docId, title, text(doc, "creator"), source, out, precedes, related, exact,
                skipped, List.copyOf(notes), successions, packageFields.toString());
    }

    private static final String KEPT = "; kept with the package and exported again";

    /** Checks Michishirube's own extension, which the graph takes as it is: effort must be whole hours, tags text. */
    private void ours(JsonNode item, String at, String id) {
        JsonNode ours = item.path("extensions").path(CaseExport.OURS);
        JsonNode effort = ours.path("effortHours");
        if (!effort.isMissingNode() && !effort.isNull() && effort(effort).isEmpty()) {
            fault(at + "/extensions/" + CaseExport.OURS + "/effortHours", "case.cfitem-efforthours-whole-number", "CFItem {0}: effortHours must be a whole number of hours, 0 or more, not {1}", named(item, id), effort);
        }
        JsonNode verification = ours.path("verification");
        if (!verification.isMissingNode() && !verification.isNull()
                && !(verification.isString() && java.util.Set.of("official", "corroborated", "secondary", "inferred", "verified").contains(verification.asString()))) {
            fault(at + "/extensions/" + CaseExport.OURS + "/verification", "case.cfitem-verification-official-corroborated", "CFItem {0}: verification must be official, corroborated, secondary or inferred, not {1}", named(item, id), verification);
        }
        JsonNode tags = ours.path("tags");
        boolean texts = tags.isArray();
        for (JsonNode t : tags) {
            texts &= t.isString();
        }
        if (!tags.isMissingNode() && !tags.isNull() && !texts) {
            fault(at + "/extensions/" + CaseExport.OURS + "/tags", "case.cfitem-tags-list-texts", "CFItem {0}: tags must be a list of texts, not {1}", named(item, id), tags);
        }
    }

    private static OptionalInt effort(JsonNode effort) {
        return effort.isIntegralNumber() && effort.canConvertToInt() && effort.asInt() >= 0 ? OptionalInt.of(effort.asInt()) : OptionalInt.empty();
    }

    /**
     * Adds the item's own source and verification (a spreadsheet's columns, our export's extension) to its kept fields, so the
     * mapping gives the target the provenance its row states rather than the package's.
     */
    private static String provenance(JsonNode ours, String fields) {
        String source = string(ours.path("source"));
        String verification = string(ours.path("verification"));
        if ((source == null || source.isBlank()) && verification == null) {
            return fields;
        }
        ObjectNode out = (ObjectNode) JSON.readTree(fields);
        ObjectNode extensions = out.has("extensions") ? (ObjectNode) out.get("extensions") : out.putObject("extensions");
        ObjectNode mine = extensions.has(CaseExport.OURS) ? (ObjectNode) extensions.get(CaseExport.OURS) : extensions.putObject(CaseExport.OURS);
        if (source != null && !source.isBlank()) {
            mine.put("source", source);
        }
        if (verification != null) {
            mine.put("verification", verification);
        }
        return out.toString();
    }

    /** The CFItem's fields the graph does not hold, and the kind it is imported with. */
    private String itemFields(JsonNode item, String label, boolean japanese, TargetKind imported) {
        ObjectNode out = keep(item, ITEM_FIELDS, "CFItem " + label);
        if (!out.has("educationLevel") && item.has("educationalLevel")) {
            JsonNode legacy = shaped(item.get("educationalLevel"), Shape.TEXTS);
            if (legacy != null) {
                out.set("educationLevel", legacy);
            }
        }
        ObjectNode extensions = out.has("extensions") ? (ObjectNode) out.get("extensions") : NODES.objectNode();
        untranslate(extensions, japanese ? "en" : "ja", "fullStatement", "notes");
        if (imported != null) {
            extensions.putObject(CaseExport.OURS).put("kind", imported.code());
        }
        out.remove("extensions");
        if (!extensions.isEmpty()) {
            out.set("extensions", extensions);
        }
        return out.toString();
    }

    private ObjectNode documentFields(JsonNode doc, boolean japanese) {
        ObjectNode out = keep(doc, DOCUMENT_FIELDS, "CFDocument");
        if (out.has("caseVersion") && !"1.1".equals(out.get("caseVersion").asString())) {
            out.remove("caseVersion"); // 1.1 allows no other value; an export is 1.1
        }
        if (out.get("extensions") instanceof ObjectNode extensions) {
            untranslate(extensions, japanese ? "en" : "ja", "title");
            if (extensions.isEmpty()) {
                out.remove("extensions");
            }
        }
        return out;
    }

    /** Removes from {@code extensions.translations.<language>} the fields the graph holds as that language's text. */
    private static void untranslate(ObjectNode extensions, String language, String... fields) {
        if (extensions.path(CaseExport.TRANSLATIONS) instanceof ObjectNode translations && translations.path(language) instanceof ObjectNode t) {
            for (String f : fields) {
                if (t.path(f).isString()) {
                    t.remove(f);
                }
            }
            if (t.isEmpty()) {
                translations.remove(language);
            }
            if (translations.isEmpty()) {
                extensions.remove(CaseExport.TRANSLATIONS);
            }
        }
    }

    /** An association as kept: its own fields, and its ends (inside: identifier and a title of its own; outside: the link). */
    private ObjectNode association(JsonNode a, String what, String type, String from, String to, boolean fromInside, boolean toInside,
                                   Map<String, JsonNode> items, JsonNode doc) {
        ObjectNode out = NODES.objectNode();
        text(a, "identifier").ifPresent(id -> out.put("identifier", id));
        out.put("associationType", type);
        ObjectNode fields = keep(a, ASSOCIATION_FIELDS, what);
        out.set("originNodeURI", end(a.path("originNodeURI"), from, fromInside, items, doc));
        out.set("destinationNodeURI", end(a.path("destinationNodeURI"), to, toInside, items, doc));
        out.setAll(fields);
        return out;
    }

    private static ObjectNode end(JsonNode link, String id, boolean inside, Map<String, JsonNode> items, JsonNode doc) {
        ObjectNode out = NODES.objectNode();
        out.put("identifier", id);
        String title = string(link.path("title"));
        if (inside) {
            JsonNode node = items.getOrDefault(id, doc);
            String statement = text(node, node == doc ? "title" : "fullStatement").orElse("");
            if (title != null && !title.equals(statement)) {
                out.put("title", title);
            }
        } else {
            out.put("uri", text(link, "uri").orElse(id));
            out.put("title", title == null ? id : title);
        }
        String targetType = string(link.path("targetType"));
        if (targetType != null && (targetType.equals("CASE") || EXTENSION_TYPE.matcher(targetType).find())) {
            out.put("targetType", targetType);
        }
        return out;
    }

    private ObjectNode definitions(JsonNode definitions) {
        ObjectNode out = NODES.objectNode();
        for (String part : DEFINITION_ORDER) {
            JsonNode array = definitions.path(part);
            if (array.isMissingNode() || array.isNull()) {
                continue;
            }
            if (!array.isArray()) {
                skipped.add(new ImportedFramework.Skipped("CFDefinitions." + part, "is not a list; left out"));
                continue;
            }
            Definition d = DEFINITIONS.get(part);
            ArrayNode kept = out.putArray(part);
            for (int i = 0; i < array.size(); i++) {
                JsonNode o = array.get(i);
                Optional<String> id = text(o, "identifier");
                if (!o.isObject() || id.isEmpty()) {
                    skipped.add(new ImportedFramework.Skipped("CFDefinitions." + part + "[" + i + "]", "has no identifier; left out"));
                    continue;
                }
                ObjectNode k = kept.addObject();
                String identifier = CaseIds.exported(id.get());
                k.put("identifier", identifier);
                k.put("uri", text(o, "uri").orElse("urn:uuid:" + identifier));
                k.setAll(keep(o, d.fields(), "CFDefinitions." + part + " " + id.get()));
                d.required().forEach(r -> {
                    if (!k.has(r)) {
                        k.put(r, ""); // the schema requires it; the package did not say
                    }
                });
            }
        }
        if (definitions.path("extensions").isObject()) {
            out.set("extensions", definitions.path("extensions").deepCopy());
        }
        return out;
    }

    /** The fields of a CASE object that have a CASE 1.1 shape; the others are reported and left out. */
    private ObjectNode keep(JsonNode source, Map<String, Shape> fields, String what) {
        ObjectNode out = NODES.objectNode();
        fields.forEach((field, shape) -> {
            JsonNode v = source.path(field);
            if (v.isMissingNode() || v.isNull()) {
                return;
            }
            JsonNode shaped = shaped(v, shape);
            if (shaped == null) {
                skipped.add(new ImportedFramework.Skipped(what + " " + field, "is not a CASE 1.1 " + switch (shape) {
                    case TEXT -> "text";
                    case TEXTS -> "list of texts";
                    case LINK -> "link (title, identifier, uri)";
                    case LINKS -> "list of links";
                    case DATE -> "date (YYYY-MM-DD)";
                    case INTEGER -> "whole number";
                    case OBJECT -> "extension object";
                } + "; left out"));
            } else {
                out.set(field, shaped);
            }
        });
        return out;
    }

    /** {@return the value in a shape the CASE 1.1 schema accepts, or null when it cannot be} */
    private static JsonNode shaped(JsonNode v, Shape shape) {
        return switch (shape) {
            case TEXT -> v.isString() ? v : v.isNumber() || v.isBoolean() ? NODES.stringNode(v.asString()) : null;
            case TEXTS -> {
                if (v.isString()) {
                    yield NODES.arrayNode().add(v.asString());
                }
                if (!v.isArray()) {
                    yield null;
                }
                ArrayNode out = NODES.arrayNode();
                v.forEach(e -> {
                    if (e.isString() || e.isNumber() || e.isBoolean()) {
                        out.add(e.asString());
                    }
                });
                yield out.size() == v.size() ? out : null;
            }
            case LINK -> link(v);
            case LINKS -> {
                if (!v.isArray()) {
                    yield null;
                }
                ArrayNode out = NODES.arrayNode();
                for (JsonNode e : v) {
                    ObjectNode l = link(e);
                    if (l == null) {
                        yield null;
                    }
                    out.add(l);
                }
                yield out;
            }
            case DATE -> {
                String s = string(v);
                if (s == null || s.length() < 10 || !DATE.matcher(s.substring(0, 10)).matches()
                        || s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ') {
                    yield null;
                }
                try {
                    LocalDate.parse(s.substring(0, 10));
                } catch (DateTimeParseException e) {
                    yield null;
                }
                yield s.length() == 10 ? v : NODES.stringNode(s.substring(0, 10));
            }
            case INTEGER -> v.isIntegralNumber() && v.canConvertToInt() ? NODES.numberNode(v.asInt())
                    : v.isString() && v.asString().matches("-?\\d{1,9}") ? NODES.numberNode(Integer.parseInt(v.asString())) : null;
            case OBJECT -> {
                if (!v.isObject()) {
                    yield null;
                }
                ObjectNode out = (ObjectNode) v.deepCopy();
                out.remove(CaseExport.OURS);
                yield out;
            }
        };
    }

    /** A CASE 1.1 LinkURI: title, a UUID identifier, uri. */
    private static ObjectNode link(JsonNode v) {
        if (!v.isObject()) {
            return null;
        }
        Optional<String> id = linkId(v);
        if (id.isEmpty()) {
            return null;
        }
        String identifier = CaseIds.exported(id.get());
        ObjectNode out = NODES.objectNode();
        out.put("title", Optional.ofNullable(string(v.path("title"))).orElse(""));
        out.put("identifier", identifier);
        out.put("uri", Optional.ofNullable(string(v.path("uri"))).orElse("urn:uuid:" + identifier));
        return out;
    }

    private void legacy(JsonNode node) {
        node.propertyNames().forEach(k -> {
            if (LEGACY_KEYS.contains(k)) {
                notes.add("CASE 1.0 / OpenSALT keys (" + String.join(", ", new TreeSet<>(LEGACY_KEYS)) + ") were read past"
                        + " (educationalLevel is kept as educationLevel)");
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
        tags.forEach(t -> {
            if (t.isString()) {
                out.add(t.asString());
            }
        });
        return out;
    }

    /**
     * A text in the object's language and its translation in {@code extensions.translations}; the language that is not
     * there is left empty, not copied.
     */
    private static Optional<LocalizedText> localized(JsonNode node, String field, boolean japanese) {
        Optional<String> value = text(node, field);
        Optional<String> translation = text(node.path("extensions").path(CaseExport.TRANSLATIONS).path(japanese ? "en" : "ja"), field);
        if (value.isEmpty() && translation.isEmpty()) {
            return Optional.empty();
        }
        String own = value.orElse("");
        String other = translation.orElse("");
        return Optional.of(japanese ? LocalizedText.partial(own, other) : LocalizedText.partial(other, own));
    }

    static boolean japanese(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return l.startsWith("ja") || l.equals("jpn");
    }

    private static boolean japaneseScript(String text) {
        return JAPANESE_SCRIPT.matcher(text).find();
    }

    /** The identifier of a link; CASE 1.0 links sometimes carry only a URI ending in the UUID, or are that URI. */
    private static Optional<String> linkId(JsonNode link) {
        Optional<String> id = text(link, "identifier");
        if (id.isPresent()) {
            return id;
        }
        Optional<String> uri = link.isString() ? Optional.of(link.asString().strip()).filter(s -> !s.isEmpty()) : text(link, "uri");
        return uri.map(u -> {
            Matcher m = TRAILING_UUID.matcher(u);
            return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : u;
        });
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() && !v.asString().isBlank() ? Optional.of(v.asString().strip()) : Optional.empty();
    }

    private static String string(JsonNode v) {
        return v.isString() ? v.asString() : null;
    }

    /** {@return how a person knows an item: its code, else the first words of its statement, else the given fallback} */
    static String label(JsonNode item, String fallback) {
        Optional<String> code = text(item, "humanCodingScheme");
        if (code.isPresent()) {
            return code.get();
        }
        return text(item, "fullStatement").map(s -> "「" + (s.codePointCount(0, s.length()) > 30 ? s.substring(0, s.offsetByCodePoints(0, 30)) + "…" : s) + "」")
                .orElse(fallback);
    }

    /** An item's label with its identifier, for faults. */
    private static String named(JsonNode item, String id) {
        String label = label(item, id);
        return label.equals(id) ? id : label + " (" + id + ")";
    }

    private static String name(Map<String, JsonNode> items, String id) {
        JsonNode item = items.get(id);
        return item == null ? id : named(item, id);
    }

    /** An end of an association as people know it: an item's label, else the identifier (the document's, or outside). */
    private static String end(Map<String, JsonNode> items, String id) {
        return items.containsKey(id) ? label(items.get(id), id) : id;
    }

    private static String names(Map<String, JsonNode> items, List<String> ids) {
        return String.join(" → ", ids.stream().map(id -> items.containsKey(id) ? label(items.get(id), id) : id).toList());
    }

    private static Map<String, Shape> fields(Object... pairs) {
        Map<String, Shape> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Shape) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private void fault(String where, String code, String template, Object... params) {
        faults.add(ImportFault.of(where, code, template, params));
    }

    private InvalidImportException refused() {
        return new InvalidImportException(faults.size() + " fault(s) in the package; nothing was imported.", faults);
    }
}
