package org.michishirube.interop.ctdl;

import org.michishirube.interop.CaseCatalog;
import org.michishirube.interop.CaseIds;

import java.util.List;

import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes frameworks as CTDL-ASN ({@code ceasn:CompetencyFramework} with {@code ceasn:Competency}) and credentials as CTDL
 * ({@code ceterms:License} for national licences, {@code ceterms:Certification} otherwise) in the registry's JSON-LD
 * envelope. Texts are language maps {@code {"ja": …, "en": …}}; CTIDs are name-based, so exports are stable.
 */
public final class Ctdl {

    public static final String CTDL_CONTEXT = "https://credreg.net/ctdl/schema/context/json";
    public static final String ASN_CONTEXT = "https://credreg.net/ctdlasn/schema/context/json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final CaseCatalog catalog;
    private final java.util.function.Function<String, java.util.Map<String, List<String>>> labels;

    public Ctdl(CaseCatalog catalog) {
        this(catalog, id -> java.util.Map.of());
    }

    /**
     * @param catalog the versions it may export
     * @param labels an item's alternative labels by language (ja, en), by our id; a competency carries them as
     *     {@code ceasn:conceptKeyword}, a language map (CTDL-ASN has no alternative-label term for competencies; keywords
     *     are the words by which it is also found)
     */
    public Ctdl(CaseCatalog catalog, java.util.function.Function<String, java.util.Map<String, List<String>>> labels) {
        this.catalog = catalog;
        this.labels = labels;
    }

    /** {@return the CTID of anything Michishirube names, e.g. {@code target:hit@fy2020/hit.it.db.sql}} */
    public static String ctid(String name) {
        return "ce-" + CaseIds.uuid("ctdl:" + name);
    }

    /** {@return the JSON-LD @id of a CTID under this service} */
    public String id(String ctid) {
        return catalog.base() + "/ctdl/resources/" + ctid;
    }

    public String competencyId(FrameworkVersionId v, TargetId t) {
        return id(ctid("target:" + v.value() + "/" + t.value()));
    }

    public String credentialId(Credential c) {
        return id(ctid("credential:" + c.id().value()));
    }

    /** {@return a framework version as a CTDL-ASN graph} */
    public ObjectNode framework(FrameworkTree tree) {
        FrameworkVersionId v = tree.version().id();
        String fwCtid = ctid("framework:" + v.value());
        String fwId = id(fwCtid);
        ObjectNode graph = envelope(ASN_CONTEXT, catalog.base() + "/ctdl/graph/" + fwCtid);
        ArrayNode nodes = (ArrayNode) graph.get("@graph");
        ObjectNode fw = nodes.addObject();
        fw.put("@id", fwId);
        fw.put("@type", "ceasn:CompetencyFramework");
        fw.put("ceterms:ctid", fwCtid);
        fw.set("ceasn:name", text(tree.version().name()));
        catalog.framework(v.framework()).ifPresent(f -> fw.set("ceasn:description", text(f.name())));
        fw.putArray("ceasn:inLanguage").add("ja").add("en");
        catalog.framework(v.framework()).flatMap(f -> catalog.credential(f.credential()))
                .ifPresent(c -> fw.set("ceasn:publisherName", text(c.issuer())));
        fw.put("ceasn:publicationStatusType", "http://credreg.net/ctdlasn/vocabs/publicationStatus/" + switch (tree.version().status()) {
            case PUBLISHED -> "Published";
            case RETIRED -> "Deprecated";
            default -> "Draft";
        });
        fw.putArray("ceasn:source").add(tree.version().provenance().source());
        tree.version().effectiveDate().ifPresent(d -> fw.put("ceasn:dateCreated", d.toString()));
        // The version's status dates, as CASE's statusStartDate/statusEndDate.
        tree.version().effectiveDate().ifPresent(d -> fw.put("ceasn:dateValidFrom", d.toString()));
        tree.version().statusEndDate().ifPresent(d -> fw.put("ceasn:dateValidUntil", d.toString()));
        ArrayNode top = fw.putArray("ceasn:hasTopChild");
        for (Domain d : tree.domains()) {
            String did = id(ctid("domain:" + v.value() + "/" + d.id().value()));
            top.add(did);
            ObjectNode c = competency(nodes, did, ctid("domain:" + v.value() + "/" + d.id().value()), d.name(), d.id().value(),
                    LocalizedText.of("領域", "Domain"), fwId);
            c.put("ceasn:isTopChildOf", fwId);
            ArrayNode kids = c.putArray("ceasn:hasChild");
            tree.targets().stream().filter(t -> t.parent().isEmpty() && t.domain().equals(d.id())).forEach(t -> kids.add(competencyId(v, t.id())));
        }
        for (Target t : tree.targets()) {
            String tid = competencyId(v, t.id());
            ObjectNode c = competency(nodes, tid, ctid("target:" + v.value() + "/" + t.id().value()), t.name(), t.id().value(), switch (t.kind()) {
                case GIO -> LocalizedText.of("一般目標", "General instructional objective");
                case SBO -> LocalizedText.of("行動目標", "Specific behavioural objective");
                case TOPIC -> LocalizedText.of("項目", "Topic");
            }, fwId);
            t.description().ifPresent(d -> c.set("ceasn:comment", JSON.arrayNode().add(text(d))));
            String parent = t.parent().map(p -> competencyId(v, p))
                    .orElseGet(() -> id(ctid("domain:" + v.value() + "/" + t.domain().value())));
            c.putArray("ceasn:isChildOf").add(parent);
            List<Target> kids = tree.targets().stream().filter(k -> k.parent().filter(t.id()::equals).isPresent()).toList();
            if (!kids.isEmpty()) {
                ArrayNode hasChild = c.putArray("ceasn:hasChild");
                kids.forEach(k -> hasChild.add(competencyId(v, k.id())));
            }
            var pres = tree.prerequisites().getOrDefault(t.id(), java.util.Set.of());
            if (!pres.isEmpty()) {
                // CTDL-ASN points from the competency to what it needs first: the inverse of our PRECEDES.
                ArrayNode alignment = c.putArray("ceasn:prerequisiteAlignment");
                pres.forEach(p -> alignment.add(tree.ownsId(p) ? competencyId(v, p)
                        : catalog.frameworkOf(p).flatMap(catalog::currentVersion).map(o -> competencyId(o, p)).orElse(competencyId(v, p))));
            }
        }
        return graph;
    }

