package org.michishirube.interop;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one framework version as a CASE 1.1 CFPackage that validates against the official schema. Japanese is the
 * document language; English travels in each object's {@code extensions.translations.en}, and Michishirube's own facts
 * (lineage id, kind, effort) in {@code extensions.michishirube}, which the importer reads back.
 */
public final class CaseExport {

    /** The key of Michishirube's own facts inside {@code extensions}. */
    public static final String OURS = "michishirube";
    /** The key of translations inside {@code extensions}: {@code {"en": {"fullStatement": …, "notes": …}}}. */
    public static final String TRANSLATIONS = "translations";
    /** The item type of a domain, the level above the areas. */
    public static final String DOMAIN_TYPE = "Domain";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private final CaseCatalog catalog;

    public CaseExport(CaseCatalog catalog) {
        this.catalog = catalog;
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
        return catalog.marks(v).document().orElseGet(() -> CaseIds.document(v));
    }

    public String itemId(FrameworkVersionId v, TargetId t) {
        return catalog.marks(v).items().getOrDefault(t, CaseIds.item(v, t));
    }

    public String uri(String collection, String identifier) {
        return catalog.base() + CaseIds.PATH + "/" + collection + "/" + identifier;
    }

    ObjectNode cfPackage(FrameworkTree tree) {
        FrameworkVersion v = tree.version();
        String changed = changed(v);
        CaseMarks marks = catalog.marks(v.id());
        ObjectNode pkg = JSON.objectNode();
        ObjectNode doc = document(tree, changed);
        pkg.set("CFDocument", doc);
        Map<String, ObjectNode> types = new LinkedHashMap<>();
        ArrayNode items = pkg.putArray("CFItems");
        ArrayNode associations = pkg.putArray("CFAssociations");
        Node docNode = new Node(documentId(v.id()), uri("CFDocuments", documentId(v.id())), v.name().ja());

        Map<String, Integer> sequence = new HashMap<>();
        for (Domain d : tree.domains()) {
            if (marks.syntheticDomains().contains(d.id())) {
                continue;
            }
            String id = CaseIds.domainItem(v.id(), d.id());
            ObjectNode item = item(id, d.name(), Optional.empty(), d.id().value(), DOMAIN_TYPE, changed, types);
            ObjectNode ours = JSON.objectNode().put("id", d.id().value()).put("kind", "domain");
            ((ObjectNode) item.get("extensions")).set(OURS, ours);
            items.add(item);
            associations.add(association("isChildOf", new Node(id, uri("CFItems", id), d.name().ja()), docNode,
                    next(sequence, docNode.id), changed, null));
        }
        Map<TargetId, Target> byId = tree.targetsById();
        for (Target t : tree.targets()) {
            String id = itemId(v.id(), t.id());
            ObjectNode item = item(id, t.name(), t.description(), t.id().value(), typeOf(t.kind()), changed, types);
            ObjectNode ours = JSON.objectNode().put("id", t.id().value()).put("kind", t.kind().code())
                    .put("domain", t.domain().value()).put("verification", t.provenance().verification().code())
                    .put("source", t.provenance().source());
            t.effortHours().ifPresent(h -> ours.put("effortHours", h));
            if (!t.tags().isEmpty()) {
                ArrayNode tags = ours.putArray("tags");
                t.tags().stream().sorted().forEach(tags::add);
            }
            ((ObjectNode) item.get("extensions")).set(OURS, ours);
            items.add(item);
            Node self = node(v.id(), t);
            Node parent = t.parent().filter(byId::containsKey).map(p -> node(v.id(), byId.get(p)))
                    .orElseGet(() -> marks.syntheticDomains().contains(t.domain()) ? docNode
                            : tree.domains().stream().filter(d -> d.id().equals(t.domain())).findFirst()
                            .map(d -> new Node(CaseIds.domainItem(v.id(), d.id()), uri("CFItems", CaseIds.domainItem(v.id(), d.id())), d.name().ja()))
                            .orElse(docNode));
            associations.add(association("isChildOf", self, parent, next(sequence, parent.id), changed, null));
        }
        Set<String> written = new LinkedHashSet<>();
        // Prerequisites: the prerequisite precedes the target. Either may be in another framework's current version.
        tree.prerequisites().forEach((target, pres) -> pres.forEach(p -> resolve(tree, p).ifPresent(pre ->
                add(associations, written, association("precedes", pre, node(v.id(), byId.get(target)), null, changed, null)))));
        tree.related().forEach((a, bs) -> bs.forEach(b -> resolve(tree, b).ifPresent(other ->
                add(associations, written, association("isRelatedTo", node(v.id(), byId.get(a)), other, null, changed, null)))));
        // Lineage: this version's targets replaced by the next version's, and this version's by the one it superseded.
        for (FrameworkTree newer : catalog.versionsOf(v.framework())) {
            if (newer.version().supersedes().filter(v.id()::equals).isPresent()) {
                lineage(associations, written, tree, newer, changed);
            }
        }
        v.supersedes().flatMap(catalog::tree).ifPresent(older -> {
            lineage(associations, written, older, tree, changed);
            exactMatches(associations, written, older, tree, changed);
        });
        marks.exactMatches().forEach((t, links) -> links.forEach(l -> {
            if (byId.containsKey(t)) {
                add(associations, written, association("exactMatchOf", node(v.id(), byId.get(t)),
                        new Node(l.identifier(), l.uri(), l.title()), null, changed, null));
            }
        }));
        ObjectNode definitions = pkg.putObject("CFDefinitions");
        ArrayNode typeArray = definitions.putArray("CFItemTypes");
        types.values().forEach(typeArray::add);
        return pkg;
    }

