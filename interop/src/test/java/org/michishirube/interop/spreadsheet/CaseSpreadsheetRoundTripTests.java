package org.michishirube.interop.spreadsheet;

import org.michishirube.interop.CaseIds;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.casepackage.CasePackageReader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.michishirube.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sheet is a thin layer over CASE JSON: {@code read(write(p))} gives an equivalent package (identifiers, texts, tree and
 * sibling order, associations, extension values), for packages from a seeded generator and for real publishers' packages.
 */
class CaseSpreadsheetRoundTripTests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int RUNS = 60;

    @Test
    void generatedPackagesComeBackFromXlsx() {
        for (long seed = 1; seed <= RUNS; seed++) {
            ObjectNode p = Generator.cfPackage(seed);
            ObjectNode back = CaseSpreadsheet.readXlsx(CaseSpreadsheet.writeXlsx(p));
            assertThat(normal(back)).as("XLSX round trip, seed %d", seed).isEqualTo(normal(p));
        }
    }

    @Test
    void generatedPackagesComeBackFromCsv() {
        for (long seed = 1; seed <= RUNS; seed++) {
            ObjectNode p = Generator.cfPackage(seed);
            ObjectNode back = CaseSpreadsheet.readCsv(CaseSpreadsheet.writeCsv(p));
            assertThat(normal(back)).as("CSV round trip, seed %d", seed).isEqualTo(normal(p));
        }
    }

    @Test
    void aReadSheetWrittenAgainReadsTheSame() {
        // Once read, a package is a fixed point: identifiers, URIs and definitions included, not only the equivalence.
        for (long seed = 1; seed <= 10; seed++) {
            ObjectNode once = CaseSpreadsheet.readXlsx(CaseSpreadsheet.writeXlsx(Generator.cfPackage(seed)));
            assertThat(CaseSpreadsheet.readXlsx(CaseSpreadsheet.writeXlsx(once))).as("seed %d", seed).isEqualTo(once);
            assertThat(CaseSpreadsheet.readCsv(CaseSpreadsheet.writeCsv(once))).as("seed %d", seed).isEqualTo(once);
        }
    }

    @Test
    void theSamePackageGivesTheSameBytes() {
        // POI dates a workbook's entries now; ours date from the document's last change, so a download is reproducible.
        ObjectNode p = Generator.cfPackage(3);
        assertThat(CaseSpreadsheet.writeXlsx(p)).isEqualTo(CaseSpreadsheet.writeXlsx(Generator.cfPackage(3)));
        assertThat(CaseSpreadsheet.writeCsv(p)).isEqualTo(CaseSpreadsheet.writeCsv(Generator.cfPackage(3)));
    }

    @Test
    void linksTheReaderWouldMintKeepNoRowOfTheirOwn() {
        // CaseExport's isChildOf and precedes identifiers are the ones the reader mints: the tree stays in smartLevel, the
        // prerequisites in their column, and CF Association holds the other links only.
        for (long seed = 1; seed <= 10; seed++) {
            ObjectNode p = Generator.cfPackage(seed);
            CaseSpreadsheetWriter.Grid rows = CaseSpreadsheetWriter.write(p).associations();
            List<String> written = rows.rows().stream().map(r -> r.get(rows.header().indexOf("identifier"))).toList();
            Map<String, String> codes = new HashMap<>();
            p.get("CFItems").forEach(i -> codes.put(i.get("identifier").asString(), i.path("humanCodingScheme").asString("")));
            int expected = 0;
            for (JsonNode a : p.get("CFAssociations")) {
                String type = a.get("associationType").asString();
                String origin = a.get("originNodeURI").get("identifier").asString();
                boolean minted = a.get("identifier").asString().equals(CaseIds.association(type, origin,
                        a.get("destinationNodeURI").get("identifier").asString()));
                boolean tree = type.equals("isChildOf") && minted && !a.has("notes");
                boolean prerequisite = type.equals("precedes") && minted && !a.has("sequenceNumber") && !codes.get(origin).isEmpty();
                if (tree || prerequisite) {
                    assertThat(written).as("seed %d", seed).doesNotContain(a.get("identifier").asString());
                } else {
                    expected++;
                }
            }
            assertThat(written).as("seed %d", seed).hasSize(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensalt-test-smartlevel", "opensalt-test-act-holistic-math-ordering", "opensalt-what-standards-could-be",
            "sbac-g3-math-item-spec"})
    void realPackagesGiveTheSameItemsThroughASheet(String name) {
        String json = Fixtures.read("case/" + name + ".cfpackage.json");
        ObjectNode original = (ObjectNode) MAPPER.readTree(json);
        ImportedFramework direct = CasePackageReader.read(json);
        for (String format : List.of("xlsx", "csv")) {
            ObjectNode back = format.equals("xlsx") ? CaseSpreadsheet.readXlsx(CaseSpreadsheet.writeXlsx(original))
                    : CaseSpreadsheet.readCsv(CaseSpreadsheet.writeCsv(original));
            ImportedFramework through = CasePackageReader.read(back.toString());
            assertThat(items(through)).as("%s through %s", name, format).isEqualTo(items(direct));
            assertThat(through.precedes()).as("%s through %s", name, format).containsExactlyInAnyOrderElementsOf(direct.precedes());
            assertThat(through.related()).as("%s through %s", name, format).containsExactlyInAnyOrderElementsOf(direct.related());
            assertThat(through.title()).isEqualTo(direct.title());
        }
    }

    private static List<String> items(ImportedFramework f) {
        return f.items().stream().map(i -> i.identifier() + " | " + i.name() + " | " + i.code().orElse("") + " | parent "
                + i.parent().orElse("-")).toList();
    }

    // ---------------------------------------------------------------- equivalence

    /**
     * What a sheet must give back, in a form to compare: every field but the URIs (a sheet mints its own) and the
     * identifiers of definitions; each item with its parent and its place among its siblings; associations by identifier.
     */
    static ObjectNode normal(ObjectNode pkg) {
        ObjectNode out = JSON.objectNode();
        ObjectNode doc = (ObjectNode) pkg.get("CFDocument").deepCopy();
        String docId = doc.get("identifier").asString();
        doc.remove(List.of("uri", "caseVersion"));
        if (doc.get("licenseURI") instanceof ObjectNode l) {
            String title = l.get("title").asString();
            String text = "";
            for (JsonNode d : pkg.path("CFDefinitions").path("CFLicenses")) {
                if (d.get("identifier").equals(l.get("identifier"))) {
                    text = d.get("licenseText").asString();
                }
            }
            doc.put("licenseURI", title + " / " + text);
        }
        out.set("CFDocument", doc);

        Map<String, JsonNode> items = new TreeMap<>();
        List<String> order = new ArrayList<>();
        pkg.get("CFItems").forEach(i -> {
            items.put(i.get("identifier").asString(), i);
            order.add(i.get("identifier").asString());
        });
        Map<String, JsonNode> parents = new HashMap<>();
        Map<String, ObjectNode> associations = new TreeMap<>();
        for (JsonNode a : pkg.get("CFAssociations")) {
            String origin = a.get("originNodeURI").get("identifier").asString();
            if (a.get("associationType").asString().equals("isChildOf") && items.containsKey(origin) && !parents.containsKey(origin)) {
                parents.put(origin, a);
                continue;
            }
            ObjectNode n = (ObjectNode) a.deepCopy();
            n.remove(List.of("uri", "lastChangeDateTime"));
            n.set("originNodeURI", end(a.get("originNodeURI"), items, docId));
            n.set("destinationNodeURI", end(a.get("destinationNodeURI"), items, docId));
            if (n.get("CFAssociationGroupingURI") instanceof ObjectNode g) {
                g.remove("uri");
            }
            associations.put(a.get("identifier").asString(), n);
        }
        Map<String, List<String>> children = new HashMap<>();
        for (String id : order) {
            JsonNode p = parents.get(id);
            children.computeIfAbsent(p == null ? docId : p.get("destinationNodeURI").get("identifier").asString(), k -> new ArrayList<>()).add(id);
        }
        Function<String, Integer> sequence = id -> parents.containsKey(id) && parents.get(id).has("sequenceNumber")
                ? parents.get(id).get("sequenceNumber").asInt() : Integer.MAX_VALUE;
        ObjectNode itemOut = out.putObject("CFItems");
        for (Map.Entry<String, JsonNode> e : items.entrySet()) {
            ObjectNode n = (ObjectNode) e.getValue().deepCopy();
            n.remove(List.of("uri", "lastChangeDateTime"));
            if (n.get("CFItemTypeURI") instanceof ObjectNode t) {
                n.put("CFItemTypeURI", t.get("title").asString());
            }
            if (n.get("licenseURI") instanceof ObjectNode l) {
                n.put("licenseURI", l.get("title").asString());
            }
            JsonNode p = parents.get(e.getKey());
            String parent = p == null ? docId : p.get("destinationNodeURI").get("identifier").asString();
            n.put("(parent)", parent);
            List<String> siblings = children.get(parent).stream()
                    .sorted(Comparator.comparing(sequence).thenComparing(order::indexOf)).toList();
            n.put("(position)", siblings.indexOf(e.getKey()));
            if (p != null) {
                ObjectNode link = (ObjectNode) p.deepCopy();
                link.remove(List.of("uri", "lastChangeDateTime", "sequenceNumber", "originNodeURI", "destinationNodeURI"));
                if (link.get("CFAssociationGroupingURI") instanceof ObjectNode g) {
                    g.remove("uri");
                }
                n.set("(isChildOf)", link);
            }
            itemOut.set(e.getKey(), n);
        }
        ObjectNode assocOut = out.putObject("CFAssociations");
        associations.forEach(assocOut::set);
        return out;
    }

    /** An end inside the package is its identifier (its title and URI follow from it); one outside is its whole link. */
    private static JsonNode end(JsonNode link, Map<String, JsonNode> items, String docId) {
        String id = link.get("identifier").asString();
        return items.containsKey(id) || id.equals(docId) ? JSON.stringNode(id) : link.deepCopy();
    }

    // ---------------------------------------------------------------- generator

    /** Packages like CaseExport's, with everything a sheet must carry, from a seed. */
    static final class Generator {

        private static final String[] TYPES = {"Domain", "GIO", "SBO", "Topic", "Cluster", "Major Strand", "Standard"};
        private static final String[] WORDS = {"データベース", "関係モデル", "正規化", "医療情報", "画像", "DICOM", "HL7 FHIR", "SQL", "𠮷野家",
                "ネットワーク", "security", "data, analysis", "\"quoted\"", "a;b", "1.10", "03", "=SUM(A1)", "line\nbreak", "tab\there", "√2 ≥ 1",
                "–dash", "ｶﾀｶﾅ", "全角　空白", "#hash", "'quote", "$\frac{1}{4}$", "_x0041_", "a\u0085b"};
        private static final String[] KEYWORDS = {"db", "sql", "画像", "network", "privacy", "ethics"};
        private static final String[] VERIFICATIONS = {"official", "corroborated", "secondary", "inferred"};
        private static final String[] KINDS = {"domain", "gio", "sbo", "topic"};
        private static final String CHANGED = "2025-03-01T00:00:00+00:00";

        private final Random random;
        private final long seed;

        private Generator(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        static ObjectNode cfPackage(long seed) {
            return new Generator(seed).build();
        }

        private ObjectNode build() {
            ObjectNode pkg = JSON.objectNode();
            String docId = uuid("document");
            boolean bilingual = random.nextInt(4) > 0;
            ObjectNode doc = pkg.putObject("CFDocument");
            doc.put("identifier", docId);
            doc.put("uri", "https://example.org/ims/case/v1p1/CFDocuments/" + docId);
            doc.put("caseVersion", "1.1");
            sometimes(() -> doc.put("frameworkType", "Competency Framework"));
            doc.put("creator", text());
            doc.put("title", text());
            doc.put("lastChangeDateTime", CHANGED);
            sometimes(() -> doc.put("officialSourceURL", "https://example.org/framework/" + seed));
            sometimes(() -> doc.put("publisher", text()));
            sometimes(() -> doc.put("description", text() + "\n" + text()));
            sometimes(() -> doc.set("subject", array(KEYWORDS, 1 + random.nextInt(2))));
            if (bilingual || random.nextBoolean()) {
                doc.put("language", bilingual ? "ja" : "en");
            }
            sometimes(() -> doc.put("version", "fy" + (2020 + random.nextInt(6))));
            sometimes(() -> doc.put("adoptionStatus", random.nextBoolean() ? "Draft" : "Adopted"));
            sometimes(() -> doc.put("statusStartDate", "2024-04-0" + (1 + random.nextInt(9))));
            sometimes(() -> doc.put("statusEndDate", "2026-03-31"));
            String licenseTitle = "CC BY 4.0 #" + random.nextInt(3);
            boolean licensed = random.nextBoolean();
            if (licensed) {
                String id = uuid("license");
                doc.set("licenseURI", link(licenseTitle, id, "https://example.org/licenses/" + id));
                ArrayNode licenses = pkg.putObject("CFDefinitions").putArray("CFLicenses");
                ObjectNode l = licenses.addObject();
                l.put("identifier", id);
                l.put("uri", "https://example.org/licenses/" + id);
                l.put("title", licenseTitle);
                l.put("licenseText", "https://creativecommons.org/licenses/by/4.0/");
                l.put("lastChangeDateTime", CHANGED);
            }
            sometimes(() -> doc.put("notes", text()));
            ObjectNode docExtensions = JSON.objectNode();
            if (bilingual) {
                ObjectNode en = docExtensions.putObject(CaseExport.TRANSLATIONS).putObject("en");
                en.put("title", "Title " + seed);
                sometimes(() -> en.put("description", "A description"));
            }
            sometimes(() -> docExtensions.putObject(CaseExport.OURS).put("framework", "hit").put("status", "draft"));
            if (!docExtensions.isEmpty()) {
                doc.set("extensions", docExtensions);
            }

            int n = 1 + random.nextInt(25);
            ArrayNode items = pkg.putArray("CFItems");
            ArrayNode associations = pkg.putArray("CFAssociations");
            List<String> ids = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            Map<String, Integer> sequence = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String id = uuid("item" + i);
                ids.add(id);
                String code = random.nextInt(5) == 0 ? null : "c" + seed + "." + i + (random.nextBoolean() ? ".x" : "");
                codes.add(code);
                ObjectNode item = items.addObject();
                item.put("identifier", id);
                item.put("uri", "https://example.org/ims/case/v1p1/CFItems/" + id);
                item.put("fullStatement", text());
                sometimes(() -> item.put("alternativeLabel", text()));
                String type = TYPES[random.nextInt(TYPES.length)];
                if (random.nextInt(4) > 0) {
                    item.put("CFItemType", type);
                    item.set("CFItemTypeURI", link(type, CaseIds.itemType(type), "https://example.org/types/" + type));
                }
                if (code != null) {
                    item.put("humanCodingScheme", code);
                }
                sometimes(() -> item.put("listEnumeration", String.valueOf(1 + random.nextInt(20))));
                sometimes(() -> item.put("abbreviatedStatement", text()));
                sometimes(() -> item.set("conceptKeywords", array(KEYWORDS, 1 + random.nextInt(3))));
                sometimes(() -> item.put("notes", text() + "\r\n" + text()));
                sometimes(() -> item.set("subject", array(KEYWORDS, 1)));
                sometimes(() -> item.put("language", random.nextBoolean() ? "ja" : "en"));
                sometimes(() -> item.set("educationLevel", array(new String[] {"03", "KG", "13", "HE"}, 1 + random.nextInt(2))));
                if (licensed && random.nextBoolean()) {
                    item.set("licenseURI", link(licenseTitle, "x", "https://example.org/x"));
                }
                sometimes(() -> item.put("statusStartDate", "2025-04-01"));
                sometimes(() -> item.put("statusEndDate", "2027-03-31"));
                item.put("lastChangeDateTime", CHANGED);
                ObjectNode extensions = JSON.objectNode();
                if (bilingual && random.nextInt(5) > 0) {
                    ObjectNode en = extensions.putObject(CaseExport.TRANSLATIONS).putObject("en");
                    en.put("fullStatement", "Statement " + i + " " + text());
                    if (item.has("notes")) {
                        en.put("notes", "Notes " + i);
                    }
                }
                if (!bilingual && random.nextBoolean()) {
                    extensions.putObject(CaseExport.TRANSLATIONS).putObject("ja").put("fullStatement", "日本語 " + i);
                }
                if (random.nextBoolean()) {
                    ObjectNode ours = JSON.objectNode();
                    int at = i;
                    sometimes(() -> ours.put("id", "hit.x" + at));
                    sometimes(() -> ours.put("kind", KINDS[random.nextInt(KINDS.length)]));
                    sometimes(() -> ours.put("verification", VERIFICATIONS[random.nextInt(VERIFICATIONS.length)]));
                    sometimes(() -> ours.put("source", "https://example.org/source/" + at + "?q=a,b"));
                    sometimes(() -> ours.put("effortHours", random.nextInt(40)));
                    sometimes(() -> {
                        ArrayNode tags = ours.putArray("tags");
                        new TreeSet<>(List.of(KEYWORDS[random.nextInt(KEYWORDS.length)], "ai")).forEach(tags::add);
                    });
                    sometimes(() -> ours.putArray("missingLanguages").add("en"));
                    if (!ours.isEmpty()) {
                        extensions.set(CaseExport.OURS, ours);
                    }
                }
                if (random.nextInt(6) == 0) {
                    extensions.putObject("publisher").put("weight", 0.5).putArray("list").add(1).add("two");
                }
                if (!extensions.isEmpty()) {
                    item.set("extensions", extensions);
                }
                // The tree: a parent listed before, or the document; siblings ordered by sequenceNumber, when there is one.
                String parent = i == 0 || random.nextInt(3) == 0 ? docId : ids.get(random.nextInt(i));
                String title = parent.equals(docId) ? doc.get("title").asString() : items.get(ids.indexOf(parent)).get("fullStatement").asString();
                boolean foreign = random.nextInt(4) == 0;
                ObjectNode a = association(foreign ? uuid("childOf" + i) : CaseIds.association("isChildOf", id, parent), "isChildOf",
                        link(item.get("fullStatement").asString(), id, item.get("uri").asString()),
                        link(title, parent, "https://example.org/" + parent));
                if (random.nextInt(3) > 0) {
                    a.put("sequenceNumber", sequence.merge(parent, 1 + random.nextInt(3), Integer::sum));
                }
                if (foreign && random.nextBoolean()) {
                    a.put("notes", "kept with the link");
                    a.putObject("extensions").put("vendor", "x");
                }
                associations.add(a);
            }
            // Prerequisites and other links; precedes always from an earlier item, so there is no cycle.
            for (int k = 0; k < n; k++) {
                int from = random.nextInt(n);
                int to = random.nextInt(n);
                String o = ids.get(from);
                String d = ids.get(to);
                switch (random.nextInt(6)) {
                    case 0, 1 -> {
                        if (from < to) {
                            boolean minted = random.nextInt(3) > 0;
                            ObjectNode a = association(minted ? CaseIds.association("precedes", o, d) : uuid("pre" + k), "precedes", itemLink(items, o),
                                    itemLink(items, d));
                            if (!minted && random.nextBoolean()) {
                                a.put("sequenceNumber", k);
                            }
                            if (associations.findValues("identifier").stream().noneMatch(x -> x.asString().equals(a.get("identifier").asString()))) {
                                associations.add(a);
                            }
                        }
                    }
                    case 2 -> associations.add(association(uuid("rel" + k), "isRelatedTo", itemLink(items, o), itemLink(items, d)));
                    case 3 -> {
                        String outside = uuid("outside" + k);
                        ObjectNode a = association(uuid("match" + k), "exactMatchOf", itemLink(items, o),
                                link("Outside " + k, outside, "https://other.example/CFItems/" + outside));
                        if (random.nextBoolean()) {
                            ObjectNode g = a.putObject("CFAssociationGroupingURI");
                            g.put("title", "Group " + (k % 2));
                            g.put("identifier", uuid("group" + (k % 2)));
                            g.put("uri", "https://example.org/groups/" + (k % 2));
                        }
                        associations.add(a);
                    }
                    case 4 -> {
                        String earlier = uuid("earlier" + k);
                        ObjectNode a = association(uuid("replaced" + k), "replacedBy", link("Earlier " + k, earlier, "local:" + earlier), itemLink(items, d));
                        a.putObject("extensions").putObject(CaseExport.OURS).put("change", "split");
                        associations.add(a);
                    }
                    default -> associations.add(association(uuid("ext" + k), "ext:isTaughtWith", itemLink(items, o),
                            link("urn:isbn:9780000000000", "urn:isbn:9780000000000", "urn:isbn:9780000000000")));
                }
            }
            // Groupings named by associations are defined, as CASE wants.
            List<ObjectNode> groups = new ArrayList<>();
            associations.forEach(a -> {
                if (a.get("CFAssociationGroupingURI") instanceof ObjectNode g && groups.stream().noneMatch(x -> x.get("identifier").equals(g.get("identifier")))) {
                    ObjectNode def = JSON.objectNode();
                    def.set("identifier", g.get("identifier"));
                    def.set("uri", g.get("uri"));
                    def.set("title", g.get("title"));
                    def.put("lastChangeDateTime", CHANGED);
                    groups.add(def);
                }
            });
            if (!groups.isEmpty()) {
                ObjectNode defs = pkg.get("CFDefinitions") instanceof ObjectNode d ? d : pkg.putObject("CFDefinitions");
                defs.putArray("CFAssociationGroupings").addAll(groups);
            }
            return pkg;
        }

        private ObjectNode itemLink(ArrayNode items, String id) {
            for (JsonNode i : items) {
                if (i.get("identifier").asString().equals(id)) {
                    return link(i.get("fullStatement").asString(), id, i.get("uri").asString());
                }
            }
            throw new IllegalStateException(id);
        }

        private static ObjectNode association(String id, String type, ObjectNode origin, ObjectNode destination) {
            ObjectNode a = JSON.objectNode();
            a.put("identifier", id);
            a.put("associationType", type);
            a.put("uri", "https://example.org/ims/case/v1p1/CFAssociations/" + id);
            a.set("originNodeURI", origin);
            a.set("destinationNodeURI", destination);
            a.put("lastChangeDateTime", CHANGED);
            return a;
        }

        private static ObjectNode link(String title, String id, String uri) {
            ObjectNode l = JSON.objectNode();
            l.put("title", title);
            l.put("identifier", id);
            l.put("uri", uri);
            return l;
        }

        private String uuid(String what) {
            return UUID.nameUUIDFromBytes((seed + ":" + what).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        }

        private String text() {
            return String.join(" ", IntStream.range(0, 1 + random.nextInt(3)).mapToObj(i -> WORDS[random.nextInt(WORDS.length)]).toList());
        }

        private ArrayNode array(String[] pool, int count) {
            ArrayNode a = JSON.arrayNode();
            new TreeSet<>(IntStream.range(0, count).mapToObj(i -> pool[random.nextInt(pool.length)]).toList()).forEach(a::add);
            return a;
        }

        private void sometimes(Runnable r) {
            if (random.nextBoolean()) {
                r.run();
            }
        }
    }
}
