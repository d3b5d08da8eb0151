package org.michishirube.interop.spreadsheet;

import org.michishirube.interop.CaseIds;
import org.michishirube.interop.ImportFault;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.casepackage.CaseExport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.michishirube.core.model.Dag;
import org.michishirube.interop.spreadsheet.CaseSpreadsheetTable.Row;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the three tables of the OpenSALT layout into a CASE 1.1 CFPackage, or refuses with every fault, each naming its
 * cell. Pure: the same tables give the same package, identifiers included.
 */
final class CaseSpreadsheetReader {

    /** The namespace of the name-based (v5) identifiers given to rows that have none. */
    static final UUID NAMESPACE = uuid5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://michishirube.org/case-spreadsheet");

    static final Set<String> VERIFICATIONS = Set.of("official", "corroborated", "secondary", "inferred", "verified"); // verified: sheets written before the four-level scale
    static final List<String> KINDS = List.of("domain", "gio", "sbo", "topic");
    /** CASE 1.1's association types; OpenSALT writes them as words ("Is Child Of"), so spaces and case are ignored. */
    static final List<String> TYPES = List.of("isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo", "replacedBy",
            "exemplar", "hasSkillLevel", "isTranslationOf");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** The languages of the translation columns: {@code fullStatement_en} beside a Japanese statement, {@code _ja} beside an English one. */
    static final List<String> LANGUAGES = List.of("en", "ja");
    static final List<String> DOC_TRANSLATED = List.of("title", "creator", "publisher", "description");
    static final List<String> ITEM_TRANSLATED = List.of("fullStatement", "notes");
    /** The keys of {@code extensions.michishirube} that have a column of their own. */
    static final List<String> OURS_COLUMNS = List.of("kind", "verification", "source", "effortHours", "tags");
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TRAILING_UUID = Pattern.compile("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$");
    private static final Pattern URI_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+");
    private static final Pattern EXT_TYPE = Pattern.compile("ext:[A-Za-z0-9._-]+");
    private static final Pattern LEVEL = Pattern.compile("[^.\\s]+(\\.[^.\\s]+)*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；\\r\\n]+");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final int MAX_FAULTS = 1000;

    private final CaseSpreadsheetTable doc;
    private final CaseSpreadsheetTable items;
    private final CaseSpreadsheetTable associations;
    private final List<ImportFault> faults;

    private String docId;
    private String docTitle = "";
    private String changed;
    private final List<Item> rows = new ArrayList<>();
    private final Map<String, Item> byId = new HashMap<>();
    private final Map<String, List<Item>> byCode = new HashMap<>();
    private final Map<String, Item> byLevel = new HashMap<>();
    private final Map<String, Integer> associationIds = new HashMap<>();
    private final Set<String> triples = new java.util.HashSet<>();
    private final Map<String, ObjectNode> itemTypes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> licenses = new LinkedHashMap<>();
    private final Map<String, ObjectNode> groupings = new LinkedHashMap<>();
    private final List<ObjectNode> linked = new ArrayList<>();
    private final Set<String> translatedInto = new TreeSet<>();

    /** One item row on its way into the package. */
    private static final class Item {
        final Row row;
        final String statement;
        final String code;
        final String level;
        final ObjectNode fields;
        final List<String> prerequisites;
        String id;
        String parent;
        Integer parentRow;
        String parentAssociation;
        ObjectNode parentFields;

        Item(Row row, String statement, String code, String level, ObjectNode fields, List<String> prerequisites) {
            this.row = row;
            this.statement = statement;
            this.code = code;
            this.level = level;
            this.fields = fields;
            this.prerequisites = prerequisites;
        }

        String label() {
            return code.isEmpty() ? "row " + row.number() : code;
        }
    }

    /** An end of an association: an item or the document of this spreadsheet, or something outside it. */
    private record End(String id, Item item, boolean document, ObjectNode link) {
        boolean local() {
            return item != null || document;
        }
    }

    private CaseSpreadsheetReader(CaseSpreadsheetTable doc, CaseSpreadsheetTable items, CaseSpreadsheetTable associations, List<ImportFault> faults) {
        this.doc = doc;
        this.items = items;
        this.associations = associations;
        this.faults = faults;
    }

    /**
     * {@return the CFPackage of the tables}
     *
     * @param faults the faults found so far, e.g. repeated headers; added to, and refused with when not empty
     * @throws InvalidImportException listing every fault
     */
    static ObjectNode read(CaseSpreadsheetTable doc, CaseSpreadsheetTable items, CaseSpreadsheetTable associations, List<ImportFault> faults) {
        return new CaseSpreadsheetReader(doc, items, associations, faults).read();
    }

