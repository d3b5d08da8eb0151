package org.michishirube.interop.spreadsheet;

import org.michishirube.interop.CaseIds;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.casepackage.CasePackageReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays a CFPackage out as the three tables of OpenSALT's CASE spreadsheet, so that {@link CaseSpreadsheetReader} gives the
 * package back: the tree as smartLevels in depth-first order, prerequisites within the framework as codes, every other link as
 * a row of {@code CF Association}.
 */
final class CaseSpreadsheetWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern TRAILING_UUID = Pattern.compile("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$");

    /**
     * A table to write.
     *
     * @param header the header row
     * @param rows the rows, each as long as the header
     */
    record Grid(List<String> header, List<List<String>> rows) {
    }

    /** The three tables of the layout. */
    record Sheets(Grid doc, Grid items, Grid associations) {
    }

    private CaseSpreadsheetWriter() {
    }

    static Sheets write(ObjectNode pkg) {
        JsonNode doc = pkg.path("CFDocument");
        if (!doc.isObject()) {
            throw new IllegalArgumentException("a CFPackage needs a CFDocument");
        }
        String docId = id(text(doc, "identifier"));
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (JsonNode item : pkg.path("CFItems")) {
            String id = id(text(item, "identifier"));
            if (item.isObject() && !id.isEmpty()) {
                items.putIfAbsent(id, item);
            }
        }
        List<JsonNode> associations = new ArrayList<>();
        pkg.path("CFAssociations").forEach(a -> {
            if (a.isObject()) {
                associations.add(a);
            }
        });
        Map<String, Long> codes = new HashMap<>();
        items.values().forEach(i -> codes.merge(text(i, "humanCodingScheme"), 1L, Long::sum));
        Function<String, String> code = id -> items.containsKey(id) ? text(items.get(id), "humanCodingScheme") : "";

        // The tree: each item's first isChildOf to an item or the document, as CasePackageReader takes it. Links the tree or
        // the prerequisites column carry (or that a sheet cannot hold) get no row of their own.
        Set<JsonNode> carried = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> sequence = new HashMap<>();
        for (JsonNode a : associations) {
            String from = linkId(a.path("originNodeURI"));
            String to = linkId(a.path("destinationNodeURI"));
            if ("isChildOf".equals(text(a, "associationType")) && items.containsKey(from) && (items.containsKey(to) || to.equals(docId))
                    && !from.equals(to)) {
                if (!parent.containsKey(from)) {
                    parent.put(from, to);
                    if (a.path("sequenceNumber").isNumber()) {
                        sequence.put(from, a.path("sequenceNumber").asInt());
                    }
                    // The smartLevel says it all, unless the link has an identifier the reader would not mint, or more fields:
                    // then a row of CF Association lends them (its sequenceNumber is the row order).
                    if (CaseIds.association("isChildOf", from, to).equals(id(text(a, "identifier"))) && !a.has("CFAssociationGroupingURI")
                            && text(a, "notes").isEmpty() && (a.path("extensions").isMissingNode() || a.path("extensions").isEmpty())) {
                        carried.add(a);
                    }
                } else {
                    // A second parent has no place in a smartLevel; Michishirube keeps one parent too.
                    carried.add(a);
                }
            }
        }
        Map<String, Integer> position = new HashMap<>();
        items.keySet().forEach(id -> position.put(id, position.size()));
        Comparator<String> siblings = Comparator.<String>comparingInt(id -> sequence.getOrDefault(id, Integer.MAX_VALUE)).thenComparingInt(position::get);
        Map<String, List<String>> children = new HashMap<>();
        List<String> top = new ArrayList<>();
        items.keySet().forEach(id -> {
            String p = parent.get(id);
            if (p == null || !items.containsKey(p)) {
                top.add(id);
            } else {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(id);
            }
        });
        Map<String, String> levels = new LinkedHashMap<>();
        walk(top.stream().sorted(siblings).toList(), "", children, siblings, levels);
        // Items on a cycle of isChildOf are reached from nowhere: they go to the top, where the reader will see them.
        int n = top.size();
        for (String id : items.keySet()) {
            if (!levels.containsKey(id)) {
                walk(List.of(id), "", children, siblings, levels, ++n);
            }
        }

        // Prerequisites within the framework go to the prerequisites column when the reader would mint the same identifier.
        Map<String, List<String>> prerequisites = new HashMap<>();
        for (JsonNode a : associations) {
            String from = linkId(a.path("originNodeURI"));
            String to = linkId(a.path("destinationNodeURI"));
            String c = code.apply(from);
            if (!carried.contains(a) && "precedes".equals(text(a, "associationType")) && items.containsKey(from) && items.containsKey(to)
                    && CaseIds.association("precedes", from, to).equals(id(text(a, "identifier"))) && plain(a) && codes.get(c) == 1
                    && c.equals(c.strip()) && CaseSpreadsheetReader.split(c).equals(List.of(c)) && !from.equals(to)) {
                prerequisites.computeIfAbsent(to, k -> new ArrayList<>()).add(c);
                carried.add(a);
            }
        }

        List<Map<String, String>> itemRows = new ArrayList<>();
        levels.forEach((id, level) -> itemRows.add(item(items.get(id), id, level, prerequisites.getOrDefault(id, List.of()))));
        List<Map<String, String>> associationRows = new ArrayList<>();
        for (JsonNode a : associations) {
            if (!carried.contains(a)) {
                associationRows.add(association(a, items, code));
            }
        }
        return new Sheets(grid(CaseSpreadsheet.DOC_COLUMNS, CaseSpreadsheet.DOC_EXTENSION_COLUMNS, CaseSpreadsheet.DOC_OPTIONAL_COLUMNS,
                List.of(document(doc, pkg.path("CFDefinitions")))),
                grid(CaseSpreadsheet.ITEM_COLUMNS, CaseSpreadsheet.ITEM_EXTENSION_COLUMNS, CaseSpreadsheet.ITEM_OPTIONAL_COLUMNS, itemRows),
                grid(CaseSpreadsheet.ASSOCIATION_COLUMNS, List.of(), CaseSpreadsheet.ASSOCIATION_OPTIONAL_COLUMNS, associationRows));
    }

    private static void walk(List<String> ids, String prefix, Map<String, List<String>> children, Comparator<String> siblings,
                             Map<String, String> levels) {
        int n = 0;
        for (String id : ids) {
            walk(List.of(id), prefix, children, siblings, levels, ++n);
        }
    }

    private static void walk(List<String> one, String prefix, Map<String, List<String>> children, Comparator<String> siblings,
                             Map<String, String> levels, int n) {
        String id = one.get(0);
        if (levels.containsKey(id)) {
            return;
        }
        String level = prefix + n;
        levels.put(id, level);
        walk(children.getOrDefault(id, List.of()).stream().sorted(siblings).filter(c -> !levels.containsKey(c)).toList(), level + ".",
                children, siblings, levels);
    }

    /** {@return whether an association holds nothing a prerequisites cell cannot say} */
    private static boolean plain(JsonNode a) {
        return !a.has("sequenceNumber") && !a.has("CFAssociationGroupingURI") && text(a, "notes").isEmpty()
                && (a.path("extensions").isMissingNode() || a.path("extensions").isEmpty());
    }

    private static Map<String, String> document(JsonNode doc, JsonNode definitions) {
        Map<String, String> r = new HashMap<>();
        r.put("identifier", id(text(doc, "identifier")));
        for (String f : List.of("creator", "title", "officialSourceURL", "publisher", "description", "language", "version", "adoptionStatus",
                "statusStartDate", "statusEndDate", "notes", "frameworkType")) {
            r.put(f, text(doc, f));
        }
        r.put("lastChangeDate", text(doc, "lastChangeDateTime"));
        r.put("subject", join(doc.path("subject"), "|"));
        JsonNode license = doc.path("licenseURI");
        r.put("licenseTitle", text(license, "title"));
        String licenseId = linkId(license);
        for (JsonNode l : definitions.path("CFLicenses")) {
            if (!licenseId.isEmpty() && licenseId.equals(id(text(l, "identifier")))) {
                r.put("licenseText", text(l, "licenseText"));
                if (r.get("licenseTitle").isEmpty()) {
                    r.put("licenseTitle", text(l, "title"));
                }
            }
        }
        translations(doc, CaseSpreadsheetReader.DOC_TRANSLATED, r);
        r.put("extensions", rest(doc, CaseSpreadsheetReader.DOC_TRANSLATED, List.of()));
        return r;
    }

    private static Map<String, String> item(JsonNode item, String id, String level, List<String> prerequisites) {
        Map<String, String> r = new HashMap<>();
        r.put("identifier", id);
        r.put("smartLevel", level);
        for (String f : List.of("fullStatement", "humanCodingScheme", "listEnumeration", "abbreviatedStatement", "notes", "language",
                "alternativeLabel", "statusStartDate", "statusEndDate")) {
            r.put(f, text(item, f));
        }
        r.put("conceptKeywords", join(item.path("conceptKeywords"), ","));
        // CASE 1.0 packages from OpenSALT say educationalLevel.
        r.put("educationLevel", join(item.has("educationLevel") ? item.path("educationLevel") : item.path("educationalLevel"), ","));
        r.put("subject", join(item.path("subject"), "|"));
        String type = text(item, "CFItemType");
        r.put("CFItemType", type.isEmpty() ? text(item.path("CFItemTypeURI"), "title") : type);
        r.put("license", text(item.path("licenseURI"), "title"));
        translations(item, CaseSpreadsheetReader.ITEM_TRANSLATED, r);
        r.put("prerequisites", String.join("; ", prerequisites));
        JsonNode ours = item.path("extensions").path(CaseExport.OURS);
        for (String f : List.of("effortHours", "source", "verification", "kind")) {
            r.put(f, text(ours, f));
        }
        r.put("tags", join(ours.path("tags"), "; "));
        r.put("extensions", rest(item, CaseSpreadsheetReader.ITEM_TRANSLATED, CaseSpreadsheetReader.OURS_COLUMNS));
        return r;
    }

    private static void translations(JsonNode node, List<String> fields, Map<String, String> row) {
        for (String language : CaseSpreadsheetReader.LANGUAGES) {
            JsonNode in = node.path("extensions").path(CaseExport.TRANSLATIONS).path(language);
            fields.forEach(f -> row.put(f + "_" + language, text(in, f)));
        }
    }

    /** {@return the extensions the columns do not carry, as JSON; empty when none} */
    private static String rest(JsonNode node, List<String> translated, List<String> ours) {
        if (!(node.path("extensions") instanceof ObjectNode given)) {
            return "";
        }
        ObjectNode rest = given.deepCopy();
        if (rest.get(CaseExport.TRANSLATIONS) instanceof ObjectNode all) {
            for (String language : CaseSpreadsheetReader.LANGUAGES) {
                if (all.get(language) instanceof ObjectNode in) {
                    translated.forEach(in::remove);
                    if (in.isEmpty()) {
                        all.remove(language);
                    }
                }
            }
            if (all.isEmpty()) {
                rest.remove(CaseExport.TRANSLATIONS);
            }
        }
        if (rest.get(CaseExport.OURS) instanceof ObjectNode o) {
            ours.forEach(o::remove);
            if (o.isEmpty()) {
                rest.remove(CaseExport.OURS);
            }
        }
        return rest.isEmpty() ? "" : MAPPER.writeValueAsString(rest);
    }

    private static Map<String, String> association(JsonNode a, Map<String, JsonNode> items, Function<String, String> code) {
        Map<String, String> r = new HashMap<>();
        r.put("identifier", id(text(a, "identifier")));
        r.put("associationType", text(a, "associationType"));
        // An isChildOf row only lends its identifier and fields to the link its item's smartLevel makes, whose order is the rows'.
        r.put("sequenceNumber", "isChildOf".equals(text(a, "associationType")) ? "" : text(a, "sequenceNumber"));
        r.put("notes", text(a, "notes"));
        for (String side : List.of("origin", "destination")) {
            JsonNode link = a.path(side + "NodeURI");
            String id = linkId(link);
            r.put(side + "NodeURI", link.isString() ? link.asString() : text(link, "uri"));
            r.put(side + "NodeIdentifier", id);
            r.put(side + "NodeHumanCodingScheme", code.apply(id));
            // Titles of ends within the sheet come from its rows; only an outside end's needs a cell.
            r.put(side + "NodeTitle", items.containsKey(id) ? "" : text(link, "title"));
        }
        JsonNode group = a.path("CFAssociationGroupingURI");
        r.put("associationGroupIdentifier", linkId(group));
        r.put("associationGroupName", text(group, "title"));
        r.put("extensions", a.path("extensions") instanceof ObjectNode e && !e.isEmpty() ? MAPPER.writeValueAsString(e) : "");
        return r;
    }

    /** The layout's columns, then ours, then the optional ones that some row fills. */
    private static Grid grid(List<String> base, List<String> ours, List<String> optional, List<Map<String, String>> rows) {
        List<String> header = new ArrayList<>(base);
        header.addAll(ours);
        optional.stream().filter(c -> rows.stream().anyMatch(r -> !r.getOrDefault(c, "").isEmpty())).forEach(header::add);
        List<List<String>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            out.add(header.stream().map(c -> r.getOrDefault(c, "")).toList());
        }
        return new Grid(List.copyOf(header), List.copyOf(out));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() || v.isNumber() || v.isBoolean() ? v.asString().strip() : "";
    }

    private static String join(JsonNode values, String separator) {
        if (values.isString()) {
            return values.asString().strip();
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> {
            if (v.isString() || v.isNumber()) {
                out.add(v.asString().strip());
            }
        });
        return String.join(separator, out);
    }

    /** {@return an identifier as the reader will see it: UUIDs in lower case} */
    private static String id(String given) {
        return CaseSpreadsheetReader.isUuid(given) ? given.toLowerCase(Locale.ROOT) : given;
    }

    /** The identifier of a link; CASE 1.0 links sometimes carry only a URI ending in the UUID, or are a bare URI. */
    private static String linkId(JsonNode link) {
        String id = text(link, "identifier");
        if (!id.isEmpty()) {
            return id(id);
        }
        String uri = link.isString() ? link.asString().strip() : text(link, "uri");
        Matcher m = TRAILING_UUID.matcher(uri);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : uri;
    }
}