    private ObjectNode competency(ArrayNode nodes, String id, String ctid, LocalizedText text, String code, LocalizedText category, String fwId) {
        ObjectNode c = nodes.addObject();
        c.put("@id", id);
        c.put("@type", "ceasn:Competency");
        c.put("ceterms:ctid", ctid);
        c.set("ceasn:competencyText", text(text));
        c.put("ceasn:codedNotation", code);
        c.set("ceasn:competencyCategory", text(category));
        c.put("ceasn:isPartOf", fwId);
        java.util.Map<String, List<String>> keywords = labels.apply(code);
        if (keywords.values().stream().anyMatch(l -> !l.isEmpty())) {
            ObjectNode map = c.putObject("ceasn:conceptKeyword");
            for (String language : List.of("ja", "en")) {
                List<String> words = keywords.getOrDefault(language, List.of());
                if (!words.isEmpty()) {
                    ArrayNode list = map.putArray(language);
                    words.forEach(list::add);
                }
            }
        }
        return c;
    }

    /** {@return a credential with its issuer and requirements as a CTDL graph} */
    public ObjectNode credential(Credential c) {
        String ctid = ctid("credential:" + c.id().value());
        ObjectNode graph = envelope(CTDL_CONTEXT, catalog.base() + "/ctdl/graph/" + ctid);
        ArrayNode nodes = (ArrayNode) graph.get("@graph");
        ObjectNode node = nodes.addObject();
        node.put("@id", credentialId(c));
        node.put("@type", c.kind() == CredentialKind.NATIONAL_LICENCE ? "ceterms:License" : "ceterms:Certification");
        node.put("ceterms:ctid", ctid);
        node.set("ceterms:name", text(c.name()));
        c.description().ifPresent(d -> node.set("ceterms:description", text(d)));
        node.putArray("ceterms:inLanguage").add("ja");
        String orgCtid = ctid("organization:" + c.issuer().en());
        node.putArray("ceterms:ownedBy").add(id(orgCtid));
        if (c.provenance().source().startsWith("http")) {
            node.put("ceterms:subjectWebpage", c.provenance().source());
        }
        c.abbreviation().ifPresent(a -> node.putArray("ceterms:alternateName").add(JSON.objectNode().put("ja", a).put("en", a)));
        c.since().ifPresent(y -> node.put("ceterms:dateEffective", y + "-01-01"));
        ObjectNode status = node.putObject("ceterms:credentialStatusType");
        status.put("@type", "ceterms:CredentialAlignmentObject");
        status.put("ceterms:framework", "https://credreg.net/ctdl/terms/CredentialStatus");
        status.put("ceterms:targetNode", "credentialStat:Active");
        status.set("ceterms:frameworkName", JSON.objectNode().put("en", "Credential Status"));
        status.set("ceterms:targetNodeName", JSON.objectNode().put("en", "Active"));
        ArrayNode requires = JSON.arrayNode();
        for (Requirement r : c.requirements()) {
            requires.add(condition(r));
        }
        c.framework().flatMap(catalog::currentVersion).flatMap(catalog::tree).ifPresent(tree -> {
            ObjectNode p = JSON.objectNode();
            p.put("@type", "ceterms:ConditionProfile");
            p.set("ceterms:name", text(LocalizedText.of("到達目標", "Competency targets")));
            p.set("ceterms:description", text(tree.version().name()));
            ArrayNode competencies = p.putArray("ceterms:targetCompetency");
            String fwId = id(ctid("framework:" + tree.version().id().value()));
            tree.targets().stream().filter(t -> t.parent().isEmpty()).forEach(t -> {
                ObjectNode a = competencies.addObject();
                a.put("@type", "ceterms:CredentialAlignmentObject");
                a.put("ceterms:framework", fwId);
                a.set("ceterms:frameworkName", text(tree.version().name()));
                a.put("ceterms:targetNode", competencyId(tree.version().id(), t.id()));
                a.set("ceterms:targetNodeName", text(t.name()));
                a.put("ceterms:codedNotation", t.id().value());
            });
            requires.add(p);
        });
        if (!requires.isEmpty()) {
            node.set("ceterms:requires", requires);
        }
        ObjectNode org = nodes.addObject();
        org.put("@id", id(orgCtid));
        org.put("@type", "ceterms:CredentialOrganization");
        org.put("ceterms:ctid", orgCtid);
        org.set("ceterms:name", text(c.issuer()));
        return graph;
    }