    private ObjectNode read() {
        boolean docColumns = require(doc, List.of("title"));
        boolean itemColumns = require(items, List.of("fullStatement"));
        // An empty association sheet (or a CSV without association.* columns) has none; one with data must name its columns.
        boolean associationColumns = !associations.present()
                || require(associations, List.of("associationType", "originNodeIdentifier|originNodeHumanCodingScheme|originNodeURI",
                "destinationNodeIdentifier|destinationNodeHumanCodingScheme|destinationNodeURI"));
        ObjectNode document = docColumns ? document() : JSON.objectNode();
        if (docId == null) {
            docId = uuid5(NAMESPACE, "document\n").toString();
        }
        if (itemColumns) {
            items();
            levels();
        }
        List<ObjectNode> rowAssociations = itemColumns && associationColumns ? associations() : List.of();
        if (itemColumns) {
            parentsFromRows();
        }
        List<ObjectNode> hierarchy = hierarchy();
        List<ObjectNode> prerequisites = prerequisites(rowAssociations);
        if (itemColumns && rows.isEmpty()) {
            fault(items.label(), "spreadsheet.spreadsheet-holds-no-items", "the spreadsheet holds no items: fill the {0} rows below the header, one row per item", items.label());
        }
        if (!faults.isEmpty()) {
            throw refused(faults);
        }
        if (translatedInto.equals(Set.of("en")) && !document.has("language")) {
            // fullStatement_en is the English beside a Japanese statement: a document that says no language is a Japanese one.
            document.put("language", "ja");
        }
        ObjectNode pkg = JSON.objectNode();
        pkg.set("CFDocument", document);
        ArrayNode itemArray = pkg.putArray("CFItems");
        for (Item i : rows) {
            ObjectNode node = JSON.objectNode();
            node.put("identifier", i.id);
            node.put("uri", uri(i.id));
            node.setAll(i.fields);
            itemArray.add(node);
        }
        ArrayNode assocArray = pkg.putArray("CFAssociations");
        hierarchy.forEach(assocArray::add);
        rowAssociations.forEach(assocArray::add);
        prerequisites.forEach(assocArray::add);
        // Link titles are the statements, which are known only once every row is read.
        linked.forEach(this::title);
        if (!itemTypes.isEmpty() || !licenses.isEmpty() || !groupings.isEmpty()) {
            ObjectNode definitions = pkg.putObject("CFDefinitions");
            if (!licenses.isEmpty()) {
                definitions.putArray("CFLicenses").addAll(List.copyOf(licenses.values()));
            }
            if (!itemTypes.isEmpty()) {
                definitions.putArray("CFItemTypes").addAll(List.copyOf(itemTypes.values()));
            }
            if (!groupings.isEmpty()) {
                definitions.putArray("CFAssociationGroupings").addAll(List.copyOf(groupings.values()));
            }
        }
        return pkg;
    }

    static InvalidImportException refused(List<ImportFault> faults) {
        List<ImportFault> shown = new ArrayList<>(faults.subList(0, Math.min(faults.size(), MAX_FAULTS)));
        if (faults.size() > MAX_FAULTS) {
            shown.add(ImportFault.of("spreadsheet", "spreadsheet.more-faults", "… and {0} more fault(s) not listed", (faults.size() - MAX_FAULTS)));
        }
        return new InvalidImportException(faults.size() + " fault(s) in the spreadsheet; nothing was imported.", shown);
    }

    // ---------------------------------------------------------------- columns

