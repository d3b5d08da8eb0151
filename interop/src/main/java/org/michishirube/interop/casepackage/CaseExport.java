package org.michishirube.interop.casepackage;

import org.michishirube.interop.CaseCatalog;
import org.michishirube.interop.CaseIds;
import org.michishirube.interop.CaseMarks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.michishirube.core.model.Domain;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one framework version as a CASE 1.1 CFPackage that validates against the official schema. Japanese is the
 * document language; English travels in each object's {@code extensions.translations.en}, and Michishirube's own facts
 * (lineage id, kind, effort) in {@code extensions.michishirube}, which the importer reads back.
 *
 * <p>A version imported from a CASE package gives the package back: each CFDocument, CFItem and CFAssociation starts
 * from what {@link CasePackageReader} kept of it (its fields, its document language, its identifier) and takes from the
 * graph what the graph holds now: the statement and notes in the object's language, the hierarchy and its order, the
 * CFItemType when a steward changed the kind, and {@code extensions.michishirube}. Associations that still hold keep
 * their identifier, sequenceNumber and fields; kept associations without a counterpart in the graph are written back
 * while their ends in the package are there; the CFItems and CFAssociations keep the package's order, new ones after.
 * Fields the package did not have are not made up, except what CASE requires and the CFDocument's {@code adoptionStatus},
 * which then says the version's status here. {@code uri}s are this provider's.
 *
 * <p>Identifiers are always lowercase UUIDs: a kept identifier that is not one (a CTDL item's URI, a malformed CASE
 * identifier) is written as {@link CaseIds#exported(String)}, and an item whose source identifier is a URI is an
 * {@code exactMatchOf} of an outside node with that URI as identifier and uri, so the source is not lost.
 *
 * <p>A text missing in the object's language is written in the language there is, with {@code language} saying which;
 * the languages an object lacks are listed in its {@code extensions.michishirube.missingLanguages}.
 */
public final class CaseExport {

    /** The key of Michishirube's own facts inside {@code extensions}. */
    public static final String OURS = "michishirube";
    /** The key of translations inside {@code extensions}: {@code {"en": {"fullStatement": …, "notes": …}}}. */
    public static final String TRANSLATIONS = "translations";
    /** The item type of a domain, the level above the areas. */
    public static final String DOMAIN_TYPE = "Domain";
    /**
     * The key in the CFDocument's {@code extensions.michishirube} naming the format of the package whose fields the
     * document and items were written from; absent when they were derived from the graph.
     */
    public static final String SOURCE_FORMAT = "sourceFormat";
    /** The key in {@code extensions.michishirube} listing the languages an object's texts lack ({@code ja}, {@code en}). */
    public static final String MISSING_LANGUAGES = "missingLanguages";
    /** How several alternative labels share CASE's one {@code alternativeLabel} string. */
    public static final String LABEL_SEPARATOR = "; ";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    private static final List<String> DEFINITION_PARTS = List.of("CFConcepts", "CFSubjects", "CFLicenses", "CFItemTypes", "CFAssociationGroupings");

    private final CaseCatalog catalog;
    private final Map<FrameworkVersionId, Kept> kept = new ConcurrentHashMap<>();
    private final Function<String, Map<String, List<String>>> labels;

    public CaseExport(CaseCatalog catalog) {
        this(catalog, id -> Map.of());
    }

    /**
     * @param catalog the versions it may export
     * @param labels an item's alternative labels by language (ja, en), by our id; exported as CASE 1.1's
     *     {@code alternativeLabel} (one string, labels joined by "; ") in the item's language, the other language's in
     *     {@code extensions.translations}
     */
    public CaseExport(CaseCatalog catalog, Function<String, Map<String, List<String>>> labels) {
        this.catalog = catalog;
        this.labels = labels;
    }

    /** {@return the CFPackage of a version the catalog can see} */
    public Optional<ObjectNode> cfPackage(FrameworkVersionId id) {
        return catalog.tree(id).map(this::cfPackage);
    }

    /** {@return the CFDocument alone, as the CFDocuments endpoints serve it} */
    public Optional<ObjectNode> cfDocument(FrameworkVersionId id) {
        return catalog.tree(id).map(t -> document(t, changed(t.version())));
    }

    public String documentId(FrameworkVersionId v) {
        return catalog.marks(v).document().map(CaseIds::exported).orElseGet(() -> CaseIds.document(v));
    }

    public String itemId(FrameworkVersionId v, TargetId t) {
        String source = catalog.marks(v).items().get(t);
        return source == null ? CaseIds.item(v, t) : CaseIds.exported(source);
    }

    public String uri(String collection, String identifier) {
        return catalog.base() + CaseIds.PATH + "/" + collection + "/" + identifier;
    }

    ObjectNode cfPackage(FrameworkTree tree) {
        FrameworkVersion v = tree.version();
        String changed = changed(v);
        CaseMarks marks = catalog.marks(v.id());
        Kept k = kept(v.id());
        ObjectNode pkg = JSON.objectNode();
        ObjectNode doc = document(tree, changed);
        pkg.set("CFDocument", doc);
        Map<String, ObjectNode> types = new LinkedHashMap<>();
        List<Ordered> items = new ArrayList<>();
        Associations associations = new Associations(v.id(), k, changed);
        Node docNode = new Node(doc.get("identifier").asString(), doc.get("uri").asString(), doc.get("title").asString());

        List<Node[]> hierarchy = new ArrayList<>();
        for (Domain d : tree.domains()) {
            if (marks.syntheticDomains().contains(d.id())) {
                continue;
            }
            String id = CaseIds.domainItem(v.id(), d.id());
            ObjectNode item = item(id, d.name(), Optional.empty(), d.id().value(), null, null, k, changed, types);
            ObjectNode ours = JSON.objectNode().put("id", d.id().value()).put("kind", "domain");
            missing(ours, d.name(), Optional.empty());
            ((ObjectNode) item.get("extensions")).set(OURS, ours);
            items.add(new Ordered(Integer.MIN_VALUE, items.size(), item)); // domains first, as the level above all
            hierarchy.add(new Node[] {new Node(id, uri("CFItems", id), statement(d.name(), k.language())), docNode});
        }
        Map<TargetId, Target> byId = tree.targetsById();
        StatusDates dates = new StatusDates(catalog, tree);
        for (Target t : tree.targets()) {
            String id = itemId(v.id(), t.id());
            ObjectNode keptItem = k.items().get(t.id());
            ObjectNode item = item(id, t.name(), t.description(), t.id().value(), t.kind(), keptItem, k, changed, types);
            if (!item.has("statusStartDate")) {
                dates.start(tree, t.id()).ifPresent(d -> item.put("statusStartDate", d.toString()));
            }
            if (!item.has("statusEndDate")) {
                dates.end(tree, t.id()).ifPresent(d -> item.put("statusEndDate", d.toString()));
            }
            ObjectNode ours = JSON.objectNode().put("id", t.id().value()).put("kind", t.kind().code())
                    .put("domain", t.domain().value()).put("verification", t.provenance().verification().code())
                    .put("source", t.provenance().source());
            t.effortHours().ifPresent(h -> ours.put("effortHours", h));
            if (!t.tags().isEmpty()) {
                ArrayNode tags = ours.putArray("tags");
                t.tags().stream().sorted().forEach(tags::add);
            }
            missing(ours, t.name(), t.description());
            ((ObjectNode) item.get("extensions")).set(OURS, ours);
            String source = marks.items().get(t.id());
            items.add(new Ordered(source == null ? Integer.MAX_VALUE : k.itemOrder().getOrDefault(source, Integer.MAX_VALUE), items.size(), item));
            Node self = node(v.id(), t);
            Node parent = t.parent().filter(byId::containsKey).map(p -> node(v.id(), byId.get(p)))
                    .orElseGet(() -> marks.syntheticDomains().contains(t.domain()) ? docNode
                            : tree.domains().stream().filter(d -> d.id().equals(t.domain())).findFirst()
                            .map(d -> new Node(CaseIds.domainItem(v.id(), d.id()), uri("CFItems", CaseIds.domainItem(v.id(), d.id())),
                                    statement(d.name(), k.language())))
                            .orElse(docNode));
            hierarchy.add(new Node[] {self, parent});
        }
        // The order of siblings: the kept sequenceNumbers of links that still hold; new links after the highest of them.
        Map<String, Integer> next = new HashMap<>();
        for (Node[] c : hierarchy) {
            associations.keptSequence("isChildOf", c[0], c[1]).ifPresent(s -> next.merge(c[1].id, s, Math::max));
        }
        for (Node[] c : hierarchy) {
            Optional<ObjectNode> keptLink = associations.kept("isChildOf", c[0], c[1]);
            Integer sequence = keptLink.isPresent() ? associations.keptSequence("isChildOf", c[0], c[1]).orElse(null)
                    : next.merge(c[1].id, 1, Integer::sum);
            associations.add("isChildOf", c[0], c[1], sequence, null);
        }
        // Prerequisites: the prerequisite precedes the target. Either may be in another framework's current version.
        tree.prerequisites().forEach((target, pres) -> pres.forEach(p -> resolve(tree, p).ifPresent(pre ->
                associations.add("precedes", pre, node(v.id(), byId.get(target)), null))));
        tree.related().forEach((a, bs) -> bs.forEach(b -> resolve(tree, b).ifPresent(other ->
                associations.add("isRelatedTo", node(v.id(), byId.get(a)), other, null))));
        // Lineage: this version's targets replaced by the next version's, and this version's by the one it superseded.
        for (FrameworkTree newer : catalog.versionsOf(v.framework())) {
            if (newer.version().supersedes().filter(v.id()::equals).isPresent()) {
                lineage(associations, tree, newer);
            }
        }
        v.supersedes().flatMap(catalog::tree).ifPresent(older -> {
            lineage(associations, older, tree);
            exactMatches(associations, older, tree);
        });
        marks.exactMatches().forEach((t, links) -> links.forEach(l -> {
            if (byId.containsKey(t)) {
                associations.add("exactMatchOf", node(v.id(), byId.get(t)), new Node(l.identifier(), l.uri(), l.title()), null);
            }
        }));
        // An item whose source identifier is a URI (CTDL) is written with a UUID; the URI stays as the node it matches.
        for (Target t : tree.targets()) {
            String source = marks.items().get(t.id());
            if (source != null && !CaseIds.isUuid(source.toLowerCase(Locale.ROOT)) && absoluteUri(source)) {
                Node self = node(v.id(), t);
                associations.add("exactMatchOf", self, new Node(source, source, self.title), null);
            }
        }
        // What the package had that the graph has no counterpart of, as long as its ends in the package are still there.
        for (KeptLink l : k.associations()) {
            if (l.always()) {
                Optional<Node> origin = associations.end(l.association().path("originNodeURI"), tree, docNode);
                Optional<Node> destination = associations.end(l.association().path("destinationNodeURI"), tree, docNode);
                if (origin.isPresent() && destination.isPresent()) {
                    associations.add(l.association().get("associationType").asString(), origin.get(), destination.get(), null);
                }
            }
        }
        ArrayNode itemArray = pkg.putArray("CFItems");
        items.stream().sorted(Ordered.ORDER).forEach(o -> itemArray.add(o.node()));
        ArrayNode associationArray = pkg.putArray("CFAssociations");
        associations.written.stream().sorted(Ordered.ORDER).forEach(o -> associationArray.add(o.node()));
        definitions(k, types, changed).ifPresent(d -> pkg.set("CFDefinitions", d));
        k.extensions().ifPresent(e -> pkg.set("extensions", e.deepCopy()));
        return pkg;
    }

    private Optional<ObjectNode> definitions(Kept k, Map<String, ObjectNode> types, String changed) {
        boolean derived = k.document().isEmpty();
        if (k.definitions().isEmpty() && !derived && types.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode definitions = k.definitions().map(ObjectNode::deepCopy).orElseGet(JSON::objectNode);
        for (String part : DEFINITION_PARTS) {
            if (definitions.get(part) instanceof ArrayNode array) {
                // Every definition carries this version's change time, as every other object does.
                array.forEach(d -> ((ObjectNode) d).put("lastChangeDateTime", changed));
            }
        }
        if (!types.isEmpty() || derived) {
            ArrayNode typeArray = definitions.get("CFItemTypes") instanceof ArrayNode a ? a : definitions.putArray("CFItemTypes");
            Set<String> present = new HashSet<>();
            typeArray.forEach(t -> present.add(t.path("identifier").asString("")));
            types.values().stream().filter(t -> !present.contains(t.get("identifier").asString())).forEach(typeArray::add);
        }
        return Optional.of(definitions);
    }

    private ObjectNode document(FrameworkTree tree, String changed) {
        FrameworkVersion v = tree.version();
        Kept k = kept(v.id());
        Optional<Framework> framework = catalog.framework(v.framework());
        Optional<LocalizedText> issuer = framework.flatMap(f -> catalog.credential(f.credential())).map(c -> c.issuer());
        String id = documentId(v.id());
        String primary = primary(k.language());
        String actual = actual(v.name(), primary);
        String other = other(actual);
        ObjectNode doc = JSON.objectNode();
        doc.put("identifier", id);
        doc.put("uri", uri("CFDocuments", id));
        ObjectNode extensions;
        if (k.document().isPresent()) {
            ObjectNode source = k.document().get();
            CasePackageReader.DOCUMENT_FIELDS.keySet().stream().filter(f -> !f.equals("extensions") && source.has(f))
                    .forEach(f -> doc.set(f, source.get(f).deepCopy()));
            if (!doc.has("creator")) {
                doc.put("creator", issuer.map(i -> i.in(actual)).orElse("Michishirube")); // CASE requires one
            }
            if (!doc.has("adoptionStatus")) {
                doc.put("adoptionStatus", adoptionStatus(v)); // consumers read the status here; the package did not give one
            }
            doc.put("title", in(v.name(), actual));
            if (!actual.equals(primary)) {
                doc.put("language", actual);
            }
            doc.put("lastChangeDateTime", changed);
            extensions = source.get("extensions") instanceof ObjectNode e ? e.deepCopy() : JSON.objectNode();
            doc.set("extensions", extensions);
            if (!in(v.name(), other).isEmpty()) {
                translation(extensions, other).put("title", in(v.name(), other));
            }
        } else {
            doc.put("caseVersion", "1.1");
            doc.put("creator", issuer.map(i -> i.in(actual)).orElse("Michishirube"));
            doc.put("title", in(v.name(), actual));
            doc.put("lastChangeDateTime", changed);
            // The source may end with a locator (" § page 3"); the URL is what comes before it.
            String where = v.provenance().source().split(" § ", 2)[0];
            if (where.startsWith("http") && absoluteUri(where)) {
                doc.put("officialSourceURL", where);
            }
            issuer.ifPresent(i -> doc.put("publisher", i.in(actual)));
            framework.ifPresent(f -> doc.put("description", f.name().in(actual)));
            doc.put("language", actual);
            doc.put("version", v.id().version());
            doc.put("adoptionStatus", adoptionStatus(v));
            v.effectiveDate().ifPresent(d -> doc.put("statusStartDate", d.toString()));
            new StatusDates(catalog, tree).end(v).ifPresent(d -> doc.put("statusEndDate", d.toString()));
            doc.put("notes", "Source: " + v.provenance().source() + " (verification: " + v.provenance().verification().code() + ")");
            extensions = doc.putObject("extensions");
            if (!in(v.name(), other).isEmpty()) {
                ObjectNode t = translation(extensions, other);
                t.put("title", in(v.name(), other));
                issuer.filter(i -> !in(i, other).isEmpty()).ifPresent(i -> t.put("creator", in(i, other)).put("publisher", in(i, other)));
                framework.filter(f -> !in(f.name(), other).isEmpty()).ifPresent(f -> t.put("description", in(f.name(), other)));
            }
        }
        ObjectNode ours = extensions.putObject(OURS);
        ours.put("framework", v.framework().value()).put("version", v.id().value()).put("status", v.status().code());
        framework.ifPresent(f -> ours.put("credential", f.credential().value()));
        v.supersedes().ifPresent(s -> ours.put("supersedes", s.value()));
        if (k.document().isPresent()) {
            catalog.marks(v.id()).format().ifPresent(f -> ours.put(SOURCE_FORMAT, f));
        }
        missing(ours, v.name(), Optional.empty());
        return doc;
    }

    private static String adoptionStatus(FrameworkVersion v) {
        return switch (v.status()) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "Private Draft";
            case PUBLISHED -> "Adopted";
            case RETIRED -> "Deprecated";
        };
    }

    /**
     * One CFItem: from its kept fields when it has them (then the graph gives the statement, notes, and the type when the
     * kind changed), else derived from the graph (the code is our id, the type follows the kind).
     */
    private ObjectNode item(String id, LocalizedText name, Optional<LocalizedText> description, String code, TargetKind kind, ObjectNode source,
                            Kept k, String changed, Map<String, ObjectNode> types) {
        String language = source == null ? k.language() : Optional.ofNullable(string(source.path("language"))).orElse(k.language());
        String primary = primary(language);
        String actual = actual(name, primary);
        String other = other(actual);
        String type = kind == null ? DOMAIN_TYPE : typeOf(kind);
        ObjectNode item = JSON.objectNode();
        item.put("identifier", id);
        item.put("uri", uri("CFItems", id));
        item.put("fullStatement", in(name, actual));
        Optional<String> notes = description.map(d -> in(d, actual)).filter(s -> !s.isEmpty());
        ObjectNode extensions;
        if (source != null) {
            CasePackageReader.ITEM_FIELDS.keySet().stream().filter(f -> !f.equals("extensions") && source.has(f))
                    .forEach(f -> item.set(f, source.get(f).deepCopy()));
            String importedKind = string(source.path("extensions").path(OURS).path("kind"));
            boolean changedKind = kind != null && importedKind != null && !importedKind.equals(kind.code());
            boolean noneKept = kind != null && importedKind == null && !item.has("CFItemType");
            if (changedKind || noneKept) {
                item.put("CFItemType", type);
                item.set("CFItemTypeURI", typeLink(types, type, changed));
            }
            notes.ifPresent(n -> item.put("notes", n));
            if (!actual.equals(primary)) {
                item.put("language", actual);
            }
            item.put("lastChangeDateTime", changed);
            extensions = source.get("extensions") instanceof ObjectNode e ? e.deepCopy() : JSON.objectNode();
            extensions.remove(OURS);
            item.set("extensions", extensions);
        } else {
            item.put("humanCodingScheme", code);
            item.put("CFItemType", type);
            item.set("CFItemTypeURI", typeLink(types, type, changed));
            notes.ifPresent(n -> item.put("notes", n));
            item.put("language", actual);
            item.put("lastChangeDateTime", changed);
            extensions = item.putObject("extensions");
        }
        Map<String, List<String>> alternatives = labels.apply(code);
        if (!item.has("alternativeLabel") && !alternatives.getOrDefault(actual, List.of()).isEmpty()) {
            item.put("alternativeLabel", String.join(LABEL_SEPARATOR, alternatives.get(actual)));
        }
        if (!alternatives.getOrDefault(other, List.of()).isEmpty()) {
            translation(extensions, other).put("alternativeLabel", String.join(LABEL_SEPARATOR, alternatives.get(other)));
        }
        if (!in(name, other).isEmpty()) {
            translation(extensions, other).put("fullStatement", in(name, other));
        }
        description.map(d -> in(d, other)).filter(s -> !s.isEmpty()).ifPresent(n -> translation(extensions, other).put("notes", n));
        return item;
    }

    private static ObjectNode translation(ObjectNode extensions, String language) {
        ObjectNode translations = extensions.get(TRANSLATIONS) instanceof ObjectNode t ? t : extensions.putObject(TRANSLATIONS);
        return translations.get(language) instanceof ObjectNode l ? l : translations.putObject(language);
    }

    /** Lists the languages the texts lack, when they lack any. */
    private static void missing(ObjectNode ours, LocalizedText name, Optional<LocalizedText> description) {
        Set<String> missing = new java.util.TreeSet<>(name.missing());
        description.ifPresent(d -> missing.addAll(d.missing()));
        if (!missing.isEmpty()) {
            ArrayNode list = ours.putArray(MISSING_LANGUAGES);
            missing.stream().sorted(Comparator.comparing(l -> l.equals("ja") ? 0 : 1)).forEach(list::add);
        }
    }

    private ObjectNode typeLink(Map<String, ObjectNode> types, String type, String changed) {
        ObjectNode typeDef = types.computeIfAbsent(type, t -> itemType(t, changed));
        return link(typeDef.get("title").asString(), typeDef.get("identifier").asString(), typeDef.get("uri").asString());
    }

    private ObjectNode itemType(String title, String changed) {
        String id = CaseIds.itemType(title);
        ObjectNode t = JSON.objectNode();
        t.put("identifier", id);
        t.put("uri", uri("CFItemTypes", id));
        t.put("title", title);
        t.put("description", switch (title) {
            case DOMAIN_TYPE -> "A competency domain, e.g. an exam subject (領域)";
            case "GIO" -> "General instructional objective, an area (一般目標)";
            case "SBO" -> "Specific behavioural objective (行動目標)";
            default -> "A topic below a specific behavioural objective (項目)";
        });
        t.put("hierarchyCode", switch (title) {
            case DOMAIN_TYPE -> "1";
            case "GIO" -> "2";
            case "SBO" -> "3";
            default -> "4";
        });
        t.put("typeCode", title.toLowerCase(Locale.ROOT));
        t.put("lastChangeDateTime", changed);
        return t;
    }

    static String typeOf(TargetKind kind) {
        return switch (kind) {
            case GIO -> "GIO";
            case SBO -> "SBO";
            case TOPIC -> "Topic";
        };
    }

    private void lineage(Associations associations, FrameworkTree older, FrameworkTree newer) {
        Map<TargetId, Target> before = older.targetsById();
        Map<TargetId, Target> after = newer.targetsById();
        for (LineageLink link : newer.lineage()) {
            if (link.kind() == LineageKind.ADDED || link.kind() == LineageKind.RETIRED) {
                continue;
            }
            for (TargetId f : link.from()) {
                for (TargetId t : link.to()) {
                    if (before.containsKey(f) && after.containsKey(t)) {
                        associations.add("replacedBy", node(older.version().id(), before.get(f)), node(newer.version().id(), after.get(t)),
                                link.kind().code());
                    }
                }
            }
        }
    }

    /** A target kept unchanged from the superseded version is an exact match of its older item. */
    private void exactMatches(Associations associations, FrameworkTree older, FrameworkTree tree) {
        Set<TargetId> changedIds = new HashSet<>();
        tree.lineage().forEach(l -> {
            changedIds.addAll(l.from());
            changedIds.addAll(l.to());
        });
        Map<TargetId, Target> before = older.targetsById();
        for (Target t : tree.targets()) {
            Target old = before.get(t.id());
            if (old != null && !changedIds.contains(t.id()) && old.name().equals(t.name())) {
                associations.add("exactMatchOf", node(tree.version().id(), t), node(older.version().id(), old), null);
            }
        }
    }

    /** A reference within the framework stays in this version; one into another framework goes to its current version. */
    private Optional<Node> resolve(FrameworkTree tree, TargetId id) {
        if (tree.ownsId(id)) {
            return tree.target(id).map(t -> node(tree.version().id(), t));
        }
        return catalog.frameworkOf(id).flatMap(catalog::currentVersion).flatMap(catalog::tree)
                .flatMap(other -> other.target(id).map(t -> node(other.version().id(), t)));
    }

    private Node node(FrameworkVersionId v, Target t) {
        String id = itemId(v, t.id());
        Kept k = kept(v);
        ObjectNode source = k.items().get(t.id());
        String language = source == null ? k.language() : Optional.ofNullable(string(source.path("language"))).orElse(k.language());
        return new Node(id, uri("CFItems", id), statement(t.name(), language));
    }

    /** {@return the statement as the item writes it: in its language, else in the one there is} */
    private static String statement(LocalizedText name, String language) {
        return in(name, actual(name, primary(language)));
    }

    private static String primary(String language) {
        return CasePackageReader.japanese(language) ? "ja" : "en";
    }

    private static String actual(LocalizedText text, String primary) {
        return in(text, primary).isEmpty() ? other(primary) : primary;
    }

    private static String other(String language) {
        return language.equals("ja") ? "en" : "ja";
    }

    private static String in(LocalizedText text, String language) {
        return language.equals("ja") ? text.ja() : text.en();
    }

    private static ObjectNode link(String title, String identifier, String uri) {
        ObjectNode l = JSON.objectNode();
        l.put("title", title);
        l.put("identifier", identifier);
        l.put("uri", uri);
        return l;
    }

    private String changed(FrameworkVersion v) {
        Instant at = catalog.marks(v.id()).changedAt()
                .or(() -> v.effectiveDate().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .orElse(catalog.defaultChange());
        return TIMESTAMP.format(at);
    }

    private static boolean absoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String string(JsonNode v) {
        return v.isString() ? v.asString() : null;
    }

    private Kept kept(FrameworkVersionId v) {
        return kept.computeIfAbsent(v, id -> Kept.of(catalog.marks(id)));
    }

    /** The associations of one package: each written once, with the identifier and fields kept for it. */
    private final class Associations {
        private final FrameworkVersionId version;
        private final Kept k;
        private final String changed;
        private final Map<String, KeptLink> keptByKey = new HashMap<>();
        private final Set<String> keys = new HashSet<>();
        private final List<Ordered> written = new ArrayList<>();

        Associations(FrameworkVersionId version, Kept k, String changed) {
            this.version = version;
            this.k = k;
            this.changed = changed;
            for (KeptLink l : k.associations()) {
                JsonNode a = l.association();
                keptByKey.putIfAbsent(key(a.path("associationType").asString(""), endId(a.path("originNodeURI")), endId(a.path("destinationNodeURI"))), l);
            }
        }

        /** The identifier an end has in the export: an end in the package is written with its exported identifier. */
        private String endId(JsonNode end) {
            String id = end.path("identifier").asString("");
            return k.inside().contains(id) ? CaseIds.exported(id) : id;
        }

        Optional<ObjectNode> kept(String type, Node origin, Node destination) {
            return Optional.ofNullable(keptByKey.get(key(type, origin.id, destination.id))).map(KeptLink::association);
        }

        Optional<Integer> keptSequence(String type, Node origin, Node destination) {
            return kept(type, origin, destination).map(a -> a.get("sequenceNumber")).filter(JsonNode::isInt).map(JsonNode::asInt);
        }

        /** An end of a kept association as it is now: the document, a target still holding the item, or the outside node. */
        Optional<Node> end(JsonNode end, FrameworkTree tree, Node docNode) {
            String id = end.path("identifier").asString("");
            if (!k.inside().contains(id)) {
                return Optional.of(new Node(id, end.path("uri").asString(id), end.path("title").asString(id)));
            }
            if (catalog.marks(version).document().filter(id::equals).isPresent()) {
                return Optional.of(docNode);
            }
            Map<TargetId, String> items = catalog.marks(version).items();
            return tree.targets().stream().filter(t -> id.equals(items.get(t.id()))).findFirst().map(t -> node(version, t));
        }

        /** Adds a link; one the package had keeps its sequenceNumber, a new one has none. */
        void add(String type, Node origin, Node destination, String change) {
            KeptLink l = keptByKey.get(key(type, origin.id, destination.id));
            JsonNode kept = l == null ? null : l.association().get("sequenceNumber");
            add(type, origin, destination, kept != null && kept.isInt() ? Integer.valueOf(kept.asInt()) : null, change);
        }

        /** Adds a link with the given sequenceNumber (none when null). */
        void add(String type, Node origin, Node destination, Integer sequence, String change) {
            String key = key(type, origin.id, destination.id);
            if (!keys.add(key)) {
                return;
            }
            KeptLink l = keptByKey.get(key);
            ObjectNode source = l == null ? null : l.association();
            String id = source != null && source.path("identifier").isString() ? CaseIds.exported(source.get("identifier").asString())
                    : CaseIds.association(type, origin.id, destination.id);
            ObjectNode a = JSON.objectNode();
            a.put("identifier", id);
            a.put("associationType", type);
            if (sequence != null) {
                a.put("sequenceNumber", sequence);
            }
            a.put("uri", uri("CFAssociations", id));
            a.set("originNodeURI", end(origin, source == null ? null : source.get("originNodeURI")));
            a.set("destinationNodeURI", end(destination, source == null ? null : source.get("destinationNodeURI")));
            if (source != null) {
                for (String f : List.of("CFAssociationGroupingURI", "notes")) {
                    if (source.has(f)) {
                        a.set(f, source.get(f).deepCopy());
                    }
                }
            }
            a.put("lastChangeDateTime", changed);
            ObjectNode extensions = source != null && source.get("extensions") instanceof ObjectNode e ? e.deepCopy() : null;
            if (change != null) {
                extensions = extensions == null ? JSON.objectNode() : extensions;
                extensions.putObject(OURS).put("change", change);
            }
            if (extensions != null) {
                a.set("extensions", extensions);
            }
            written.add(new Ordered(l == null ? Integer.MAX_VALUE : l.index(), written.size(), a));
        }

        /** A node link: the kept title when the package gave one of its own, and its targetType. */
        private ObjectNode end(Node node, JsonNode source) {
            String title = source != null && source.path("title").isString() ? source.get("title").asString() : node.title;
            ObjectNode out = link(title, node.id, node.uri);
            if (source != null && source.path("targetType").isString()) {
                out.put("targetType", source.get("targetType").asString());
            }
            return out;
        }

        private static String key(String type, String origin, String destination) {
            return type + '\u0000' + origin + '\u0000' + destination;
        }
    }

    /**
     * What a version keeps of the CASE package it came from ({@link CasePackageReader} describes the layout), parsed once.
     *
     * @param document the CFDocument's kept fields; empty when the document is derived from the graph
     * @param language the document language: the kept one, else the one the reader assumed, else Japanese
     * @param itemOrder each CFItem identifier's place in the package
     * @param associations the kept associations, in the package's order
     * @param definitions the kept CFDefinitions
     * @param extensions the package's own extensions
     * @param items each target's kept CFItem fields
     * @param inside the identifiers of the package's own objects (its CFItems and CFDocument)
     */
    private record Kept(Optional<ObjectNode> document, String language, Map<String, Integer> itemOrder, List<KeptLink> associations,
                        Optional<ObjectNode> definitions, Optional<ObjectNode> extensions, Map<TargetId, ObjectNode> items, Set<String> inside) {

        static Kept of(CaseMarks marks) {
            if (!marks.keepsCaseFields()) {
                return new Kept(Optional.empty(), "ja", Map.of(), List.of(), Optional.empty(), Optional.empty(), Map.of(), Set.of());
            }
            ObjectNode fields = object(marks.packageFields());
            Optional<ObjectNode> document = fields.get("CFDocument") instanceof ObjectNode d ? Optional.of(d) : Optional.empty();
            String language = document.map(d -> string(d.path("language"))).or(() -> Optional.ofNullable(string(fields.path("language"))))
                    .orElse("ja");
            Map<String, Integer> order = new HashMap<>();
            Set<String> inside = new LinkedHashSet<>();
            fields.path("CFItems").forEach(i -> {
                order.putIfAbsent(i.asString(""), order.size());
                inside.add(i.asString(""));
            });
            marks.document().ifPresent(inside::add);
            List<KeptLink> links = new ArrayList<>();
            JsonNode kept = fields.path("CFAssociations");
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).get("CFAssociation") instanceof ObjectNode a && a.path("associationType").isString()) {
                    links.add(new KeptLink(i, "always".equals(kept.get(i).path("kept").asString("")), a));
                }
            }
            Map<TargetId, ObjectNode> items = new HashMap<>();
            marks.itemFields().forEach((t, f) -> {
                ObjectNode o = object(f);
                if (!o.isEmpty()) {
                    items.put(t, o);
                }
            });
            return new Kept(document, language, order, links,
                    fields.get("CFDefinitions") instanceof ObjectNode d ? Optional.of(d) : Optional.empty(),
                    fields.get("extensions") instanceof ObjectNode e ? Optional.of(e) : Optional.empty(), items, inside);
        }

        /** Stored text that is not a JSON object (damaged, or from another version of the reader) keeps nothing. */
        private static ObjectNode object(String json) {
            try {
                return MAPPER.readTree(json) instanceof ObjectNode o ? o : JSON.objectNode();
            } catch (JacksonException | IllegalArgumentException e) {
                return JSON.objectNode();
            }
        }
    }

    /** A kept association: its place in the package, whether it is written back on its own, and what was kept of it. */
    private record KeptLink(int index, boolean always, ObjectNode association) {
    }

    /** An object to write, in the package's order (kept objects first, as the package listed them), then as made. */
    private record Ordered(int index, int made, ObjectNode node) {
        static final Comparator<Ordered> ORDER = Comparator.comparingInt(Ordered::index).thenComparingInt(Ordered::made);
    }

    private record Node(String id, String uri, String title) {
    }
}
