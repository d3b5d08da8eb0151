package org.michishirube.interop.casepackage;

import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportMapping;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.VisibleVersions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.testing.CaseSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * CASE 1.1 packages survive import and export: generated packages with random trees and a random subset of every CASE
 * 1.1 field (Japanese only, English only, or bilingual through the translation extension) come back equal as JSON, but
 * for {@code lastChangeDateTime} and our {@code extensions.michishirube}; every export is valid CASE 1.1 with UUID
 * identifiers, and exporting what an export imports to gives the same export (a fixed point).
 *
 * <p>Seeds 0 to {@value #RUNS} run every time; {@code -Dcase.seed=N} runs one seed. A failure names its seed.
 */
class CaseRoundTripTests {

    static final String BASE = "https://michishirube.example.org";
    static final FrameworkVersionId VERSION = FrameworkVersionId.of(new FrameworkId("gen"), "1");
    static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");
    static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int RUNS = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a package becomes: the reader's framework, the mapping, the catalog of its published version, and its export. */
    record Imported(ImportedFramework framework, ImportMapping.Mapped mapped, VisibleVersions catalog, ObjectNode export) {
    }

    /** Reads a package, maps it as a new framework {@code gen}, publishes the version and exports it. */
    static Imported imported(String json) {
        ImportedFramework f = CasePackageReader.read(json);
        ImportMapping.Mapped m = ImportMapping.map(f, new ImportMapping.Placement(VERSION, Optional.empty(), Map.of(),
                new Provenance("test", Verification.SECONDARY), AT));
        VisibleVersions catalog = catalog(m.tree(), m.marks());
        return new Imported(f, m, catalog, new CaseExport(catalog).cfPackage(VERSION).orElseThrow());
    }

    /** A catalog holding the tree's content as a published version, with a framework and a credential for it. */
    static VisibleVersions catalog(FrameworkTree draft, CaseMarks marks) {
        FrameworkVersion v = draft.version();
        FrameworkTree published = new FrameworkTree(new FrameworkVersion(v.id(), v.name(), VersionStatus.PUBLISHED, v.effectiveDate(),
                v.supersedes(), v.provenance()), draft.domains(), draft.targets(), draft.prerequisites(), draft.related(), draft.lineage());
        Framework framework = new Framework(v.framework(), new CredentialId(v.framework().value()), v.name(), OptionalInt.empty());
        Credential credential = new Credential(framework.credential(), v.name(), Optional.empty(), Optional.empty(),
                LocalizedText.of("発行団体", "Issuer"), OptionalInt.empty(), CredentialKind.PRIVATE, Optional.empty(), Optional.of(framework.id()),
                List.of(), v.provenance());
        return new VisibleVersions(BASE, List.of(credential), List.of(framework), List.of(published), Map.of(v.id(), marks), AT);
    }

    /** The package without what the round trip may change: every {@code lastChangeDateTime} and our own extension. */
    static JsonNode comparable(JsonNode pkg) {
        JsonNode copy = pkg.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("lastChangeDateTime");
            if (o.get("extensions") instanceof ObjectNode e) {
                e.remove(CaseExport.OURS);
                if (e.isEmpty()) {
                    o.remove("extensions");
                }
            }
            o.forEach(CaseRoundTripTests::strip);
        } else if (node instanceof ArrayNode a) {
            a.forEach(CaseRoundTripTests::strip);
        }
    }

    /** {@return where two JSON values differ, as JSON pointers with both values; empty when they are equal} */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        differences("", expected, actual, out);
        return out;
    }

    private static void differences(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected instanceof ObjectNode e && actual instanceof ObjectNode a) {
            Set<String> names = new java.util.TreeSet<>(e.propertyNames());
            names.addAll(a.propertyNames());
            names.forEach(n -> differences(at + "/" + n, e.path(n), a.path(n), out));
        } else if (expected instanceof ArrayNode e && actual instanceof ArrayNode a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                differences(at + "/" + i, e.get(i), a.get(i), out);
            }
        } else {
            out.add(at + ": expected " + abbreviated(expected) + " but was " + abbreviated(actual));
        }
    }

    private static String abbreviated(JsonNode n) {
        String s = n.isMissingNode() ? "(nothing)" : n.toString();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** {@return every identifier of the export that CASE requires to be a UUID: all but those of outside nodes} */
    static List<String> identifiers(JsonNode pkg) {
        Set<String> own = new HashSet<>();
        own.add(pkg.at("/CFDocument/identifier").asString());
        pkg.path("CFItems").forEach(i -> own.add(i.path("identifier").asString()));
        List<String> out = new ArrayList<>();
        collect(pkg, null, own, out);
        return out;
    }

    private static void collect(JsonNode node, String key, Set<String> own, List<String> out) {
        if (node instanceof ObjectNode o) {
            boolean end = "originNodeURI".equals(key) || "destinationNodeURI".equals(key);
            if (o.path("identifier").isString() && (!end || own.contains(o.get("identifier").asString()))) {
                out.add(o.get("identifier").asString());
            }
            o.properties().forEach(e -> {
                if (!e.getKey().equals("extensions")) {
                    collect(e.getValue(), e.getKey(), own, out);
                }
            });
        } else if (node instanceof ArrayNode a) {
            a.forEach(x -> collect(x, key, own, out));
        }
    }

    @Test
    void generatedPackagesComeBackAsTheyWereAndAreAFixedPoint() {
        String one = System.getProperty("case.seed");
        long from = one == null ? 0 : Long.parseLong(one);
        long to = one == null ? RUNS : from + 1;
        for (long seed = from; seed < to; seed++) {
            ObjectNode input = new Gen(seed).cfPackage();
            String as = "seed " + seed + " (rerun with -Dcase.seed=" + seed + ")";
            Imported first;
            try {
                first = imported(input.toString());
            } catch (RuntimeException e) {
                throw new AssertionError(as, e);
            }
            assertThat(differences(comparable(input), comparable(first.export()))).as(as).isEmpty();
            assertThat(CaseSchema.errors(first.export())).as(as).isEmpty();
            assertThat(identifiers(first.export())).as(as).allMatch(id -> UUID_FORM.matcher(id).matches());
            ObjectNode again = imported(first.export().toString()).export();
            assertThat(differences(first.export(), again)).as("fixed point, " + as).isEmpty();
        }
    }

    @Test
    void oneLanguagePackagesLeaveTheOtherEmptyAndSaySo() {
        for (long seed = 0; seed < 60; seed++) {
            Gen gen = new Gen(seed);
            ObjectNode input = gen.cfPackage();
            Imported i = imported(input.toString());
            String missing = gen.mode.equals("ja") ? "en" : gen.mode.equals("en") ? "ja" : null;
            if (missing == null) {
                continue;
            }
            assertThat(i.framework().items()).as("seed " + seed).allSatisfy(item -> assertThat(item.name().missing()).containsExactly(missing));
            if (missing.equals("ja")) {
                assertThat(i.framework().notes()).as("seed " + seed).contains(
                        "the package has no Japanese text: the Japanese is left empty and marked missing, to be translated by a steward");
            }
            assertThat(i.export().get("CFItems")).as("seed " + seed).allSatisfy(item -> {
                assertThat(item.at("/extensions/michishirube/missingLanguages").get(0).asString()).isEqualTo(missing);
                assertThat(item.at("/extensions/translations").isMissingNode()).isTrue();
            });
        }
    }

    /**
     * A random CASE 1.1 package: a random tree of CFItems under the CFDocument, and a random subset of every field and
     * association type, with ends inside and outside the package, in random order.
     */
    static final class Gen {
        private static final List<String> JA = List.of("医療", "情報", "システム", "設計", "運用", "画像", "管理", "評価", "データ", "安全", "説明する",
                "できる", "基礎", "応用");
        private static final List<String> EN = List.of("design", "operate", "medical", "information", "system", "image", "data", "security",
                "explain", "evaluate", "basics", "apply");
        private static final String T = "2020-01-01T00:00:00+00:00";
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        final Random r;
        final String mode;
        private final List<String> itemIds = new ArrayList<>();
        private final List<ObjectNode> itemNodes = new ArrayList<>();
        private ObjectNode doc;

        Gen(long seed) {
            r = new Random(seed);
            mode = pick("ja", "en", "ja+en", "en+ja");
        }

        private boolean ja() {
            return mode.startsWith("ja");
        }

        private boolean bilingual() {
            return mode.contains("+");
        }

        private String other() {
            return ja() ? "en" : "ja";
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[r.nextInt(options.length)];
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        private String uuid() {
            return new UUID(r.nextLong(), r.nextLong()).toString();
        }

        private String text(boolean japanese) {
            int n = 1 + r.nextInt(6);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                words.add((japanese ? JA : EN).get(r.nextInt((japanese ? JA : EN).size())));
            }
            String s = String.join(japanese ? "" : " ", words);
            return japanese ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private String language() {
            return ja() ? pick("ja", "ja-JP", "jpn") : pick("en", "en-US", "eng");
        }

        private String date() {
            return String.format("20%02d-%02d-%02d", 10 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(28));
        }

        private ObjectNode link(String collection) {
            String id = uuid();
            return NODES.objectNode().put("title", text(false)).put("identifier", id).put("uri", "https://defs.example.org/" + collection + "/" + id);
        }

        private ArrayNode texts() {
            ArrayNode a = NODES.arrayNode();
            for (int i = r.nextInt(3); i >= 0; i--) {
                a.add(text(false));
            }
            return a;
        }

        private ArrayNode links(String collection) {
            ArrayNode a = NODES.arrayNode();
            for (int i = r.nextInt(2); i >= 0; i--) {
                a.add(link(collection));
            }
            return a;
        }

        private void maybe(double p, Runnable r) {
            if (chance(p)) {
                r.run();
            }
        }

        ObjectNode cfPackage() {
            ObjectNode pkg = NODES.objectNode();
            doc = pkg.putObject("CFDocument");
            String docId = uuid();
            doc.put("identifier", docId);
            doc.put("uri", BASE + "/ims/case/v1p1/CFDocuments/" + docId);
            maybe(0.3, () -> doc.put("frameworkType", pick("Competency framework", "Course codes")));
            maybe(0.5, () -> doc.put("caseVersion", "1.1"));
            doc.put("creator", text(false));
            doc.put("title", text(ja()));
            doc.put("lastChangeDateTime", T);
            maybe(0.5, () -> doc.put("officialSourceURL", "https://source.example.org/" + r.nextInt(1000)));
            maybe(0.4, () -> doc.put("publisher", text(false)));
            maybe(0.4, () -> doc.put("description", text(ja())));
            maybe(0.3, () -> doc.set("subject", texts()));
            maybe(0.3, () -> doc.set("subjectURI", links("CFSubjects")));
            maybe(0.6, () -> doc.put("language", language()));
            maybe(0.5, () -> doc.put("version", "v" + r.nextInt(10)));
            // Always there: an export gives a package without one the version's status (Adopted), as consumers expect one.
            doc.put("adoptionStatus", pick("Draft", "Adopted", "Deprecated", "Private Draft"));
            maybe(0.3, () -> doc.put("statusStartDate", date()));
            maybe(0.2, () -> doc.put("statusEndDate", date()));
            maybe(0.3, () -> doc.set("licenseURI", link("CFLicenses")));
            maybe(0.3, () -> doc.put("notes", text(ja())));
            ObjectNode docExtensions = NODES.objectNode();
            if (bilingual() && chance(0.8)) {
                ObjectNode t = docExtensions.putObject(CaseExport.TRANSLATIONS).putObject(other());
                t.put("title", text(!ja()));
                maybe(0.3, () -> t.put("description", text(!ja())));
            }
            maybe(0.1, () -> docExtensions.putObject("acme").put("catalogue", r.nextInt(100)));
            if (!docExtensions.isEmpty()) {
                doc.set("extensions", docExtensions);
            }

            ObjectNode definitions = chance(0.6) ? definitions() : null;
            List<String> itemTypes = new ArrayList<>();
            if (definitions != null) {
                definitions.path("CFItemTypes").forEach(t -> itemTypes.add(t.get("identifier").asString()));
            }
            int n = 1 + r.nextInt(10);
            List<ObjectNode> associations = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = uuid();
                ObjectNode item = item(id, definitions, itemTypes);
                int parent = i == 0 || chance(0.35) ? -1 : r.nextInt(i);
                itemIds.add(id);
                itemNodes.add(item);
                ObjectNode child = association("isChildOf", inside(i), parent < 0 ? document() : inside(parent));
                maybe(0.7, () -> child.put("sequenceNumber", chance(0.5) ? r.nextInt(20) : itemIds.size()));
                associations.add(child);
            }
            for (int i = 2; i < n; i++) {
                if (chance(0.1)) {
                    add(associations, association("isChildOf", inside(i), inside(r.nextInt(i))));
                }
            }
            for (int k = r.nextInt(n + 1); k > 0 && n > 1; k--) {
                int a = r.nextInt(n - 1);
                int b = a + 1 + r.nextInt(n - a - 1);
                add(associations, association("precedes", inside(a), inside(b)));
            }
            for (int k = r.nextInt(n + 1); k > 0 && n > 1; k--) {
                int a = r.nextInt(n);
                int b = r.nextInt(n);
                if (a != b) {
                    add(associations, association("isRelatedTo", inside(a), inside(b)));
                }
            }
            for (int i = 0; i < n; i++) {
                int self = i;
                maybe(0.3, () -> add(associations, association("exactMatchOf", inside(self), outside(chance(0.3)))));
                maybe(0.05, () -> add(associations, association("exemplar", inside(self), outside(false))));
                maybe(0.05, () -> add(associations, association("isPeerOf", inside(self), inside(r.nextInt(n)))));
                maybe(0.05, () -> add(associations, association("isPartOf", inside(self), document())));
                maybe(0.05, () -> add(associations, association("hasSkillLevel", inside(self), outside(false))));
                maybe(0.05, () -> add(associations, association("isTranslationOf", inside(self), outside(false))));
                maybe(0.05, () -> add(associations, association("ext:alignsWith", inside(self), inside(r.nextInt(n)))));
                maybe(0.05, () -> add(associations, association("replacedBy", outside(false), inside(self))));
                maybe(0.05, () -> add(associations, association("replacedBy", inside(self), outside(false))));
                maybe(0.05, () -> add(associations, association("exactMatchOf", outside(false), inside(self))));
                maybe(0.05, () -> add(associations, association("exactMatchOf", inside(self), inside(r.nextInt(n)))));
                maybe(0.05, () -> add(associations, association("precedes", inside(self), outside(true))));
                maybe(0.05, () -> add(associations, association("isRelatedTo", outside(true), inside(self))));
            }
            Collections.shuffle(associations, r);
            List<ObjectNode> items = new ArrayList<>(itemNodes);
            Collections.shuffle(items, r);
            ArrayNode itemArray = pkg.putArray("CFItems");
            items.forEach(itemArray::add);
            ArrayNode associationArray = pkg.putArray("CFAssociations");
            associations.forEach(associationArray::add);
            if (definitions != null) {
                pkg.set("CFDefinitions", definitions);
            }
            maybe(0.1, () -> pkg.putObject("extensions").putObject("acme").put("exportedBy", "gen"));
            return pkg;
        }

        private ObjectNode item(String id, ObjectNode definitions, List<String> itemTypes) {
            ObjectNode item = NODES.objectNode();
            item.put("identifier", id);
            item.put("uri", BASE + "/ims/case/v1p1/CFItems/" + id);
            item.put("fullStatement", text(ja()));
            item.put("lastChangeDateTime", T);
            maybe(0.2, () -> item.put("alternativeLabel", text(ja())));
            if (chance(0.5)) {
                if (!itemTypes.isEmpty() && chance(0.7)) {
                    String type = itemTypes.get(r.nextInt(itemTypes.size()));
                    JsonNode def = definitions.get("CFItemTypes").valueStream().filter(t -> t.get("identifier").asString().equals(type)).findFirst()
                            .orElseThrow();
                    item.put("CFItemType", def.get("title").asString());
                    item.set("CFItemTypeURI", NODES.objectNode().put("title", def.get("title").asString()).put("identifier", type)
                            .put("uri", def.get("uri").asString()));
                } else {
                    item.put("CFItemType", pick("Standard", "Cluster", "GIO", "Domain"));
                    maybe(0.5, () -> item.set("CFItemTypeURI", link("CFItemTypes")));
                }
            }
            maybe(0.5, () -> item.put("humanCodingScheme", pick("CCSS", "H.A", "M.G3", "x") + "." + r.nextInt(20) + (chance(0.5) ? "." + (char) ('a' + r.nextInt(5)) : "")));
            maybe(0.2, () -> item.put("listEnumeration", String.valueOf(1 + r.nextInt(9))));
            maybe(0.2, () -> item.put("abbreviatedStatement", text(ja())));
            maybe(0.2, () -> item.set("conceptKeywords", texts()));
            maybe(0.1, () -> item.set("conceptKeywordsURI", link("CFConcepts")));
            maybe(0.4, () -> item.put("notes", text(ja())));
            maybe(0.2, () -> item.set("subject", texts()));
            maybe(0.1, () -> item.set("subjectURI", links("CFSubjects")));
            maybe(0.3, () -> item.put("language", language()));
            maybe(0.3, () -> item.set("educationLevel", texts()));
            maybe(0.1, () -> item.set("licenseURI", link("CFLicenses")));
            maybe(0.2, () -> item.put("statusStartDate", date()));
            maybe(0.1, () -> item.put("statusEndDate", date()));
            ObjectNode extensions = NODES.objectNode();
            if (bilingual()) {
                maybe(0.85, () -> translation(extensions).put("fullStatement", text(!ja())));
                maybe(0.3, () -> translation(extensions).put("notes", text(!ja())));
                maybe(0.1, () -> translation(extensions).put("abbreviatedStatement", text(!ja())));
            }
            maybe(0.15, () -> extensions.putObject("acme").put("weight", r.nextInt(5)).putArray("levels").add("L" + r.nextInt(3)));
            if (chance(0.2)) {
                ObjectNode ours = extensions.putObject(CaseExport.OURS);
                maybe(0.6, () -> ours.put("kind", pick("gio", "sbo", "topic", "unknown")));
                maybe(0.5, () -> ours.put("effortHours", r.nextInt(40)));
                maybe(0.3, () -> ours.putArray("tags").add(pick("ai", "security")));
            }
            if (!extensions.isEmpty()) {
                item.set("extensions", extensions);
            }
            return item;
        }

        private ObjectNode translation(ObjectNode extensions) {
            ObjectNode translations = extensions.get(CaseExport.TRANSLATIONS) instanceof ObjectNode t ? t : extensions.putObject(CaseExport.TRANSLATIONS);
            return translations.get(other()) instanceof ObjectNode l ? l : translations.putObject(other());
        }

        private ObjectNode definitions() {
            ObjectNode d = NODES.objectNode();
            maybe(0.7, () -> {
                ArrayNode types = d.putArray("CFItemTypes");
                for (int i = r.nextInt(4); i > 0; i--) {
                    ObjectNode t = definition("CFItemTypes", types);
                    t.put("description", text(false));
                    t.put("hierarchyCode", String.valueOf(r.nextInt(5)));
                    maybe(0.5, () -> t.put("typeCode", text(false)));
                }
            });
            maybe(0.4, () -> {
                ArrayNode subjects = d.putArray("CFSubjects");
                for (int i = r.nextInt(3); i > 0; i--) {
                    ObjectNode s = definition("CFSubjects", subjects);
                    s.put("hierarchyCode", String.valueOf(r.nextInt(5)));
                    maybe(0.3, () -> s.put("description", text(false)));
                }
            });
            maybe(0.3, () -> {
                ArrayNode concepts = d.putArray("CFConcepts");
                for (int i = r.nextInt(3); i > 0; i--) {
                    ObjectNode c = definition("CFConcepts", concepts);
                    c.put("hierarchyCode", String.valueOf(r.nextInt(5)));
                    maybe(0.5, () -> c.put("keywords", "a|b|c"));
                }
            });
            maybe(0.3, () -> {
                ArrayNode licenses = d.putArray("CFLicenses");
                for (int i = r.nextInt(2); i > 0; i--) {
                    definition("CFLicenses", licenses).put("licenseText", "CC BY 4.0");
                }
            });
            maybe(0.3, () -> {
                ArrayNode groupings = d.putArray("CFAssociationGroupings");
                for (int i = r.nextInt(3); i > 0; i--) {
                    ObjectNode g = definition("CFAssociationGroupings", groupings);
                    maybe(0.5, () -> g.put("description", text(false)));
                }
            });
            maybe(0.1, () -> d.putObject("extensions").put("acme", true));
            return d;
        }

        private ObjectNode definition(String collection, ArrayNode into) {
            String id = uuid();
            ObjectNode o = into.addObject();
            o.put("identifier", id);
            o.put("uri", "https://defs.example.org/" + collection + "/" + id);
            o.put("title", text(false));
            o.put("lastChangeDateTime", T);
            maybe(0.1, () -> o.putObject("extensions").put("acme", 1));
            return o;
        }

        /** An end in the package: the link as CASE writes it, its title the statement or one of its own. */
        private Supplier<ObjectNode> inside(int i) {
            return () -> {
                String statement = itemNodes.get(i).get("fullStatement").asString();
                return NODES.objectNode().put("title", chance(0.7) ? statement : pick("Origin", "Destination", "HCS " + i))
                        .put("identifier", itemIds.get(i)).put("uri", BASE + "/ims/case/v1p1/CFItems/" + itemIds.get(i));
            };
        }

        private Supplier<ObjectNode> document() {
            return () -> NODES.objectNode().put("title", chance(0.8) ? doc.get("title").asString() : "Document")
                    .put("identifier", doc.get("identifier").asString()).put("uri", doc.get("uri").asString());
        }

        /** An end outside the package: another publisher's item, or a {@code local:} placeholder as real packages have. */
        private Supplier<ObjectNode> outside(boolean local) {
            return () -> {
                String id = uuid();
                ObjectNode l = local ? NODES.objectNode().put("title", "Destination Node").put("identifier", "local:" + id).put("uri", "local:" + id)
                        : NODES.objectNode().put("title", text(false)).put("identifier", id).put("uri", "https://other.example.org/CFItems/" + id);
                maybe(0.3, () -> l.put("targetType", pick("CASE", "ext:Task")));
                return l;
            };
        }

        private ObjectNode association(String type, Supplier<ObjectNode> origin, Supplier<ObjectNode> destination) {
            String id = uuid();
            ObjectNode a = NODES.objectNode();
            a.put("identifier", id);
            a.put("associationType", type);
            a.put("uri", BASE + "/ims/case/v1p1/CFAssociations/" + id);
            a.set("originNodeURI", origin.get());
            a.set("destinationNodeURI", destination.get());
            a.put("lastChangeDateTime", T);
            if (!type.equals("isChildOf")) {
                maybe(0.1, () -> a.put("sequenceNumber", r.nextInt(9)));
            }
            maybe(0.1, () -> a.put("notes", text(false)));
            maybe(0.1, () -> a.set("CFAssociationGroupingURI", link("CFAssociationGroupings")));
            maybe(0.05, () -> a.putObject("extensions").putObject("acme").put("strength", r.nextInt(3)));
            return a;
        }

        /** Adds an association unless the package already links the same ends with the same type (CASE would not either). */
        private void add(List<ObjectNode> associations, ObjectNode a) {
            String key = a.get("associationType").asString() + " " + a.at("/originNodeURI/identifier").asString() + " "
                    + a.at("/destinationNodeURI/identifier").asString();
            long same = associations.stream().filter(x -> (x.get("associationType").asString() + " " + x.at("/originNodeURI/identifier").asString()
                    + " " + x.at("/destinationNodeURI/identifier").asString()).equals(key)).count();
            if (same == 0 && !a.at("/originNodeURI/identifier").asString().equals(a.at("/destinationNodeURI/identifier").asString())) {
                associations.add(a);
            }
        }
    }
}