    /** Each requirement is a column, or alternatives separated by {@code |} of which one will do. */
    private boolean require(CaseSpreadsheetTable t, List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            List<String> any = List.of(r.split("\\|"));
            if (any.stream().noneMatch(t::has)) {
                missing.add(any.stream().map(t::header).collect(Collectors.joining(" or ")));
            }
        }
        if (!missing.isEmpty()) {
            String header = " (the header row must name the columns of OpenSALT's CASE spreadsheet)";
            if (missing.size() > 1) {
                fault(t.label() + " row 1", "spreadsheet.missing-columns", "lacks the columns {0}" + header, String.join(", ", missing));
            } else {
                fault(t.label() + " row 1", "spreadsheet.missing-column", "lacks the column {0}" + header, missing.get(0));
            }
        }
        return missing.isEmpty();
    }

    // ---------------------------------------------------------------- the document

    private ObjectNode document() {
        ObjectNode d = JSON.objectNode();
        List<Row> docRows = doc.rows();
        if (docRows.isEmpty()) {
            fault(doc.where(2, "title"), "spreadsheet.empty-document-row-needs", "is empty: the document row needs at least the framework's title");
            return d;
        }
        Row r = docRows.get(0);
        docRows.subList(1, docRows.size()).forEach(extra -> fault(doc.where(extra), "spreadsheet.holds-second-document-spreadsheet", "holds a second document; a spreadsheet holds one framework, whose document is row {0}", r.number()));
        docTitle = doc.get(r, "title");
        if (docTitle.isEmpty()) {
            fault(doc.where(r, "title"), "spreadsheet.empty-framework-needs-title", "is empty: the framework needs a title");
        }
        docId = identifier(doc.get(r, "identifier")).orElseGet(() -> uuid5(NAMESPACE, "document\n" + docTitle).toString());
        changed = dateTime(doc, r, "lastChangeDate").orElse(null);
        d.put("identifier", docId);
        d.put("uri", uri(docId));
        d.put("caseVersion", "1.1");
        doc.value(r, "frameworkType").ifPresent(v -> d.put("frameworkType", v));
        doc.value(r, "creator").ifPresent(v -> d.put("creator", v));
        d.put("title", docTitle);
        if (changed != null) {
            d.put("lastChangeDateTime", changed);
        }
        doc.value(r, "officialSourceURL").ifPresent(v -> d.put("officialSourceURL", v));
        doc.value(r, "publisher").ifPresent(v -> d.put("publisher", v));
        doc.value(r, "description").ifPresent(v -> d.put("description", v));
        list(doc.get(r, "subject"), "\\|").ifPresent(v -> d.set("subject", v));
        doc.value(r, "language").ifPresent(v -> d.put("language", v));
        doc.value(r, "version").ifPresent(v -> d.put("version", v));
        doc.value(r, "adoptionStatus").ifPresent(v -> d.put("adoptionStatus", v));
        date(doc, r, "statusStartDate").ifPresent(v -> d.put("statusStartDate", v));
        date(doc, r, "statusEndDate").ifPresent(v -> d.put("statusEndDate", v));
        doc.value(r, "licenseTitle").or(() -> doc.value(r, "licenseText"))
                .ifPresent(t -> d.set("licenseURI", license(t, doc.value(r, "licenseText").orElse(""))));
        doc.value(r, "notes").ifPresent(v -> d.put("notes", v));
        ObjectNode extensions = extensions(doc, r);
        translations(doc, r, extensions, DOC_TRANSLATED);
        if (!extensions.isEmpty()) {
            d.set("extensions", extensions);
        }
        return d;
    }

    private ObjectNode license(String title, String text) {
        String id = uuid5(NAMESPACE, "license\n" + title + "\n" + text).toString();
        licenses.computeIfAbsent(id, k -> {
            ObjectNode l = JSON.objectNode();
            l.put("identifier", id);
            l.put("uri", uri(id));
            l.put("title", title);
            l.put("licenseText", text);
            stamp(l);
            return l;
        });
        return link(title, id);
    }

    // ---------------------------------------------------------------- items

    private void items() {
        Map<String, Integer> keys = new HashMap<>();
        for (Row r : items.rows()) {
            String statement = items.get(r, "fullStatement");
            if (statement.isEmpty()) {
                fault(items.where(r, "fullStatement"), "spreadsheet.empty-every-item-needs", "is empty: every item needs its statement");
            }
            String code = items.get(r, "humanCodingScheme");
            String level = level(r);
            Item item = new Item(r, statement, code, level, fields(r), split(items.get(r, "prerequisites")));
            Optional<String> given = identifier(items.get(r, "identifier"));
            if (given.isPresent()) {
                item.id = given.get();
            } else {
                // Name-based, so that importing the same sheet again gives the same identifiers; a repeated key counts on.
                String key = docId + "\n" + (level == null ? "" : level) + "\n" + code + "\n" + statement;
                int n = keys.merge(key, 1, Integer::sum);
                item.id = uuid5(NAMESPACE, "item\n" + key + (n > 1 ? "\n#" + n : "")).toString();
            }
            if (item.id.equals(docId)) {
                fault(items.where(r, "identifier"), "spreadsheet.document-s-identifier-item", "'{0}' is the document's identifier; an item needs its own", item.id);
            } else {
                Item before = byId.putIfAbsent(item.id, item);
                if (before != null) {
                    fault(items.where(r, "identifier"), "spreadsheet.also-identifier-row-identifiers", "'{0}' is also the identifier of row {1}; identifiers must be unique (leave it empty for a new item)", item.id, before.row.number());
                }
            }
            if (!code.isEmpty()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(item);
            }
            rows.add(item);
        }
    }

    private ObjectNode fields(Row r) {
        ObjectNode f = JSON.objectNode();
        f.put("fullStatement", items.get(r, "fullStatement"));
        items.value(r, "alternativeLabel").ifPresent(v -> f.put("alternativeLabel", v));
        Optional<String> type = items.value(r, "CFItemType");
        type.ifPresent(v -> f.put("CFItemType", v));
        items.value(r, "humanCodingScheme").ifPresent(v -> f.put("humanCodingScheme", v));
        items.value(r, "listEnumeration").ifPresent(v -> f.put("listEnumeration", v));
        items.value(r, "abbreviatedStatement").ifPresent(v -> f.put("abbreviatedStatement", v));
        list(items.get(r, "conceptKeywords"), ",").ifPresent(v -> f.set("conceptKeywords", v));
        items.value(r, "notes").ifPresent(v -> f.put("notes", v));
        list(items.get(r, "subject"), "\\|").ifPresent(v -> f.set("subject", v));
        items.value(r, "language").ifPresent(v -> f.put("language", v));
        list(items.get(r, "educationLevel"), ",").ifPresent(v -> f.set("educationLevel", v));
        type.ifPresent(t -> f.set("CFItemTypeURI", itemType(t)));
        items.value(r, "license").ifPresent(v -> f.set("licenseURI", licenses.values().stream()
                .filter(l -> l.path("title").asString("").equals(v)).findFirst()
                .map(l -> link(v, l.path("identifier").asString())).orElseGet(() -> license(v, v))));
        date(items, r, "statusStartDate").ifPresent(v -> f.put("statusStartDate", v));
        date(items, r, "statusEndDate").ifPresent(v -> f.put("statusEndDate", v));
        stamp(f);
        ObjectNode extensions = extensions(items, r);
        translations(items, r, extensions, ITEM_TRANSLATED);
        // The columns own their keys: a cleared cell clears the value, whatever the extensions cell says.
        ObjectNode ours = extensions.get(CaseExport.OURS) instanceof ObjectNode o ? o : JSON.objectNode();
        OURS_COLUMNS.forEach(ours::remove);
        items.value(r, "kind").ifPresent(v -> {
            String k = fold(v);
            if (KINDS.contains(k)) {
                ours.put("kind", k);
            } else {
                fault(items.where(r, "kind"), "spreadsheet.kind", "must be {0} or {1}, was '{2}'", String.join(", ", KINDS.subList(0, 3)), KINDS.get(3), v);
            }
        });
        items.value(r, "verification").ifPresent(v -> {
            String k = fold(v);
            if (VERIFICATIONS.contains(k)) {
                ours.put("verification", k);
            } else {
                fault(items.where(r, "verification"), "spreadsheet.official-corroborated-secondary-inferred", "must be official, corroborated, secondary or inferred, was '{0}'", v);
            }
        });
        items.value(r, "source").ifPresent(v -> ours.put("source", v));
        items.value(r, "effortHours").ifPresent(v -> {
            String n = fold(v);
            Matcher m = Pattern.compile("(\\d+)(?:\\.0+)?").matcher(n);
            Integer hours = null;
            if (m.matches()) {
                try {
                    hours = Integer.valueOf(m.group(1));
                } catch (NumberFormatException e) {
                    hours = null;
                }
            }
            if (hours == null) {
                fault(items.where(r, "effortHours"), "spreadsheet.whole-number-hours-0", "must be a whole number of hours ≥ 0, was '{0}'", v);
            } else {
                ours.put("effortHours", hours.intValue());
            }
        });
        List<String> tags = split(items.get(r, "tags"));
        if (!tags.isEmpty()) {
            ArrayNode t = ours.putArray("tags");
            new TreeSet<>(tags).forEach(t::add);
        }
        if (ours.isEmpty()) {
            extensions.remove(CaseExport.OURS);
        } else {
            extensions.set(CaseExport.OURS, ours);
        }
        if (!extensions.isEmpty()) {
            f.set("extensions", extensions);
        }
        return f;
    }

    private ObjectNode itemType(String title) {
        String id = CaseIds.itemType(title);
        itemTypes.computeIfAbsent(id, k -> {
            ObjectNode t = JSON.objectNode();
            t.put("identifier", id);
            t.put("uri", uri(id));
            t.put("title", title);
            // A sheet names a type by its title alone; as OpenSALT does, the title serves as description and code too.
            t.put("description", title);
            t.put("hierarchyCode", title);
            stamp(t);
            return t;
        });
        return link(title, id);
    }

    /** {@return the row's smartLevel, without a trailing dot; null when empty or malformed (then a fault)} */
    private String level(Row r) {
        String v = items.get(r, "smartLevel");
        if (v.isEmpty()) {
            return null;
        }
        String level = Normalizer.normalize(v, Normalizer.Form.NFKC).strip().replaceAll("\\.+$", "");
        if (!LEVEL.matcher(level).matches()) {
            fault(items.where(r, "smartLevel"), "spreadsheet.level-like-1-2", "must be a level like 1.2.3, was '{0}'", v);
            return null;
        }
        return level;
    }

    /** Parents from smartLevel: the item whose level is the prefix; a top level's parent is the document. */
    private void levels() {
        for (Item i : rows) {
            if (i.level == null) {
                continue;
            }
            Item before = byLevel.putIfAbsent(i.level, i);
            if (before != null) {
                fault(items.where(i.row, "smartLevel"), "spreadsheet.also-level-row-levels", "{0} is also the level of row {1}; levels must be unique", i.level, before.row.number());
            }
        }
        for (Item i : rows) {
            if (i.level == null || byLevel.get(i.level) != i) {
                continue;
            }
            int dot = i.level.lastIndexOf('.');
            if (dot < 0) {
                i.parent = docId;
                continue;
            }
            String up = i.level.substring(0, dot);
            Item parent = byLevel.get(up);
            if (parent == null) {
                fault(items.where(i.row, "smartLevel"), "spreadsheet.parent-level-no-row", "its parent level {0} is on no row; add the row {1} or change this level", up, up);
            } else {
                i.parent = parent.id;
            }
        }
    }

    // ---------------------------------------------------------------- associations

    private List<ObjectNode> associations() {
        List<ObjectNode> out = new ArrayList<>();
        for (Row r : associations.rows()) {
            String type = type(r);
            End origin = end(r, "origin");
            End destination = end(r, "destination");
            Optional<String> given = identifier(associations.get(r, "identifier"));
            Integer sequence = whole(associations, r, "sequenceNumber");
            if (type == null || origin == null || destination == null) {
                continue;
            }
            if (given.isPresent()) {
                Integer before = associationIds.putIfAbsent(given.get(), r.number());
                if (before != null) {
                    fault(associations.where(r, "identifier"), "spreadsheet.also-identifier-row-identifiers-2", "'{0}' is also the identifier of row {1}; identifiers must be unique (leave it empty for a new association)", given.get(), before);
                    continue;
                }
            }
            if (type.equals("isChildOf") && childOf(r, origin, destination, given)) {
                continue;
            }
            String id = given.orElseGet(() -> CaseIds.association(type, origin.id(), destination.id()));
            if (!triples.add(type + " " + origin.id() + " " + destination.id()) && given.isEmpty()) {
                continue; // The same link again, without an identifier of its own: once is enough.
            }
            associationIds.putIfAbsent(id, r.number());
            ObjectNode a = JSON.objectNode();
            a.put("identifier", id);
            a.put("associationType", type);
            if (sequence != null) {
                a.put("sequenceNumber", sequence.intValue());
            }
            a.put("uri", uri(id));
            a.set("originNodeURI", origin.link());
            a.set("destinationNodeURI", destination.link());
            more(r).forEach(e -> a.set(e.getKey(), e.getValue()));
            stamp(a);
            out.add(a);
        }
        return out;
    }

    /**
     * An isChildOf row. As in OpenSALT, an item's smartLevel decides its parent: a row that agrees only lends its identifier,
     * one that does not is read past (the steward moved the item by its level). Items without a level take their parent from here.
     *
     * @return whether the row was taken as hierarchy (else it is kept as a further parent)
     */
    private boolean childOf(Row r, End origin, End destination, Optional<String> given) {
        if (origin.item() == null) {
            fault(associations.where(r, associations.has("originNodeIdentifier") ? "originNodeIdentifier" : "originNodeHumanCodingScheme"), "spreadsheet.ischildof-row-start-at", "an isChildOf row must start at an item of this spreadsheet; '{0}' is none (if its item row was deleted, delete this row too)", origin.id());
            return true;
        }
        if (!destination.local()) {
            fault(associations.where(r, associations.has("destinationNodeIdentifier") ? "destinationNodeIdentifier" : "destinationNodeHumanCodingScheme"), "spreadsheet.ischildof-row-end-at", "an isChildOf row must end at an item of this spreadsheet or its document; '{0}' is neither", destination.id());
            return true;
        }
        Item child = origin.item();
        if (destination.item() == child) {
            fault(associations.where(r, "destinationNodeIdentifier"), "spreadsheet.item-cannot-own-parent", "an item cannot be its own parent");
            return true;
        }
        if (child.level != null) {
            if (destination.id().equals(child.parent) && child.parentAssociation == null && child.parentFields == null) {
                child.parentAssociation = given.orElse(null);
                child.parentFields = fields(more(r));
            }
            return true;
        }
        if (child.parent == null) {
            child.parent = destination.id();
            child.parentRow = r.number();
            child.parentAssociation = given.orElse(null);
            child.parentFields = fields(more(r));
            return true;
        }
        return false;
    }

    /** {@return the fields of an association row beyond its ends: grouping, notes, extensions} */
    private List<Map.Entry<String, JsonNode>> more(Row r) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        grouping(r).ifPresent(g -> out.add(Map.entry("CFAssociationGroupingURI", g)));
        associations.value(r, "notes").ifPresent(v -> out.add(Map.entry("notes", JSON.stringNode(v))));
        ObjectNode extensions = extensions(associations, r);
        if (!extensions.isEmpty()) {
            out.add(Map.entry("extensions", extensions));
        }
        return out;
    }

    private static ObjectNode fields(List<Map.Entry<String, JsonNode>> entries) {
        ObjectNode o = JSON.objectNode();
        entries.forEach(e -> o.set(e.getKey(), e.getValue()));
        return o;
    }

    private String type(Row r) {
        String v = associations.get(r, "associationType");
        if (v.isEmpty()) {
            fault(associations.where(r, "associationType"), "spreadsheet.empty-say-how-two", "is empty: say how the two ends are linked, e.g. isChildOf or precedes");
            return null;
        }
        if (EXT_TYPE.matcher(v).matches()) {
            return v;
        }
        String folded = v.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (String t : TYPES) {
            if (t.toLowerCase(Locale.ROOT).equals(folded)) {
                return t;
            }
        }
        fault(associations.where(r, "associationType"), "spreadsheet.case-association-type-ext", "'{0}' is not a CASE association type ({1}, or ext:…)", v, String.join(", ", TYPES));
        return null;
    }

    private End end(Row r, String side) {
        String idColumn = side + "NodeIdentifier";
        String codeColumn = side + "NodeHumanCodingScheme";
        String uriColumn = side + "NodeURI";
        String given = associations.get(r, idColumn);
        String code = associations.get(r, codeColumn);
        String uri = associations.get(r, uriColumn);
        Optional<String> title = associations.value(r, side + "NodeTitle");
        if (!given.isEmpty()) {
            String id = identifier(given).orElseThrow();
            Item item = byId.get(id);
            if (item != null) {
                return local(item);
            }
            if (id.equals(docId)) {
                return new End(id, null, true, linked(link(docTitle, id)));
            }
            if (isUuid(id) || isUri(id) || isUri(uri)) {
                return new End(id, null, false, external(title.or(() -> Optional.of(code).filter(c -> !c.isEmpty())).orElse(id), id,
                        isUri(uri) ? uri : isUri(id) && !isUuid(id) ? id : "urn:uuid:" + id));
            }
            fault(associations.where(r, idColumn), "spreadsheet.neither-identifier-row-spreadsheet", "'{0}' is neither the identifier of a row of this spreadsheet nor the UUID or URI of something outside it", given);
            return null;
        }
        if (!code.isEmpty()) {
            List<Item> matches = byCode.getOrDefault(code, List.of());
            if (matches.size() == 1) {
                return local(matches.get(0));
            }
            if (matches.size() > 1) {
                fault(associations.where(r, codeColumn), "spreadsheet.humancodingscheme-rows-give-identifier", "'{0}' is the humanCodingScheme of rows {1}; give the identifier instead", code, numbers(matches));
                return null;
            }
            if (isUri(uri)) {
                String id = trailingUuid(uri).orElse(uri);
                return new End(id, null, false, external(title.orElse(code), id, uri));
            }
            fault(associations.where(r, codeColumn), "spreadsheet.no-row-spreadsheet-has", "no row of this spreadsheet has the humanCodingScheme '{0}'; an end outside it needs its identifier or URI", code);
            return null;
        }
        if (!uri.isEmpty()) {
            if (isUri(uri)) {
                String id = trailingUuid(uri).orElse(uri);
                Item item = byId.get(id);
                return item != null ? local(item) : id.equals(docId) ? new End(id, null, true, linked(link(docTitle, id)))
                        : new End(id, null, false, external(title.orElse(uri), id, uri));
            }
            fault(associations.where(r, uriColumn), "spreadsheet.uri", "'{0}' is not a URI", uri);
            return null;
        }
        fault(associations.where(r, associations.has(idColumn) ? idColumn : codeColumn), "spreadsheet.empty-row-names-no", "is empty: the row names no {0} (give its identifier, or the humanCodingScheme of a row of this spreadsheet)", side);
        return null;
    }

    private End local(Item item) {
        ObjectNode l = JSON.objectNode();
        l.put("title", "");
        l.put("identifier", item.id);
        l.put("uri", uri(item.id));
        return new End(item.id, item, false, linked(l));
    }

    private ObjectNode linked(ObjectNode link) {
        linked.add(link);
        return link;
    }

    private static ObjectNode external(String title, String id, String uri) {
        ObjectNode l = JSON.objectNode();
        l.put("title", title);
        l.put("identifier", id);
        l.put("uri", uri);
        return l;
    }

    /** A link to an item or the document takes its statement or title as its title, as CaseExport writes it. */
    private void title(ObjectNode link) {
        String id = link.path("identifier").asString();
        Item item = byId.get(id);
        link.put("title", item != null ? item.statement : docTitle);
    }

    private Optional<ObjectNode> grouping(Row r) {
        Optional<String> id = identifier(associations.get(r, "associationGroupIdentifier"));
        Optional<String> name = associations.value(r, "associationGroupName");
        if (id.isEmpty() && name.isEmpty()) {
            return Optional.empty();
        }
        String gid = id.orElseGet(() -> uuid5(NAMESPACE, "grouping\n" + docId + "\n" + name.get()).toString());
        String title = name.orElse(gid);
        groupings.computeIfAbsent(gid, k -> {
            ObjectNode g = JSON.objectNode();
            g.put("identifier", gid);
            g.put("uri", uri(gid));
            g.put("title", title);
            stamp(g);
            return g;
        });
        return Optional.of(link(groupings.get(gid).path("title").asString(), gid));
    }

    // ---------------------------------------------------------------- hierarchy and prerequisites

    /** Parents given by isChildOf rows must not go round in a circle. */
    private void parentsFromRows() {
        List<String> fromRows = rows.stream().filter(i -> i.parentRow != null).map(i -> i.id).toList();
        Dag.findCycle(fromRows, id -> byId.containsKey(byId.get(id).parent) ? List.of(byId.get(id).parent) : List.<String>of(),
                Comparator.<String>naturalOrder()).ifPresent(cycle -> {
            Item first = byId.get(cycle.get(0));
            fault(associations.where(first.parentRow, "destinationNodeIdentifier"), "spreadsheet.ischildof-goes-round-circle", "isChildOf goes round in a circle: {0}", cycle.stream().map(id -> byId.get(id).label()).collect(Collectors.joining(" → ")));
            cycle.forEach(id -> byId.get(id).parent = docId);
        });
    }

    /** isChildOf for every item, numbered by the order of the rows under each parent. */
    private List<ObjectNode> hierarchy() {
        List<ObjectNode> out = new ArrayList<>();
        Map<String, Integer> sequence = new HashMap<>();
        for (Item i : rows) {
            if (byId.get(i.id) != i) {
                continue; // A repeated identifier, refused already.
            }
            String parent = i.parent == null ? docId : i.parent;
            int n = sequence.merge(parent, 1, Integer::sum);
            String id = i.parentAssociation != null ? i.parentAssociation : CaseIds.association("isChildOf", i.id, parent);
            Integer taken = i.parentAssociation == null ? associationIds.putIfAbsent(id, i.row.number()) : null;
            if (taken != null) {
                fault(associations.where(taken, "identifier"), "spreadsheet.identifier-ischildof-link-row", "is the identifier of the isChildOf link of {0} (row {1} of {2}); give this row another one, or leave it empty", i.label(), i.row.number(), items.label());
            }
            ObjectNode a = JSON.objectNode();
            a.put("identifier", id);
            a.put("associationType", "isChildOf");
            a.put("sequenceNumber", n);
            a.put("uri", uri(id));
            a.set("originNodeURI", linked(link("", i.id)));
            a.set("destinationNodeURI", linked(link("", parent)));
            if (i.parentFields != null) {
                a.setAll(i.parentFields);
            }
            stamp(a);
            out.add(a);
        }
        return out;
    }

    /** The prerequisites column: each code's item precedes the row's item. */
    private List<ObjectNode> prerequisites(List<ObjectNode> rowAssociations) {
        List<ObjectNode> out = new ArrayList<>();
        Map<String, Set<String>> before = new LinkedHashMap<>();
        for (ObjectNode a : rowAssociations) {
            String from = a.path("originNodeURI").path("identifier").asString();
            String to = a.path("destinationNodeURI").path("identifier").asString();
            if (a.path("associationType").asString().equals("precedes") && byId.containsKey(from) && byId.containsKey(to)) {
                before.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
            }
        }
        for (Item i : rows) {
            for (String code : i.prerequisites) {
                List<Item> matches = byCode.getOrDefault(code, List.of());
                if (matches.isEmpty()) {
                    if (code.contains(",") || code.contains("、")) {
                        fault(items.where(i.row, "prerequisites"), "spreadsheet.no-row-has-code-separator", "no row has the code '{0}' (separate codes with ;)", code);
                    } else {
                        fault(items.where(i.row, "prerequisites"), "spreadsheet.no-row-has-code", "no row has the code '{0}'", code);
                    }
                    continue;
                }
                if (matches.size() > 1) {
                    fault(items.where(i.row, "prerequisites"), "spreadsheet.code-rows-prerequisite-name", "'{0}' is the code of rows {1}; a prerequisite must name one row", code, numbers(matches));
                    continue;
                }
                Item pre = matches.get(0);
                if (pre == i) {
                    fault(items.where(i.row, "prerequisites"), "spreadsheet.row-s-own-code", "'{0}' is this row's own code; an item cannot be its own prerequisite", code);
                    continue;
                }
                before.computeIfAbsent(i.id, k -> new LinkedHashSet<>()).add(pre.id);
                // The same link as a row without an identifier has this identifier already: once is enough.
                String id = CaseIds.association("precedes", pre.id, i.id);
                if (associationIds.putIfAbsent(id, i.row.number()) != null) {
                    continue;
                }
                ObjectNode a = JSON.objectNode();
                a.put("identifier", id);
                a.put("associationType", "precedes");
                a.put("uri", uri(id));
                a.set("originNodeURI", linked(link("", pre.id)));
                a.set("destinationNodeURI", linked(link("", i.id)));
                stamp(a);
                out.add(a);
            }
        }
        Dag.findCycle(before.keySet(), id -> List.copyOf(before.getOrDefault(id, Set.of())), Comparator.<String>naturalOrder()).ifPresent(cycle -> {
            Item first = byId.get(cycle.get(0));
            fault(items.where(first.row, "prerequisites"), "spreadsheet.prerequisites-go-round-circle", "prerequisites go round in a circle: {0}", cycle.stream().map(id -> byId.get(id).label()).collect(Collectors.joining(" ← ")));
        });
        return out;
    }

    // ---------------------------------------------------------------- extensions

    /** {@return the extensions cell: a JSON object, or an empty one} */
    private ObjectNode extensions(CaseSpreadsheetTable t, Row r) {
        String v = t.get(r, "extensions");
        if (v.isEmpty()) {
            return JSON.objectNode();
        }
        try {
            if (MAPPER.readTree(v) instanceof ObjectNode o) {
                return o;
            }
        } catch (JacksonException e) {
            // Falls through to the fault.
        }
        fault(t.where(r, "extensions"), "spreadsheet.json-object-download-wrote", "must be a JSON object as the download wrote it, or empty; was '{0}'", (v.length() > 60 ? v.substring(0, 60) + "…" : v));
        return JSON.objectNode();
    }

    /** The {@code <field>_en} and {@code <field>_ja} columns, into {@code extensions.translations}; they own those keys. */
    private void translations(CaseSpreadsheetTable t, Row r, ObjectNode extensions, List<String> fields) {
        ObjectNode all = extensions.get(CaseExport.TRANSLATIONS) instanceof ObjectNode o ? o : JSON.objectNode();
        for (String language : LANGUAGES) {
            ObjectNode in = all.get(language) instanceof ObjectNode o ? o : JSON.objectNode();
            for (String field : fields) {
                in.remove(field);
                t.value(r, field + "_" + language).ifPresent(v -> {
                    in.put(field, v);
                    translatedInto.add(language);
                });
            }
            if (in.isEmpty()) {
                all.remove(language);
            } else {
                all.set(language, in);
            }
        }
        if (all.isEmpty()) {
            extensions.remove(CaseExport.TRANSLATIONS);
        } else {
            extensions.set(CaseExport.TRANSLATIONS, all);
        }
    }

    // ---------------------------------------------------------------- values

    private void stamp(ObjectNode node) {
        if (changed != null) {
            node.put("lastChangeDateTime", changed);
        }
    }

    private static ObjectNode link(String title, String id) {
        ObjectNode l = JSON.objectNode();
        l.put("title", title);
        l.put("identifier", id);
        l.put("uri", uri(id));
        return l;
    }

    /** Objects read from a sheet have no home yet: their URIs name the identifier, which is what CASE consumers match on. */
    static String uri(String id) {
        return isUuid(id) ? "urn:uuid:" + id : isUri(id) ? id : "urn:uuid:" + uuid5(NAMESPACE, "identifier\n" + id);
    }

    /** {@return a given identifier; UUIDs in lower case, as CASE writes them} */
    private static Optional<String> identifier(String given) {
        String v = given.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(isUuid(v) ? v.toLowerCase(Locale.ROOT) : v);
    }

    static boolean isUuid(String v) {
        return UUID_FORM.matcher(v).matches();
    }

    private static boolean isUri(String v) {
        return URI_FORM.matcher(v).matches();
    }

    private static Optional<String> trailingUuid(String uri) {
        Matcher m = TRAILING_UUID.matcher(uri);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** {@return the values of a list cell (prerequisites, tags): separated by ; or line breaks} */
    static List<String> split(String cell) {
        return Arrays.stream(LIST_SEPARATOR.split(cell)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Optional<ArrayNode> list(String cell, String separator) {
        List<String> values = Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode a = JSON.arrayNode();
        values.forEach(a::add);
        return Optional.of(a);
    }

    private static String fold(String v) {
        return Normalizer.normalize(v, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private Integer whole(CaseSpreadsheetTable t, Row r, String column) {
        String v = t.get(r, column);
        if (v.isEmpty()) {
            return null;
        }
        Matcher m = Pattern.compile("-?\\d+").matcher(fold(v));
        try {
            if (m.matches()) {
                return Integer.valueOf(m.group());
            }
        } catch (NumberFormatException e) {
            // Falls through to the fault.
        }
        fault(t.where(r, column), "spreadsheet.whole-number", "must be a whole number, was '{0}'", v);
        return null;
    }

    private Optional<String> date(CaseSpreadsheetTable t, Row r, String column) {
        String v = t.get(r, column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(fold(v));
        if (m.lookingAt() && (m.end() == fold(v).length() || fold(v).charAt(m.end()) == ' ' || fold(v).charAt(m.end()) == 't')) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString());
            } catch (DateTimeException e) {
                // Falls through to the fault.
            }
        }
        fault(t.where(r, column), "spreadsheet.date-like-2026-04", "must be a date like 2026-04-01, was '{0}'", v);
        return Optional.empty();
    }

    private Optional<String> dateTime(CaseSpreadsheetTable t, Row r, String column) {
        String v = t.get(r, column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(Normalizer.normalize(v, Normalizer.Form.NFKC).strip());
        if (m.matches()) {
            try {
                LocalDateTime at = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                // A time without a zone is taken as UTC, as OpenSALT writes it.
                ZoneOffset zone = m.group(7) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(7).length() == 5 && !m.group(7).equals("Z")
                        ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7));
                return Optional.of(TIMESTAMP.format(OffsetDateTime.of(at, zone)));
            } catch (DateTimeException e) {
                // Falls through to the fault.
            }
        }
        fault(t.where(r, column), "spreadsheet.date-time-like-2026", "must be a date and time like 2026-04-01 09:30:00, was '{0}'", v);
        return Optional.empty();
    }

    private static String numbers(List<Item> items) {
        return items.stream().map(i -> String.valueOf(i.row.number())).collect(Collectors.joining(", "));
    }

    private void fault(String where, String code, String template, Object... params) {
        faults.add(ImportFault.of(where, code, template, params));
    }

    /** A name-based UUID (version 5, SHA-1) as RFC 9562 defines it; the JDK has only version 3. */
    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
        java.nio.ByteBuffer ns = java.nio.ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
