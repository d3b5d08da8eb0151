package org.michishirube.interop.casepackage;

import org.michishirube.interop.InvalidImportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.michishirube.testing.CaseSchema;
import org.michishirube.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every real package in {@code shared/fixtures/case} comes back from import and export with every CASE 1.1 field it had,
 * every association (also those to {@code local:} placeholders and other outside nodes, and those Michishirube has no
 * counterpart of), its CFDefinitions, and its identifiers; what changes is only what CASE 1.1 asks to change: the
 * {@code uri}s are this provider's, CASE 1.0 keys are gone ({@code educationalLevel} becomes {@code educationLevel}),
 * and definitions get the fields 1.1 requires. Exporting the export again gives the same package.
 */
class CaseRoundTripRealPackagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> LEGACY = Set.of("CFDocumentURI", "CFPackageURI", "CFItemAssociationURI", "educationalLevel");
    /** What may differ: the provider's own (uri, lastChangeDateTime), extensions, and what the graph holds as texts. */
    private static final Set<String> NOT_COMPARED = Set.of("identifier", "uri", "lastChangeDateTime", "extensions", "caseVersion");

    static List<Path> packages() {
        try (Stream<Path> files = Files.list(Fixtures.dir().resolve("case"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".cfpackage.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the properties the official schema gives one of its $defs, e.g. CFPckgItem} */
    private static Set<String> schemaFields(String definition) {
        JsonNode schema = JSON.readTree(Fixtures.read("case/case-v1p1-cfpackage.schema.json"));
        return Set.copyOf(schema.at("/$defs/" + definition + "/properties").propertyNames());
    }

    @Test
    void everyRealPackageComesBackWithEveryCase11FieldAndEveryAssociation() {
        assertThat(packages()).hasSizeGreaterThanOrEqualTo(4);
        Set<String> itemFields = schemaFields("CFPckgItem");
        Set<String> documentFields = schemaFields("CFPckgDocument");
        for (Path file : packages()) {
            String name = file.getFileName().toString();
            JsonNode input = JSON.readTree(read(file));
            ObjectNode export = CaseRoundTripTests.imported(read(file)).export();
            assertThat(CaseSchema.errors(export)).as(name).isEmpty();
            assertThat(CaseRoundTripTests.identifiers(export)).as(name).allMatch(id -> CaseRoundTripTests.UUID_FORM.matcher(id).matches());
            assertThat(export.toString()).as(name).doesNotContain(LEGACY.stream().filter(k -> !k.equals("educationalLevel")).map(k -> "\"" + k + "\"")
                    .toArray(String[]::new)).doesNotContain("\"educationalLevel\"");

            // The document: every 1.1 field it had.
            JsonNode doc = export.get("CFDocument");
            assertThat(doc.get("identifier").asString()).as(name).isEqualTo(input.at("/CFDocument/identifier").asString());
            compare(name + " CFDocument", input.get("CFDocument"), doc, documentFields);

            // The items: all of them, in the package's order, each with every 1.1 field it had.
            List<String> inputItems = new ArrayList<>();
            input.get("CFItems").forEach(i -> inputItems.add(i.get("identifier").asString()));
            List<String> exportItems = new ArrayList<>();
            export.get("CFItems").forEach(i -> exportItems.add(i.get("identifier").asString()));
            assertThat(exportItems).as(name).isEqualTo(inputItems);
            for (int i = 0; i < inputItems.size(); i++) {
                JsonNode in = input.get("CFItems").get(i);
                JsonNode out = export.get("CFItems").get(i);
                compare(name + " CFItem " + inputItems.get(i), in, out, itemFields);
                if (in.path("educationalLevel").isString()) {
                    assertThat(out.get("educationLevel").get(0).asString()).isEqualTo(in.get("educationalLevel").asString());
                }
            }

            // The associations: every one, with its identifier, type, ends and sequenceNumber, in the package's order.
            assertThat(export.get("CFAssociations").size()).as(name).isEqualTo(input.get("CFAssociations").size());
            for (int i = 0; i < input.get("CFAssociations").size(); i++) {
                JsonNode in = input.get("CFAssociations").get(i);
                JsonNode out = export.get("CFAssociations").get(i);
                String as = name + " CFAssociation " + in.get("identifier").asString();
                assertThat(out.get("identifier").asString()).as(as).isEqualTo(in.get("identifier").asString());
                assertThat(out.get("associationType").asString()).as(as).isEqualTo(in.get("associationType").asString());
                assertThat(out.at("/originNodeURI/identifier").asString()).as(as).isEqualTo(end(in.get("originNodeURI")));
                assertThat(out.at("/destinationNodeURI/identifier").asString()).as(as).isEqualTo(end(in.get("destinationNodeURI")));
                // OpenSALT writes some sequenceNumbers as text; CASE 1.1 has them as integers.
                JsonNode sequence = in.path("sequenceNumber");
                assertThat(out.path("sequenceNumber")).as(as).isEqualTo(sequence.isString() ? JSON.getNodeFactory().numberNode(Integer.parseInt(sequence.asString())) : sequence);
            }

            // The definitions: every one, by identifier and title.
            input.path("CFDefinitions").properties().forEach(e -> e.getValue().forEach(d -> {
                JsonNode kept = export.at("/CFDefinitions/" + e.getKey()).valueStream()
                        .filter(x -> x.get("identifier").asString().equals(d.get("identifier").asString())).findFirst().orElseThrow();
                assertThat(kept.get("title")).as(name + " " + e.getKey()).isEqualTo(d.get("title"));
            }));
        }
    }

    @Test
    void linksToLocalPlaceholdersAndOtherOutsideNodesAreKeptAndWrittenBack() {
        ObjectNode sbac = CaseRoundTripTests.imported(Fixtures.read("case/sbac-g3-math-item-spec.cfpackage.json")).export();
        List<JsonNode> local = new ArrayList<>();
        sbac.get("CFAssociations").forEach(a -> {
            if (a.at("/destinationNodeURI/uri").asString().startsWith("local:")) {
                local.add(a);
            }
        });
        // 10 isRelatedTo and 3 exactMatchOf lead to local: placeholders; all are there, with the placeholder as it was.
        assertThat(local).hasSize(13);
        assertThat(local).allSatisfy(a -> assertThat(a.at("/destinationNodeURI/title").asString()).isEqualTo("Destination Node"));
        ObjectNode standards = CaseRoundTripTests.imported(Fixtures.read("case/opensalt-what-standards-could-be.cfpackage.json")).export();
        assertThat(standards.get("CFAssociations").valueStream().filter(a -> a.get("associationType").asString().equals("exemplar"))).hasSize(2)
                .allSatisfy(a -> assertThat(a.at("/destinationNodeURI/uri").asString()).contains("https://www."));
    }

    @Test
    void exportingAnExportAgainGivesTheSamePackage() {
        for (Path file : packages()) {
            ObjectNode first = CaseRoundTripTests.imported(read(file)).export();
            ObjectNode again = CaseRoundTripTests.imported(first.toString()).export();
            // The format the first import read (CASE 1.0 for OpenSALT's exports) is the only thing that differs: the export is 1.1.
            ((ObjectNode) first.at("/CFDocument/extensions/michishirube")).remove(CaseExport.SOURCE_FORMAT);
            ((ObjectNode) again.at("/CFDocument/extensions/michishirube")).remove(CaseExport.SOURCE_FORMAT);
            assertThat(CaseRoundTripTests.differences(first, again)).as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void filesThatAreNoPackageAreRefused() {
        for (String schema : List.of("case/case-v1p0-cfpackage.schema.opensalt.json", "case/case-v1p1-cfpackage.schema.json")) {
            // Read outside the lambda: a missing fixtures folder must skip the test, not be caught as the wrong exception.
            String text = Fixtures.read(schema);
            InvalidImportException e = catchThrowableOfType(InvalidImportException.class, () -> CasePackageReader.read(text));
            assertThat(e).as(schema).isNotNull();
            assertThat(e.faults()).as(schema).singleElement().satisfies(x -> assertThat(x.fault()).contains("a CFPackage needs a CFDocument"));
        }
    }

    /** Every field of the schema's object that the input has, but for the provider's own, is in the export as it was. */
    private static void compare(String as, JsonNode in, JsonNode out, Set<String> fields) {
        for (String f : fields) {
            JsonNode v = in.path(f);
            if (NOT_COMPARED.contains(f) || v.isMissingNode() || v.isNull()) {
                continue;
            }
            JsonNode expected = v.isString() && Set.of("fullStatement", "title", "notes").contains(f) ? JSON.getNodeFactory().stringNode(v.asString().strip()) : v;
            assertThat(out.get(f)).as(as + " " + f).isEqualTo(expected);
        }
    }

    /** An end's identifier as the reader takes it: the identifier, else the UUID that ends its URI. */
    private static String end(JsonNode link) {
        if (link.path("identifier").isString()) {
            return link.get("identifier").asString();
        }
        String uri = link.isString() ? link.asString() : link.path("uri").asString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
