package org.michishirube.interop.casepackage;

import org.michishirube.interop.CaseMarks;
import org.michishirube.interop.ImportMapping;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.ctdl.CtdlFrameworkReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The real third-party packages read leniently; broken ones are refused with every fault named. */
class CasePackageReaderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSchemaCleanSmartLevelPackageReadsWhole() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        assertThat(f.items()).hasSize(14);
        assertThat(f.items().stream().filter(i -> i.parent().isEmpty())).hasSize(2);
        assertThat(f.skipped()).isEmpty();
        assertThat(f.format()).isEqualTo("CASE 1.1");
        assertThat(f.notes()).anyMatch(n -> n.contains("no Japanese text"));
        assertThat(f.title().en()).isEqualTo("SmartLevel Test");
    }

    @Test
    void theOpenSaltExportKeepsItsTreeAndInternalLinksAndExplainsTheExternalOnes() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-what-standards-could-be.cfpackage.json"));
        assertThat(f.format()).isEqualTo("CASE 1.0");
        assertThat(f.items()).hasSize(16);
        assertThat(f.precedes()).hasSize(2);
        assertThat(f.exactMatches().values().stream().mapToInt(List::size).sum()).isEqualTo(16);
        // One precedes, two isRelatedTo and two exemplar leave the package.
        assertThat(f.skipped()).hasSize(5).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(f.skipped()).filteredOn(s -> s.what().contains("exemplar")).allSatisfy(s -> assertThat(s.reason()).contains("no counterpart"));
        assertThat(f.skipped()).filteredOn(s -> s.what().contains("precedes")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("outside this package"));
        assertThat(f.notes()).anyMatch(n -> n.contains("CASE 1.0"));
        assertThat(f.items().get(0).code()).contains("CCSS.Math.Content.6.RP.A");
    }

    @Test
    void theActPackageKeepsItsFiveLevels() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-act-holistic-math-ordering.cfpackage.json"));
        assertThat(f.items()).hasSize(28);
        assertThat(f.items().get(0).parent()).isEmpty();
        assertThat(f.items().stream().filter(i -> i.parent().isPresent())).hasSize(27);
        assertThat(f.skipped()).isEmpty();
    }

    @Test
    void theSmarterBalancedPackageSkipsItsLocalPlaceholdersWithTheReason() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/sbac-g3-math-item-spec.cfpackage.json"));
        assertThat(f.items()).hasSize(48);
        assertThat(f.related()).hasSize(6);
        assertThat(f.skipped()).hasSize(10).allSatisfy(s -> assertThat(s.reason()).contains("local:"));
        assertThat(f.exactMatches().values().stream().mapToInt(List::size).sum()).isEqualTo(3);
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class,
                () -> CasePackageReader.read("{\"CFDocument\": {\"identifier\": \"x\",\n \"title\": }"));
        assertThat(e.faults()).singleElement().satisfies(f -> {
            assertThat(f.where()).startsWith("line 2");
            assertThat(f.fault()).startsWith("malformed JSON");
        });
    }

    @Test
    void brokenReferencesAndCyclesAreAllListed() {
        ObjectNode pkg = (ObjectNode) JSON.readTree(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        ArrayNode assocs = (ArrayNode) pkg.get("CFAssociations");
        String a = items.get(0).get("identifier").asString();
        String b = items.get(1).get("identifier").asString();
        assocs.add(association("precedes", a, b));
        assocs.add(association("precedes", b, a));
        assocs.add(association("isChildOf", items.get(2).get("identifier").asString(), "99999999-0000-0000-0000-000000000000"));
        ((ObjectNode) items.get(3)).remove("fullStatement");
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CasePackageReader.read(pkg.toString()));
        assertThat(e.faults()).hasSize(3);
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.fault()).startsWith("precedes forms a cycle"));
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.fault()).contains("neither a CFItem of this package nor its CFDocument"));
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.where()).isEqualTo("/CFItems/3/fullStatement"));
    }

    @Test
    void aPackageWithoutADocumentIsRefused() {
        assertThatThrownBy(() -> CasePackageReader.read("{\"CFItems\": []}")).isInstanceOf(InvalidImportException.class);
        assertThatThrownBy(() -> CasePackageReader.read("[1, 2]")).isInstanceOf(InvalidImportException.class);
    }

    @Test
    void valuesOfOurOwnExtensionTheGraphCannotHoldAreFaultsNamingTheItem() {
        ObjectNode pkg = (ObjectNode) JSON.readTree(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        ((ObjectNode) items.get(0)).put("humanCodingScheme", "SL.1");
        ((ObjectNode) items.get(0)).putObject("extensions").putObject("michishirube").put("effortHours", -3);
        ((ObjectNode) items.get(1)).putObject("extensions").putObject("michishirube").put("effortHours", "many");
        ((ObjectNode) items.get(2)).putObject("extensions").putObject("michishirube").put("effortHours", 2.5);
        ((ObjectNode) items.get(3)).putObject("extensions").putObject("michishirube").putObject("tags").put("x", 1);
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CasePackageReader.read(pkg.toString()));
        assertThat(e.faults()).hasSize(4);
        assertThat(e.faults().get(0).where()).isEqualTo("/CFItems/0/extensions/michishirube/effortHours");
        assertThat(e.faults().get(0).fault()).startsWith("CFItem SL.1 (").contains("whole number of hours", "-3");
        assertThat(e.faults().get(1).fault()).startsWith("CFItem 「" + items.get(1).get("fullStatement").asString() + "」").contains("\"many\"");
        assertThat(e.faults().get(2).fault()).contains("2.5");
        assertThat(e.faults().get(3).fault()).contains("tags");
    }

    @Test
    void cyclesAndSelfLinksNameTheItemsByCodeOrStatement() {
        ObjectNode pkg = (ObjectNode) JSON.readTree(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        ((ObjectNode) items.get(0)).put("humanCodingScheme", "SL.1");
        String a = items.get(0).get("identifier").asString();
        String b = items.get(1).get("identifier").asString();
        ArrayNode assocs = (ArrayNode) pkg.get("CFAssociations");
        assocs.add(association("precedes", a, b));
        assocs.add(association("precedes", b, a));
        assocs.add(association("precedes", b, b));
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CasePackageReader.read(pkg.toString()));
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.fault()).contains("precedes forms a cycle").contains("SL.1", "「" + items.get(1).get("fullStatement").asString() + "」"));
        assertThat(e.faults()).anySatisfy(f -> assertThat(f.fault()).contains("precedes itself").contains("「" + items.get(1).get("fullStatement").asString() + "」", b));
    }

    @Test
    void anEmptyPackageReadsAndTheMappingRefusesIt() {
        ImportedFramework f = CasePackageReader.read("""
                {"CFDocument":{"identifier":"d0000000-0000-4000-8000-000000000000","uri":"https://x.example/d","creator":"x","title":"Empty",
                 "lastChangeDateTime":"2026-01-01T00:00:00+00:00"},"CFItems":[],"CFAssociations":[]}""");
        assertThat(f.items()).isEmpty();
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> ImportMapping.map(f, new ImportMapping.Placement(
                CaseRoundTripTests.VERSION, java.util.Optional.empty(), java.util.Map.of(),
                new org.michishirube.core.model.Provenance("test", org.michishirube.core.model.Verification.SECONDARY), CaseRoundTripTests.AT)));
        assertThat(e.faults()).singleElement().satisfies(x -> assertThat(x.fault()).contains("no items"));
    }

    @Test
    void aPackageWithoutJapaneseLeavesTheJapaneseEmptyAndSaysSo() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        assertThat(f.items()).allSatisfy(i -> {
            assertThat(i.name().ja()).isEmpty();
            assertThat(i.name().missing()).containsExactly("ja");
        });
        assertThat(f.title()).isEqualTo(org.michishirube.core.model.LocalizedText.partial("", "SmartLevel Test"));
        assertThat(f.notes()).contains("the package has no Japanese text: the Japanese is left empty and marked missing, to be translated by a steward");
    }

    @Test
    void aJapanesePackageWithoutADeclaredLanguageIsTakenForJapanese() {
        ImportedFramework f = CasePackageReader.read("""
                {"CFDocument": {"identifier": "d0000000-0000-4000-8000-000000000000", "uri": "u", "creator": "c", "title": "医療情報",
                  "lastChangeDateTime": "2026-01-01T00:00:00Z"},
                 "CFItems": [{"identifier": "a0000000-0000-4000-8000-000000000000", "uri": "u", "fullStatement": "説明できる",
                  "lastChangeDateTime": "2026-01-01T00:00:00Z"}]}""");
        assertThat(f.items().get(0).name()).isEqualTo(org.michishirube.core.model.LocalizedText.partial("説明できる", ""));
        assertThat(f.notes()).noneMatch(n -> n.contains("no Japanese")).anyMatch(n -> n.contains("no English"));
        assertThat(JSON.readTree(f.packageFields()).get("language").asString()).isEqualTo("ja");
    }

    @Test
    void fieldsAreKeptInCaseTermsAndLinksByTheirKind() {
        ImportedFramework f = CasePackageReader.read(Fixtures.read("case/opensalt-what-standards-could-be.cfpackage.json"));
        ImportedFramework.Item first = f.items().get(0);
        JsonNode fields = JSON.readTree(first.fields());
        assertThat(fields.get("humanCodingScheme").asString()).isEqualTo("CCSS.Math.Content.6.RP.A");
        assertThat(fields.get("CFItemType").asString()).isEqualTo("Cluster");
        assertThat(fields.get("language").asString()).isEqualTo("en");
        assertThat(fields.get("educationLevel").toString()).isEqualTo("[\"06\"]");
        assertThat(fields.at("/extensions/michishirube/kind").asString()).isEqualTo("gio");
        assertThat(fields.has("identifier") || fields.has("uri") || fields.has("fullStatement") || fields.has("CFDocumentURI")).isFalse();
        JsonNode pkg = JSON.readTree(f.packageFields());
        assertThat(pkg.at("/CFDocument/adoptionStatus").asString()).isEqualTo("Draft");
        assertThat(pkg.at("/CFDocument/creator").asString()).isEqualTo("Brandon Dorman");
        assertThat(pkg.get("language").asString()).isEqualTo("en");
        assertThat(pkg.get("CFItems")).hasSize(16);
        assertThat(pkg.get("CFAssociations")).hasSize(39);
        assertThat(pkg.get("CFAssociations").valueStream().filter(a -> a.get("kept").asString().equals("always"))).hasSize(5);
        assertThat(pkg.at("/CFDefinitions/CFItemTypes")).hasSize(3);
        // An outside end keeps its link; an end inside keeps its identifier, and a title only when it is not the statement.
        JsonNode exemplar = pkg.get("CFAssociations").valueStream().filter(a -> a.at("/CFAssociation/associationType").asString().equals("exemplar"))
                .findFirst().orElseThrow().get("CFAssociation");
        assertThat(exemplar.at("/destinationNodeURI/uri").asString()).startsWith("http://opensalt-staging.opened.com/uri/https://");
        assertThat(exemplar.at("/originNodeURI/title").asString()).isEqualTo("Origin");
        assertThat(exemplar.at("/originNodeURI/uri").isMissingNode()).isTrue();
    }

    @Test
    void lineageFollowsTheCaseDirection() {
        ObjectNode pkg = (ObjectNode) JSON.readTree(Fixtures.read("case/opensalt-test-smartlevel.cfpackage.json"));
        String a = pkg.at("/CFItems/0/identifier").asString();
        String b = pkg.at("/CFItems/1/identifier").asString();
        String earlier = "e0000000-0000-4000-8000-000000000001";
        String later = "e0000000-0000-4000-8000-000000000002";
        ArrayNode assocs = (ArrayNode) pkg.get("CFAssociations");
        assocs.add(association("replacedBy", earlier, a));    // an earlier item is replaced by A: A continues it
        assocs.add(association("exactMatchOf", b, earlier));  // B is the same as an earlier item
        assocs.add(association("replacedBy", b, later));      // B is replaced by a later item: not this version's lineage
        ImportedFramework f = CasePackageReader.read(pkg.toString());
        assertThat(f.successions()).containsExactly(new ImportedFramework.Succession(earlier, a, false), new ImportedFramework.Succession(earlier, b, true));
        assertThat(f.exactMatches().get(b)).extracting(CaseMarks.ExternalLink::identifier).containsExactly(earlier);
        assertThat(f.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("replaced by an item outside this package", "kept"));
    }

    @Test
    void noInputMakesTheReaderFailOtherwiseThanWithAnInvalidImport() {
        java.util.List<String> seeds = new java.util.ArrayList<>();
        for (String name : java.util.List.of("opensalt-test-smartlevel", "opensalt-what-standards-could-be", "sbac-g3-math-item-spec")) {
            seeds.add(Fixtures.read("case/" + name + ".cfpackage.json"));
        }
        for (long g = 0; g < 20; g++) {
            seeds.add(new CaseRoundTripTests.Gen(g).cfPackage().toString());
        }
        java.util.Random r = new java.util.Random(42);
        int read = 0;
        for (int run = 0; run < Integer.getInteger("case.fuzz", 1500); run++) {
            JsonNode pkg = JSON.readTree(seeds.get(r.nextInt(seeds.size())));
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                mutate(pkg, r);
            }
            String as = "run " + run + ": " + pkg;
            try {
                ImportedFramework f = CasePackageReader.read(pkg.toString());
                read++;
                ImportMapping.Mapped m;
                try {
                    m = ImportMapping.map(f, new ImportMapping.Placement(CaseRoundTripTests.VERSION, java.util.Optional.empty(), java.util.Map.of(),
                            new org.michishirube.core.model.Provenance("test", org.michishirube.core.model.Verification.SECONDARY), CaseRoundTripTests.AT));
                } catch (InvalidImportException e) {
                    continue;
                }
                ObjectNode export = new CaseExport(CaseRoundTripTests.catalog(m.tree(), m.marks())).cfPackage(CaseRoundTripTests.VERSION).orElseThrow();
                assertThat(org.michishirube.testing.CaseSchema.errors(export)).as(as).isEmpty();
            } catch (InvalidImportException e) {
                assertThat(e.faults()).as(as).isNotEmpty().allSatisfy(x -> assertThat(x.where()).isNotBlank());
            } catch (RuntimeException e) {
                throw new AssertionError(as, e);
            }
        }
        assertThat(read).as("some mutated packages are still read").isGreaterThan(100);
    }

    /** Replaces, removes or adds one value somewhere in the package, with one of the shapes real input has. */
    private static void mutate(JsonNode root, java.util.Random r) {
        java.util.List<JsonNode> containers = new java.util.ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        JsonNode value = switch (r.nextInt(12)) {
            case 0 -> JSON.getNodeFactory().nullNode();
            case 1 -> JSON.getNodeFactory().numberNode(-1);
            case 2 -> JSON.getNodeFactory().numberNode(2.5);
            case 3 -> JSON.getNodeFactory().numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 4 -> JSON.getNodeFactory().stringNode("");
            case 5 -> JSON.getNodeFactory().stringNode("  ");
            case 6 -> JSON.getNodeFactory().stringNode("local:" + r.nextInt(3));
            case 7 -> JSON.getNodeFactory().objectNode();
            case 8 -> JSON.getNodeFactory().arrayNode().add(1).add("x");
            case 9 -> JSON.getNodeFactory().booleanNode(true);
            case 10 -> JSON.getNodeFactory().stringNode("2024-13-45T00:00");
            default -> JSON.getNodeFactory().objectNode().put("identifier", "x").put("effortHours", -5);
        };
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            java.util.List<String> names = new java.util.ArrayList<>(o.propertyNames());
            String name = r.nextInt(5) == 0 ? pick(r, "michishirube", "extensions", "effortHours", "sequenceNumber", "language", "tags", "kind")
                    : names.get(r.nextInt(names.size()));
            if (r.nextInt(4) == 0) {
                o.remove(name);
            } else {
                o.set(name, value);
            }
        } else if (target instanceof ArrayNode a) {
            if (!a.isEmpty() && r.nextBoolean()) {
                a.set(r.nextInt(a.size()), value);
            } else {
                a.add(value);
            }
        }
    }

    private static String pick(java.util.Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static void collect(JsonNode node, java.util.List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            node.forEach(n -> collect(n, out));
        }
    }

    static ObjectNode association(String type, String from, String to) {
        ObjectNode a = JSON.createObjectNode();
        a.put("identifier", java.util.UUID.randomUUID().toString());
        a.put("associationType", type);
        a.put("uri", "urn:x");
        a.putObject("originNodeURI").put("identifier", from).put("uri", "urn:" + from).put("title", "o");
        a.putObject("destinationNodeURI").put("identifier", to).put("uri", "urn:" + to).put("title", "d");
        a.put("lastChangeDateTime", "2020-01-01T00:00:00Z");
        return a;
    }

    @Test
    void aDocumentNestedTooDeeplyIsRefusedInWordsNotParserInternals() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        for (java.util.function.Supplier<?> read : List.<java.util.function.Supplier<?>>of(() -> CasePackageReader.read(deep),
                () -> CtdlFrameworkReader.read(deep))) {
            InvalidImportException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidImportException.class, read::get);
            assertThat(e.faults().get(0).fault()).isEqualTo("malformed JSON: nested more than 500 levels deep");
        }
    }
}