    private ObjectNode document(FrameworkTree tree, String changed) {
        FrameworkVersion v = tree.version();
        Optional<Framework> framework = catalog.framework(v.framework());
        Optional<LocalizedText> issuer = framework.flatMap(f -> catalog.credential(f.credential())).map(c -> c.issuer());
        String id = documentId(v.id());
        ObjectNode doc = JSON.objectNode();
        doc.put("identifier", id);
        doc.put("uri", uri("CFDocuments", id));
        doc.put("caseVersion", "1.1");
        doc.put("creator", issuer.map(LocalizedText::ja).orElse("Michishirube"));
        doc.put("title", v.name().ja());
        doc.put("lastChangeDateTime", changed);
        if (v.provenance().source().startsWith("http")) {
            doc.put("officialSourceURL", v.provenance().source());
        }
        issuer.ifPresent(i -> doc.put("publisher", i.ja()));
        framework.ifPresent(f -> doc.put("description", f.name().ja()));
        doc.put("language", "ja");
        doc.put("version", v.id().version());
        doc.put("adoptionStatus", switch (v.status()) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "Private Draft";
            case PUBLISHED -> "Adopted";
            case RETIRED -> "Deprecated";
        });
        v.effectiveDate().ifPresent(d -> doc.put("statusStartDate", d.toString()));
        doc.put("notes", "Source: " + v.provenance().source() + " (verification: " + v.provenance().verification().code() + ")");
        ObjectNode extensions = doc.putObject("extensions");
        ObjectNode en = extensions.putObject(TRANSLATIONS).putObject("en");
        en.put("title", v.name().en());
        issuer.ifPresent(i -> en.put("creator", i.en()).put("publisher", i.en()));
        framework.ifPresent(f -> en.put("description", f.name().en()));
        ObjectNode ours = extensions.putObject(OURS);
        ours.put("framework", v.framework().value()).put("version", v.id().value()).put("status", v.status().code());
        framework.ifPresent(f -> ours.put("credential", f.credential().value()));
        v.supersedes().ifPresent(s -> ours.put("supersedes", s.value()));
        return doc;
    }

    private ObjectNode item(String id, LocalizedText name, Optional<LocalizedText> description, String code, String type, String changed,
                            Map<String, ObjectNode> types) {
        ObjectNode item = JSON.objectNode();
        item.put("identifier", id);
        item.put("uri", uri("CFItems", id));
        item.put("fullStatement", name.ja());
        item.put("humanCodingScheme", code);
        item.put("CFItemType", type);
        ObjectNode typeDef = types.computeIfAbsent(type, k -> itemType(k, changed));
        item.set("CFItemTypeURI", link(typeDef.get("title").asString(), typeDef.get("identifier").asString(), typeDef.get("uri").asString()));
        description.ifPresent(d -> item.put("notes", d.ja()));
        item.put("language", "ja");
        item.put("lastChangeDateTime", changed);
        ObjectNode en = item.putObject("extensions").putObject(TRANSLATIONS).putObject("en");
        en.put("fullStatement", name.en());
        description.ifPresent(d -> en.put("notes", d.en()));
        return item;
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
        t.put("typeCode", title.toLowerCase(java.util.Locale.ROOT));
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

    private void lineage(ArrayNode associations, Set<String> written, FrameworkTree older, FrameworkTree newer, String changed) {
        Map<TargetId, Target> before = older.targetsById();
        Map<TargetId, Target> after = newer.targetsById();
        for (LineageLink link : newer.lineage()) {
            if (link.kind() == LineageKind.ADDED || link.kind() == LineageKind.RETIRED) {
                continue;
            }
            for (TargetId f : link.from()) {
                for (TargetId t : link.to()) {
                    if (before.containsKey(f) && after.containsKey(t)) {
                        add(associations, written, association("replacedBy", node(older.version().id(), before.get(f)),
                                node(newer.version().id(), after.get(t)), null, changed, link.kind().code()));
                    }
                }
            }
        }
    }

    /** A target kept unchanged from the superseded version is an exact match of its older item. */
    private void exactMatches(ArrayNode associations, Set<String> written, FrameworkTree older, FrameworkTree tree, String changed) {
        Set<TargetId> changedIds = new java.util.HashSet<>();
        tree.lineage().forEach(l -> {
            changedIds.addAll(l.from());
            changedIds.addAll(l.to());
        });
        Map<TargetId, Target> before = older.targetsById();
        for (Target t : tree.targets()) {
            Target old = before.get(t.id());
            if (old != null && !changedIds.contains(t.id()) && old.name().equals(t.name())) {
                add(associations, written, association("exactMatchOf", node(tree.version().id(), t), node(older.version().id(), old),
                        null, changed, null));
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
        return new Node(id, uri("CFItems", id), t.name().ja());
    }

    private ObjectNode association(String type, Node origin, Node destination, Integer sequence, String changed, String change) {
        String id = CaseIds.association(type, origin.id, destination.id);
        ObjectNode a = JSON.objectNode();
        a.put("identifier", id);
        a.put("associationType", type);
        if (sequence != null) {
            a.put("sequenceNumber", sequence);
        }
        a.put("uri", uri("CFAssociations", id));
        a.set("originNodeURI", link(origin.title, origin.id, origin.uri));
        a.set("destinationNodeURI", link(destination.title, destination.id, destination.uri));
        a.put("lastChangeDateTime", changed);
        if (change != null) {
            a.putObject("extensions").putObject(OURS).put("change", change);
        }
        return a;
    }

    private static void add(ArrayNode associations, Set<String> written, ObjectNode association) {
        if (written.add(association.get("identifier").asString())) {
            associations.add(association);
        }
    }

    private static ObjectNode link(String title, String identifier, String uri) {
        ObjectNode l = JSON.objectNode();
        l.put("title", title);
        l.put("identifier", identifier);
        l.put("uri", uri);
        return l;
    }

    private static int next(Map<String, Integer> sequence, String parent) {
        return sequence.merge(parent, 1, Integer::sum);
    }

    private String changed(FrameworkVersion v) {
        Instant at = catalog.marks(v.id()).changedAt()
                .or(() -> v.effectiveDate().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .orElse(catalog.defaultChange());
        return TIMESTAMP.format(at);
    }

    private record Node(String id, String uri, String title) {
    }
}