    /**
     * One eligibility condition as a ConditionProfile. Parts of a group all apply (CTDL reads a profile's
     * conditions together); alternatives go in {@code ceterms:alternativeCondition}, any one of which fulfils the
     * profile. {@code ceterms:condition} lists each part in words, so a reader without our tree still has the rule.
     */
    private ObjectNode condition(Requirement r) {
        ObjectNode p = JSON.objectNode();
        p.put("@type", "ceterms:ConditionProfile");
        LocalizedText words = r.describe(this::credentialName);
        p.set("ceterms:name", text(LocalizedText.of("受験資格: " + words.ja(), "Eligibility: " + words.en())));
        if (r instanceof Requirement.HoldsCredential h) {
            p.putArray("ceterms:targetCredential").add(credentialRef(h.credential()));
        } else if (r instanceof Requirement.Experience e) {
            p.set("ceterms:experience", text(words));
            if (!e.isAnyAmount()) {
                p.put("ceterms:yearsOfExperience", e.years());
            }
        } else if (r instanceof Requirement.AnyOf o) {
            ArrayNode alternatives = p.putArray("ceterms:alternativeCondition");
            o.alternatives().forEach(a -> alternatives.add(condition(a)));
        } else {
            List<Requirement> parts = ((Requirement.All) r).all();
            ArrayNode conditions = p.putArray("ceterms:condition");
            parts.forEach(part -> conditions.add(text(part.describe(this::credentialName))));
            List<Requirement.Experience> experience = parts.stream().filter(Requirement.Experience.class::isInstance)
                    .map(Requirement.Experience.class::cast).toList();
            if (!experience.isEmpty()) {
                p.set("ceterms:experience", text(Requirement.allOf(List.copyOf(experience)).describe(this::credentialName)));
            }
            // yearsOfExperience holds one number: only when a single part counts years.
            List<Requirement.Experience> counted = experience.stream().filter(e -> !e.isAnyAmount()).toList();
            if (counted.size() == 1) {
                p.put("ceterms:yearsOfExperience", counted.get(0).years());
            }
            List<Requirement.HoldsCredential> held = parts.stream().filter(Requirement.HoldsCredential.class::isInstance)
                    .map(Requirement.HoldsCredential.class::cast).toList();
            if (!held.isEmpty()) {
                ArrayNode targets = p.putArray("ceterms:targetCredential");
                held.forEach(h -> targets.add(credentialRef(h.credential())));
            }
            List<Requirement> groups = parts.stream().filter(x -> x instanceof Requirement.All || x instanceof Requirement.AnyOf).toList();
            if (groups.size() == 1 && groups.get(0) instanceof Requirement.AnyOf o) {
                ArrayNode alternatives = p.putArray("ceterms:alternativeCondition");
                o.alternatives().forEach(a -> alternatives.add(condition(a)));
            }
        }
        return p;
    }

    private LocalizedText credentialName(CredentialId id) {
        return catalog.credential(id).map(Credential::name).orElse(LocalizedText.of(id.value(), id.value()));
    }

    private String credentialRef(CredentialId id) {
        return catalog.credential(id).map(this::credentialId).orElse(id(ctid("credential:" + id.value())));
    }

    private static ObjectNode envelope(String context, String graphId) {
        ObjectNode g = JSON.objectNode();
        g.put("@context", context);
        g.put("@id", graphId);
        g.putArray("@graph");
        return g;
    }

    /** {@return a CTDL language map} */
    public static ObjectNode text(LocalizedText t) {
        return JSON.objectNode().put("ja", t.ja()).put("en", t.en());
    }
}
