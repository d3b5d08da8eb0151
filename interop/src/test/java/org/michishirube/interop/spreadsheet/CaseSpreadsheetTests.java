package org.michishirube.interop.spreadsheet;

import org.michishirube.interop.CaseIds;
import org.michishirube.interop.ImportFault;
import org.michishirube.interop.ImportMapping;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.casepackage.CasePackageReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.michishirube.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading OpenSALT's CASE spreadsheet: its own sample and template, our extension columns, and every fault, each named by
 * its sheet, row (as Excel numbers it) and column.
 */
class CaseSpreadsheetTests {

    // ---------------------------------------------------------------- OpenSALT's files

    @Test
    void openSaltsSampleImportsWithItsTreeTextsAndLinks() throws IOException {
        ObjectNode p = CaseSpreadsheet.readXlsx(Files.readAllBytes(Fixtures.file("case-spreadsheet/spreadsheet_import_sample.xlsx")));
        JsonNode doc = p.get("CFDocument");
        assertThat(doc.get("identifier").asString()).isEqualTo("93a2d99e-2988-11e9-8a65-bf64185a38dc");
        assertThat(doc.get("title").asString()).isEqualTo("SampleFramework");
        assertThat(doc.get("creator").asString()).isEqualTo("ImportSpreadsheet");
        assertThat(doc.get("subject").get(0).asString()).isEqualTo("School");
        // OpenSALT writes dates as "2019-02-05 20:56:58"; CASE wants ISO 8601.
        assertThat(doc.get("lastChangeDateTime").asString()).isEqualTo("2019-02-05T20:56:58+00:00");
        assertThat(doc.get("statusStartDate").asString()).isEqualTo("2019-02-05");

        assertThat(p.get("CFItems")).hasSize(4);
        JsonNode s21 = item(p, "S.2.1");
        assertThat(s21.get("fullStatement").asString()).isEqualTo("Statement 4");
        assertThat(s21.get("identifier").asString()).isEqualTo("93a3ccbe-2988-11e9-9e42-cd0bdac30e98");
        assertThat(s21.get("CFItemType").asString()).isEqualTo("Child Statement");
        assertThat(item(p, "S").get("educationLevel").toString()).isEqualTo("[\"3\"]"); // a number cell in Excel
        assertThat(item(p, "S.1").get("educationLevel").toString()).isEqualTo("[\"4\",\"5\"]");
        assertThat(item(p, "S.1").get("CFItemType").asString()).isEqualTo("Major Strand");

        // smartLevel 1, 1.1, 1.2, 1.2.1: S at the top, S.1 and S.2 below it in row order, S.2.1 below S.2.
        assertThat(parent(p, "S")).isEqualTo("93a2d99e-2988-11e9-8a65-bf64185a38dc");
        assertThat(parent(p, "S.1")).isEqualTo(id(p, "S"));
        assertThat(parent(p, "S.2")).isEqualTo(id(p, "S"));
        assertThat(parent(p, "S.2.1")).isEqualTo(id(p, "S.2"));
        assertThat(childOf(p, "S.2").get("sequenceNumber").asInt()).isEqualTo(2);
        // The Is Child Of rows agree with the levels and lend their identifiers.
        assertThat(childOf(p, "S.1").get("identifier").asString()).isEqualTo("93a49478-2988-11e9-b4e9-477f7e3210b8");

        // OpenSALT's worded types ("Exact Match Of") become CASE's; ends outside the sheet keep their identifier.
        JsonNode match = association(p, "b0b46020-2988-11e9-be1a-7f1a067737d4");
        assertThat(match.get("associationType").asString()).isEqualTo("exactMatchOf");
        assertThat(match.get("destinationNodeURI").get("identifier").asString()).isEqualTo("9ce35718-abcf-11e8-82fc-3933f2f03ee8");
        assertThat(association(p, "b3bac9da-2988-11e9-89ec-a7ed6f798df9").get("associationType").asString()).isEqualTo("isPartOf");
        assertThat(association(p, "bc790afa-2988-11e9-a61c-69bffc17d8fd").get("originNodeURI").get("title").asString()).isEqualTo("Human.Coding");
        assertThat(p.get("CFAssociations")).hasSize(4 + 6);

        ImportedFramework f = CasePackageReader.read(p.toString());
        assertThat(f.items()).extracting(i -> i.code().orElse("")).containsExactly("S", "S.1", "S.2", "S.2.1");
        assertThat(f.items().get(3).parent()).contains("93a38c04-2988-11e9-965c-13cdc43414be");
        assertThat(f.title().en()).isEqualTo("SampleFramework");
        assertThat(Schemas.errors(p)).isEmpty();
    }

    @Test
    void readingIsPure() throws IOException {
        byte[] sample = Files.readAllBytes(Fixtures.file("case-spreadsheet/spreadsheet_import_sample.xlsx"));
        assertThat(CaseSpreadsheet.readXlsx(sample)).isEqualTo(CaseSpreadsheet.readXlsx(sample));
    }

    @Test
    void openSaltsEmptyTemplateIsRefusedAsHoldingNoItems() throws IOException {
        byte[] template = Files.readAllBytes(Fixtures.file("case-spreadsheet/spreadsheet_import_template.xlsx"));
        InvalidImportException e = refused(() -> CaseSpreadsheet.readXlsx(template));
        assertThat(e.faults().stream().map(ImportFault::text).toList()).contains(new ImportFault("CF Item",
                "the spreadsheet holds no items: fill the CF Item rows below the header, one row per item"));
        assertThat(e.faults().stream().map(ImportFault::text).toList()).anySatisfy(f -> assertThat(f.where()).isEqualTo("CF Doc row 2, column title"));
    }

    // ---------------------------------------------------------------- our columns

    @Test
    void ourColumnsGoWhereCaseExportPutsThemAndTheImporterReadsThem() {
        Book book = Book.valid();
        book.item(cells("fullStatement", "データ解析", "fullStatement_en", "Data analysis", "humanCodingScheme", "hit.it.analysis",
                "smartLevel", "2", "notes", "新設", "notes_en", "Added in FY2020", "effortHours", "12", "source", "https://example.org/s",
                "verification", "Verified", "kind", "gio", "tags", "ai; data；statistics"));
        ObjectNode p = CaseSpreadsheet.readXlsx(book.bytes());
        JsonNode analysis = item(p, "hit.it.analysis");
        assertThat(analysis.at("/extensions/translations/en/fullStatement").asString()).isEqualTo("Data analysis");
        assertThat(analysis.at("/extensions/translations/en/notes").asString()).isEqualTo("Added in FY2020");
        JsonNode ours = analysis.at("/extensions/michishirube");
        assertThat(ours.get("effortHours").isInt()).isTrue();
        assertThat(ours.get("effortHours").asInt()).isEqualTo(12);
        assertThat(ours.get("verification").asString()).isEqualTo("verified");
        assertThat(ours.get("source").asString()).isEqualTo("https://example.org/s");
        assertThat(ours.get("tags").toString()).isEqualTo("[\"ai\",\"data\",\"statistics\"]");
        // hit.it.db.sql lists hit.it.db.rel as its prerequisite: the prerequisite precedes it.
        JsonNode precedes = single(p, "precedes");
        assertThat(precedes.at("/originNodeURI/identifier").asString()).isEqualTo(id(p, "hit.it.db.rel"));
        assertThat(precedes.at("/destinationNodeURI/identifier").asString()).isEqualTo(id(p, "hit.it.db.sql"));
        assertThat(precedes.get("identifier").asString()).isEqualTo(CaseIds.association("precedes", id(p, "hit.it.db.rel"), id(p, "hit.it.db.sql")));

        ImportedFramework f = CasePackageReader.read(p.toString());
        ImportedFramework.Item read = f.items().stream().filter(i -> i.code().equals(java.util.Optional.of("hit.it.analysis"))).findFirst().orElseThrow();
        assertThat(read.name().ja()).isEqualTo("データ解析");
        assertThat(read.name().en()).isEqualTo("Data analysis");
        assertThat(read.description().orElseThrow().en()).isEqualTo("Added in FY2020");
        assertThat(read.effortHours()).isEqualTo(OptionalInt.of(12));
        assertThat(read.tags()).containsExactlyInAnyOrder("ai", "data", "statistics");
        assertThat(f.precedes()).containsExactly(new ImportedFramework.Edge(id(p, "hit.it.db.rel"), id(p, "hit.it.db.sql")));
        assertThat(Schemas.errors(p)).isEmpty();
        // The row's source and verification become the target's, not the package's.
        var mapped = ImportMapping.map(f, new ImportMapping.Placement(org.michishirube.core.model.FrameworkVersionId.of("sheet@1"),
                java.util.Optional.empty(), java.util.Map.of(), new org.michishirube.core.model.Provenance("package", org.michishirube.core.model.Verification.INFERRED),
                java.time.Instant.parse("2026-12-01T00:00:00Z")));
        var target = mapped.tree().targets().stream().filter(t -> t.id().value().equals("sheet.hit.it.analysis")).findFirst().orElseThrow();
        assertThat(target.provenance()).isEqualTo(new org.michishirube.core.model.Provenance("https://example.org/s",
                org.michishirube.core.model.Verification.CORROBORATED));
        assertThat(mapped.tree().targets()).filteredOn(t -> !t.id().equals(target.id()))
                .allSatisfy(t -> assertThat(t.provenance().source()).isEqualTo("package"));
    }

    @Test
    void rowsWithoutIdentifiersGetTheSameNameBasedIdentifiersEveryTime() {
        ObjectNode once = CaseSpreadsheet.readXlsx(Book.valid().bytes());
        ObjectNode again = CaseSpreadsheet.readXlsx(Book.valid().bytes());
        assertThat(once).isEqualTo(again);
        List<String> ids = new ArrayList<>();
        once.get("CFItems").forEach(i -> ids.add(i.get("identifier").asString()));
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(5));
        assertThat(UUID.fromString(once.at("/CFDocument/identifier").asString()).version()).isEqualTo(5);
        // A changed statement is another item, hence another identifier; the others stay.
        Book changed = Book.valid();
        changed.set(ITEM, 3, "fullStatement", "関係データベース（改）");
        ObjectNode other = CaseSpreadsheet.readXlsx(changed.bytes());
        assertThat(id(other, "hit.it.db.rel")).isNotEqualTo(id(once, "hit.it.db.rel"));
        assertThat(id(other, "hit.it.db")).isEqualTo(id(once, "hit.it.db"));
    }

    @Test
    void withoutSmartLevelsIsChildOfRowsGiveTheTreeAndCodesNameTheEnds() {
        Book book = Book.valid();
        for (int row = 2; row <= 4; row++) {
            book.set(ITEM, row, "smartLevel", "");
        }
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db.rel", "associationType", "Is Child Of",
                "destinationNodeHumanCodingScheme", "hit.it.db"));
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db.sql", "associationType", "isChildOf",
                "destinationNodeHumanCodingScheme", "hit.it.db.rel"));
        ObjectNode p = CaseSpreadsheet.readXlsx(book.bytes());
        assertThat(parent(p, "hit.it.db")).isEqualTo(p.at("/CFDocument/identifier").asString());
        assertThat(parent(p, "hit.it.db.rel")).isEqualTo(id(p, "hit.it.db"));
        assertThat(parent(p, "hit.it.db.sql")).isEqualTo(id(p, "hit.it.db.rel"));
    }

    @Test
    void aSmartLevelOutranksAnIsChildOfRowThatDisagrees() {
        // A steward moved hit.it.db.sql by its level and left OpenSALT's old row: the level is where it is now.
        Book book = Book.valid();
        book.set(ITEM, 4, "smartLevel", "1.2");
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db.sql", "associationType", "isChildOf",
                "destinationNodeHumanCodingScheme", "hit.it.db.rel"));
        ObjectNode p = CaseSpreadsheet.readXlsx(book.bytes());
        assertThat(parent(p, "hit.it.db.sql")).isEqualTo(id(p, "hit.it.db"));
        assertThat(p.get("CFAssociations")).filteredOn(a -> a.get("associationType").asString().equals("isChildOf")).hasSize(3);
    }

    @Test
    void anUnknownItemTypeIsKeptAndDefined() {
        Book book = Book.valid();
        book.set(ITEM, 2, "CFItemType", "到達目標群");
        ObjectNode p = CaseSpreadsheet.readXlsx(book.bytes());
        assertThat(item(p, "hit.it.db").get("CFItemType").asString()).isEqualTo("到達目標群");
        assertThat(p.at("/CFDefinitions/CFItemTypes/0/title").asString()).isEqualTo("到達目標群");
        assertThat(item(p, "hit.it.db").at("/CFItemTypeURI/identifier").asString()).isEqualTo(CaseIds.itemType("到達目標群"));
    }

    @Test
    void excelNumbersAndDatesReadAsTheStewardSeesThem() {
        Book book = Book.valid();
        book.number(ITEM, 3, "smartLevel", 1.1);
        book.number(ITEM, 3, "effortHours", 12);
        book.date(ITEM, 3, "statusStartDate", LocalDate.of(2026, 4, 1));
        ObjectNode p = CaseSpreadsheet.readXlsx(book.bytes());
        JsonNode rel = item(p, "hit.it.db.rel");
        assertThat(parent(p, "hit.it.db.rel")).isEqualTo(id(p, "hit.it.db"));
        assertThat(rel.at("/extensions/michishirube/effortHours").asInt()).isEqualTo(12);
        assertThat(rel.get("statusStartDate").asString()).isEqualTo("2026-04-01");
    }

    @Test
    void aCsvReadsLikeTheWorkbookWithOrWithoutBom() {
        ObjectNode fromXlsx = CaseSpreadsheet.readXlsx(Book.valid().bytes());
        byte[] csv = CaseSpreadsheet.writeCsv(fromXlsx);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(CaseSpreadsheet.readCsv(csv)).isEqualTo(fromXlsx);
        assertThat(CaseSpreadsheet.readCsv(Arrays.copyOfRange(csv, 3, csv.length))).isEqualTo(fromXlsx);
        // A hand-made CSV: the document's title on the first row, items below, no identifiers, LF line ends.
        String hand = "fullStatement,humanCodingScheme,smartLevel,prerequisites,document.title,document.language\n"
                + "データベース技術,hit.it.db,1,,医療情報技師,ja\n"
                + "\"関係データベース, 基礎\",hit.it.db.rel,1.1,,,\n"
                + "SQL,hit.it.db.sql,1.2,hit.it.db.rel,,\n";
        ObjectNode p = CaseSpreadsheet.readCsv(hand.getBytes(StandardCharsets.UTF_8));
        assertThat(p.at("/CFDocument/title").asString()).isEqualTo("医療情報技師");
        assertThat(item(p, "hit.it.db.rel").get("fullStatement").asString()).isEqualTo("関係データベース, 基礎");
        assertThat(single(p, "precedes").at("/destinationNodeURI/identifier").asString()).isEqualTo(id(p, "hit.it.db.sql"));
    }

    // ---------------------------------------------------------------- faults, each with its place

    @Test
    void aMissingSheetIsNamed() {
        Book book = Book.valid();
        book.sheets.remove(ASSOCIATION);
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("workbook");
            assertThat(f.fault()).startsWith("has no sheet named CF Association").contains("this workbook has CF Doc, CF Item");
        });
    }

    @Test
    void missingColumnsAreNamed() {
        Book book = Book.valid();
        book.rename(ITEM, "fullStatement", "statement");
        book.rename(ASSOCIATION, "associationType", "type");
        book.rename(ASSOCIATION, "originNodeIdentifier", "origin");
        book.rename(ASSOCIATION, "originNodeHumanCodingScheme", "originCode");
        book.rename(ASSOCIATION, "originNodeURI", "originUri");
        book.association(Map.of("type", "precedes"));
        List<ImportFault> faults = refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList();
        assertThat(faults).anySatisfy(f -> {
            assertThat(f.where()).isEqualTo("CF Item row 1");
            assertThat(f.fault()).startsWith("lacks the column fullStatement");
        });
        assertThat(faults).anySatisfy(f -> {
            assertThat(f.where()).isEqualTo("CF Association row 1");
            assertThat(f.fault()).startsWith("lacks the columns associationType, originNodeIdentifier or originNodeHumanCodingScheme or originNodeURI");
        });
    }

    @Test
    void aSheetWithoutItemsIsRefused() {
        Book book = Book.valid();
        book.sheets.get(ITEM).subList(1, book.sheets.get(ITEM).size()).clear();
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).singleElement()
                .satisfies(f -> assertThat(f).isEqualTo(new ImportFault("CF Item",
                        "the spreadsheet holds no items: fill the CF Item rows below the header, one row per item")));
    }

    @Test
    void effortHoursMustBeWholeHoursOfZeroOrMore() {
        for (String bad : List.of("-3", "2.5", "abc", "99999999999")) {
            Book book = Book.valid();
            book.set(ITEM, 3, "effortHours", bad);
            assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactly(
                    new ImportFault("CF Item row 3, column effortHours", "must be a whole number of hours ≥ 0, was '" + bad + "'"));
        }
        Book fine = Book.valid();
        fine.set(ITEM, 3, "effortHours", "１２"); // full-width digits, as a Japanese IME types them
        assertThat(item(CaseSpreadsheet.readXlsx(fine.bytes()), "hit.it.db.rel").at("/extensions/michishirube/effortHours").asInt()).isEqualTo(12);
    }

    @Test
    void verificationAndKindMustBeOursValues() {
        Book book = Book.valid();
        book.set(ITEM, 2, "verification", "checked");
        book.set(ITEM, 4, "kind", "chapter");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactly(
                new ImportFault("CF Item row 2, column verification", "must be official, corroborated, secondary or inferred, was 'checked'"),
                new ImportFault("CF Item row 4, column kind", "must be domain, gio, sbo or topic, was 'chapter'"));
    }

    @Test
    void prerequisitesMustNameOneOtherRowWithoutCycles() {
        Book unknown = Book.valid();
        unknown.set(ITEM, 4, "prerequisites", "hit.it.db.rel; hit.it.db.nosql");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(unknown.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactly(
                new ImportFault("CF Item row 4, column prerequisites", "no row has the code 'hit.it.db.nosql'"));

        Book commas = Book.valid();
        commas.set(ITEM, 4, "prerequisites", "hit.it.db, hit.it.db.rel");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(commas.bytes())).faults().stream().map(ImportFault::text).toList()).singleElement()
                .satisfies(f -> assertThat(f.fault()).endsWith("(separate codes with ;)"));

        Book self = Book.valid();
        self.set(ITEM, 4, "prerequisites", "hit.it.db.sql");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(self.bytes())).faults().stream().map(ImportFault::text).toList()).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("CF Item row 4, column prerequisites");
            assertThat(f.fault()).contains("cannot be its own prerequisite");
        });

        Book twice = Book.valid();
        twice.set(ITEM, 2, "humanCodingScheme", "hit.it.db.rel");
        List<ImportFault> ambiguous = refused(() -> CaseSpreadsheet.readXlsx(twice.bytes())).faults().stream().map(ImportFault::text).toList();
        assertThat(ambiguous).containsExactly(new ImportFault("CF Item row 4, column prerequisites",
                "'hit.it.db.rel' is the code of rows 2, 3; a prerequisite must name one row"));

        Book cycle = Book.valid();
        cycle.set(ITEM, 3, "prerequisites", "hit.it.db.sql");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(cycle.bytes())).faults().stream().map(ImportFault::text).toList()).singleElement().satisfies(f -> {
            assertThat(f.where()).endsWith("column prerequisites");
            assertThat(f.fault()).startsWith("prerequisites go round in a circle").contains("hit.it.db.rel").contains("hit.it.db.sql");
        });
    }

    @Test
    void smartLevelsMustBeUniqueWellFormedAndHaveTheirParent() {
        Book book = Book.valid();
        book.set(ITEM, 3, "smartLevel", "1.2");
        book.set(ITEM, 4, "smartLevel", "1.2.1");
        book.item(Map.of("fullStatement", "正規化", "humanCodingScheme", "hit.it.db.norm", "smartLevel", "1.5.1"));
        book.item(Map.of("fullStatement", "トランザクション", "humanCodingScheme", "hit.it.db.tx", "smartLevel", "1..3"));
        book.item(Map.of("fullStatement", "障害回復", "humanCodingScheme", "hit.it.db.recovery", "smartLevel", "1.2"));
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactlyInAnyOrder(
                new ImportFault("CF Item row 6, column smartLevel", "must be a level like 1.2.3, was '1..3'"),
                new ImportFault("CF Item row 7, column smartLevel", "1.2 is also the level of row 3; levels must be unique"),
                new ImportFault("CF Item row 5, column smartLevel", "its parent level 1.5 is on no row; add the row 1.5 or change this level"));
    }

    @Test
    void identifiersMustBeUnique() {
        Book book = Book.valid();
        String id = "0f8e3c5a-1111-4222-8333-944455556666";
        book.set(ITEM, 2, "identifier", id);
        book.set(ITEM, 4, "identifier", id.toUpperCase(java.util.Locale.ROOT));
        book.set(DOC, 2, "identifier", "0f8e3c5a-1111-4222-8333-000000000000");
        book.set(ITEM, 3, "identifier", "0f8e3c5a-1111-4222-8333-000000000000");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactly(
                new ImportFault("CF Item row 3, column identifier",
                        "'0f8e3c5a-1111-4222-8333-000000000000' is the document's identifier; an item needs its own"),
                new ImportFault("CF Item row 4, column identifier", "'" + id + "' is also the identifier of row 2;"
                        + " identifiers must be unique (leave it empty for a new item)"));
    }

    @Test
    void associationEndsMustBeInTheSheetOrAUuidOrUri() {
        Book book = Book.valid();
        book.association(Map.of("originNodeIdentifier", "hit.it.db.nosql", "associationType", "isRelatedTo",
                "destinationNodeHumanCodingScheme", "hit.it.db"));
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db", "associationType", "exactMatchOf",
                "destinationNodeHumanCodingScheme", "hit.old.db"));
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db", "associationType", "Is Friend Of",
                "destinationNodeIdentifier", "0f8e3c5a-1111-4222-8333-944455556666"));
        book.association(Map.of("originNodeIdentifier", "0f8e3c5a-1111-4222-8333-944455556666", "associationType", "isChildOf",
                "destinationNodeHumanCodingScheme", "hit.it.db"));
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db", "associationType", "precedes"));
        // Ends outside the sheet by UUID or URI are fine, and kept as they are.
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db", "associationType", "exactMatchOf",
                "destinationNodeIdentifier", "0F8E3C5A-1111-4222-8333-944455556666", "destinationNodeTitle", "旧版のデータベース"));
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db", "associationType", "ext:isTaughtWith",
                "destinationNodeURI", "https://example.org/textbook#ch5"));
        List<ImportFault> faults = refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList();
        assertThat(faults).containsExactly(
                new ImportFault("CF Association row 2, column originNodeIdentifier",
                        "'hit.it.db.nosql' is neither the identifier of a row of this spreadsheet nor the UUID or URI of something outside it"),
                new ImportFault("CF Association row 3, column destinationNodeHumanCodingScheme",
                        "no row of this spreadsheet has the humanCodingScheme 'hit.old.db'; an end outside it needs its identifier or URI"),
                new ImportFault("CF Association row 4, column associationType", "'Is Friend Of' is not a CASE association type (isChildOf, isPeerOf, "
                        + "isPartOf, exactMatchOf, precedes, isRelatedTo, replacedBy, exemplar, hasSkillLevel, isTranslationOf, or ext:…)"),
                new ImportFault("CF Association row 5, column originNodeIdentifier", "an isChildOf row must start at an item of this spreadsheet; "
                        + "'0f8e3c5a-1111-4222-8333-944455556666' is none (if its item row was deleted, delete this row too)"),
                new ImportFault("CF Association row 6, column destinationNodeIdentifier",
                        "is empty: the row names no destination (give its identifier, or the humanCodingScheme of a row of this spreadsheet)"));

        book.sheets.get(ASSOCIATION).subList(1, 6).clear();
        ObjectNode p = CaseSpreadsheet.readXlsx(book.bytes());
        JsonNode match = single(p, "exactMatchOf");
        assertThat(match.get("destinationNodeURI").toString()).isEqualTo("{\"title\":\"旧版のデータベース\","
                + "\"identifier\":\"0f8e3c5a-1111-4222-8333-944455556666\",\"uri\":\"urn:uuid:0f8e3c5a-1111-4222-8333-944455556666\"}");
        assertThat(single(p, "ext:isTaughtWith").at("/destinationNodeURI/uri").asString()).isEqualTo("https://example.org/textbook#ch5");
    }

    @Test
    void associationIdentifiersMustBeUnique() {
        Book book = Book.valid();
        String id = "0f8e3c5a-1111-4222-8333-944455556666";
        book.association(Map.of("identifier", id, "originNodeHumanCodingScheme", "hit.it.db", "associationType", "isRelatedTo",
                "destinationNodeHumanCodingScheme", "hit.it.db.sql"));
        book.association(Map.of("identifier", id, "originNodeHumanCodingScheme", "hit.it.db.rel", "associationType", "isRelatedTo",
                "destinationNodeHumanCodingScheme", "hit.it.db.sql"));
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactly(new ImportFault(
                "CF Association row 3, column identifier", "'" + id + "' is also the identifier of row 2; identifiers must be unique"
                + " (leave it empty for a new association)"));
    }

    @Test
    void theDocumentRowIsCheckedToo() {
        Book book = Book.valid();
        book.set(DOC, 2, "title", "");
        book.set(DOC, 2, "lastChangeDate", "昨日");
        book.set(DOC, 2, "statusStartDate", "2026-13-01");
        book.set(DOC, 3, "title", "二つ目");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactly(
                new ImportFault("CF Doc row 3", "holds a second document; a spreadsheet holds one framework, whose document is row 2"),
                new ImportFault("CF Doc row 2, column title", "is empty: the framework needs a title"),
                new ImportFault("CF Doc row 2, column lastChangeDate", "must be a date and time like 2026-04-01 09:30:00, was '昨日'"),
                new ImportFault("CF Doc row 2, column statusStartDate", "must be a date like 2026-04-01, was '2026-13-01'"));
    }

    @Test
    void cellsOfOtherKindsAreChecked() {
        Book book = Book.valid();
        book.set(ITEM, 3, "fullStatement", "");
        book.set(ITEM, 4, "extensions", "{not json");
        book.association(Map.of("originNodeHumanCodingScheme", "hit.it.db", "associationType", "isRelatedTo",
                "destinationNodeHumanCodingScheme", "hit.it.db.sql", "sequenceNumber", "first"));
        book.sheets.get(ITEM).get(0).add("notes");
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(book.bytes())).faults().stream().map(ImportFault::text).toList()).containsExactly(
                new ImportFault("CF Item row 1, column " + Book.letters(book.sheets.get(ITEM).get(0).size() - 1),
                        "the column notes is there twice (columns H and " + Book.letters(book.sheets.get(ITEM).get(0).size() - 1) + "); keep one"),
                new ImportFault("CF Item row 3, column fullStatement", "is empty: every item needs its statement"),
                new ImportFault("CF Item row 4, column extensions", "must be a JSON object as the download wrote it, or empty; was '{not json'"),
                new ImportFault("CF Association row 2, column sequenceNumber", "must be a whole number, was 'first'"));
    }

    @Test
    void everyFaultIsListedAtOnce() {
        Book book = Book.valid();
        book.set(ITEM, 2, "effortHours", "-1");
        book.set(ITEM, 3, "verification", "maybe");
        book.set(ITEM, 4, "prerequisites", "nothing");
        book.set(ITEM, 4, "smartLevel", "9.9");
        book.association(Map.of("originNodeIdentifier", "nowhere", "associationType", "precedes", "destinationNodeHumanCodingScheme", "hit.it.db"));
        InvalidImportException e = refused(() -> CaseSpreadsheet.readXlsx(book.bytes()));
        assertThat(e.faults().stream().map(ImportFault::text).toList()).extracting(ImportFault::where).containsExactlyInAnyOrder("CF Item row 2, column effortHours",
                "CF Item row 3, column verification", "CF Item row 4, column smartLevel", "CF Item row 4, column prerequisites",
                "CF Association row 2, column originNodeIdentifier");
        assertThat(e.getMessage()).isEqualTo("5 fault(s) in the spreadsheet; nothing was imported.");
    }

    @Test
    void whatIsNotAWorkbookIsOneFault() throws IOException {
        byte[] good = Book.valid().bytes();
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("empty", new byte[0]);
        bad.put("a CSV", "identifier,fullStatement\n".getBytes(StandardCharsets.UTF_8));
        bad.put("an .xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        bad.put("a broken zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        bad.put("a cut workbook", Arrays.copyOf(good, good.length / 2));
        bad.put("a zip without a workbook", zip());
        for (Map.Entry<String, byte[]> b : bad.entrySet()) {
            assertThat(refused(() -> CaseSpreadsheet.readXlsx(b.getValue())).faults().stream().map(ImportFault::text).toList()).as(b.getKey()).singleElement().satisfies(f -> {
                assertThat(f.where()).isEqualTo("workbook");
                assertThat(f.fault()).startsWith("not an XLSX workbook: ");
            });
        }
        assertThat(refused(() -> CaseSpreadsheet.readXlsx(null)).faults().stream().map(ImportFault::text).toList()).singleElement()
                .isEqualTo(new ImportFault("workbook", "not an XLSX workbook: the file is empty"));
    }

    @Test
    void damagedInputNeverThrowsAnythingElse() {
        byte[] good = Book.valid().bytes();
        byte[] csv = CaseSpreadsheet.writeCsv(CaseSpreadsheet.readXlsx(good));
        // A new seed each run, printed on failure; -Dseed=… repeats one.
        long seed = Long.getLong("seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int run = 0; run < 150; run++) {
            byte[] x = good.clone();
            byte[] c = csv.clone();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                x[random.nextInt(x.length)] = (byte) random.nextInt(256);
                c[random.nextInt(c.length)] = (byte) "\",;\n\r\u00ff=aあ".charAt(random.nextInt(9));
            }
            for (byte[] input : List.of(x, c)) {
                try {
                    if (input == x) {
                        CaseSpreadsheet.readXlsx(input);
                    } else {
                        CaseSpreadsheet.readCsv(input);
                    }
                } catch (InvalidImportException e) {
                    assertThat(e.faults().stream().map(ImportFault::text).toList()).as("-Dseed=%d", seed).isNotEmpty();
                } catch (RuntimeException | Error e) {
                    fail("-Dseed=" + seed + ", run " + run + ": " + e, e);
                }
            }
        }
    }

    @Test
    void randomCellsAreReadOrRefusedAndWhatIsReadComesBack() {
        // Cells a steward might type, anywhere: the sheet is read or refused with faults, never anything else; what is read
        // imports or is refused by CasePackageReader, and survives a download and upload unchanged.
        String[] values = {"", "-1", "0", "1", "1.1", "1.2", "1.1.1", "2", "1..2", "１", "x", "hit.it.db", "hit.it.db.rel; hit.it.db",
                "hit.it.db.sql", "{}", "{\"a\":[1]}", "[1]", "isChildOf", "Is Child Of", "precedes", "exactMatchOf", "ext:x",
                "0f8e3c5a-1111-4222-8333-944455556666", "https://example.org/x", "verified", "gio", "domain", "2026-04-01", "2026-02-30",
                "ja", "a|b", "a,b", "=1+1", "_x0041_", "line\nbreak"};
        long seed = Long.getLong("seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int run = 0; run < 120; run++) {
            Book book = Book.valid();
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                String sheet = List.of(DOC, ITEM, ITEM, ASSOCIATION).get(random.nextInt(4));
                List<String> header = book.sheets.get(sheet).get(0);
                int row = sheet.equals(DOC) ? 2 : 2 + random.nextInt(4);
                book.set(sheet, row, header.get(random.nextInt(header.size())), values[random.nextInt(values.length)]);
            }
            ObjectNode p;
            try {
                p = CaseSpreadsheet.readXlsx(book.bytes());
            } catch (InvalidImportException e) {
                assertThat(e.faults().stream().map(ImportFault::text).toList()).as("-Dseed=%d", seed).isNotEmpty().allSatisfy(f -> assertThat(f.where()).startsWith("CF "));
                continue;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("-Dseed=" + seed + ", run " + run + ": " + e, e);
            }
            try {
                CasePackageReader.read(p.toString());
            } catch (InvalidImportException e) {
                // The package reader may refuse what it cannot hold; it must not fail otherwise.
            } catch (RuntimeException e) {
                throw new AssertionError("-Dseed=" + seed + ", run " + run + ": " + e, e);
            }
            assertThat(CaseSpreadsheet.readXlsx(CaseSpreadsheet.writeXlsx(p))).as("-Dseed=%d, run %d", seed, run).isEqualTo(p);
            assertThat(CaseSpreadsheet.readCsv(CaseSpreadsheet.writeCsv(p))).as("-Dseed=%d, run %d", seed, run).isEqualTo(p);
        }
    }

    // ---------------------------------------------------------------- CSV faults

    @Test
    void aCsvThatIsNotUtf8IsRefusedAtItsFirstBadByte() {
        Charset sjis = Charset.forName("Shift_JIS");
        byte[] head = "fullStatement,document.title\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = "医療,題\n".getBytes(sjis);
        byte[] csv = new byte[head.length + body.length];
        System.arraycopy(head, 0, csv, 0, head.length);
        System.arraycopy(body, 0, csv, head.length, body.length);
        assertThat(refused(() -> CaseSpreadsheet.readCsv(csv)).faults().stream().map(ImportFault::text).toList()).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("CSV byte " + head.length + " (line 2)");
            assertThat(f.fault()).startsWith(String.format("is not UTF-8 (0x%02X", body[0] & 0xFF)).contains("CSV UTF-8");
        });
    }

    @Test
    void everyFaultCarriesAStableCodeAndTheValuesItNamesSoAClientCanSayItInItsLanguage() {
        String csv = "fullStatement,humanCodingScheme,smartLevel,effortHours,document.title\n"
                + "データベース技術,hit.it.db,1,,医療情報技師\n"
                + "関係データベース,hit.it.db.rel,1.1,-3,\n"
                + "SQL,hit.it.db.sql,1..1,,二つ目\n";
        List<ImportFault> faults = refused(() -> CaseSpreadsheet.readCsv(csv.getBytes(StandardCharsets.UTF_8))).faults();
        assertThat(faults).extracting(ImportFault::code, ImportFault::params).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("spreadsheet.holds-second-document-spreadsheet", List.of("2")),
                org.assertj.core.groups.Tuple.tuple("spreadsheet.whole-number-hours-0", List.of("-3")),
                org.assertj.core.groups.Tuple.tuple("spreadsheet.level-like-1-2", List.of("1..1")));
        // The English text is the code's template with the same values in place.
        assertThat(faults).allSatisfy(f -> assertThat(f.fault()).contains(f.params()));
        assertThat(ImportFault.of("here", "x.y", "'{0}' then {1}, '{0}' again", "a", 2))
                .isEqualTo(new ImportFault("here", "'a' then 2, 'a' again", "x.y", List.of("a", "2")));
    }

    @Test
    void csvFaultsNameTheRowAndColumnAsExcelShowsThem() {
        String csv = "fullStatement,humanCodingScheme,smartLevel,effortHours,document.title\n"
                + "データベース技術,hit.it.db,1,,医療情報技師\n"
                + "\n" // a blank row is still a row in Excel
                + "\"関係データベース\nの基礎\",hit.it.db.rel,1.1,-3,\n"
                + "SQL,hit.it.db.sql,1.1.1,,二つ目\n";
        assertThat(refused(() -> CaseSpreadsheet.readCsv(csv.getBytes(StandardCharsets.UTF_8))).faults().stream().map(ImportFault::text).toList()).containsExactly(
                new ImportFault("CSV row 5", "holds a second document; a spreadsheet holds one framework, whose document is row 2"),
                new ImportFault("CSV row 4, column effortHours", "must be a whole number of hours ≥ 0, was '-3'"));

        assertThat(refused(() -> CaseSpreadsheet.readCsv("fullStatement\nx\n".getBytes(StandardCharsets.UTF_8))).faults().stream().map(ImportFault::text).toList()).singleElement()
                .satisfies(f -> {
                    assertThat(f.where()).isEqualTo("CSV row 1");
                    assertThat(f.fault()).startsWith("lacks the column document.title");
                });
        assertThat(refused(() -> CaseSpreadsheet.readCsv("fullStatement,document.title\n\"x,t\n".getBytes(StandardCharsets.UTF_8))).faults().stream().map(ImportFault::text).toList())
                .singleElement().satisfies(f -> {
                    assertThat(f.where()).isEqualTo("CSV");
                    assertThat(f.fault()).startsWith("is not well-formed CSV (RFC 4180): ");
                });
        assertThat(refused(() -> CaseSpreadsheet.readCsv(new byte[0])).faults().stream().map(ImportFault::text).toList()).extracting(ImportFault::where).containsExactly("CSV row 1", "CSV row 1");
    }

    // ---------------------------------------------------------------- helpers

    static final String DOC = CaseSpreadsheet.DOC_SHEET;
    static final String ITEM = CaseSpreadsheet.ITEM_SHEET;
    static final String ASSOCIATION = CaseSpreadsheet.ASSOCIATION_SHEET;

    private static InvalidImportException refused(Supplier<ObjectNode> read) {
        InvalidImportException e = catchThrowableOfType(InvalidImportException.class, read::get);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    static JsonNode item(ObjectNode p, String code) {
        for (JsonNode i : p.get("CFItems")) {
            if (i.path("humanCodingScheme").asString("").equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no item " + code);
    }

    static String id(ObjectNode p, String code) {
        return item(p, code).get("identifier").asString();
    }

    private static JsonNode childOf(ObjectNode p, String code) {
        for (JsonNode a : p.get("CFAssociations")) {
            if (a.get("associationType").asString().equals("isChildOf") && a.at("/originNodeURI/identifier").asString().equals(id(p, code))) {
                return a;
            }
        }
        throw new AssertionError("no parent of " + code);
    }

    static String parent(ObjectNode p, String code) {
        return childOf(p, code).at("/destinationNodeURI/identifier").asString();
    }

    private static JsonNode association(ObjectNode p, String identifier) {
        for (JsonNode a : p.get("CFAssociations")) {
            if (a.get("identifier").asString().equals(identifier)) {
                return a;
            }
        }
        throw new AssertionError("no association " + identifier);
    }

    private static JsonNode single(ObjectNode p, String type) {
        List<JsonNode> found = new ArrayList<>();
        p.get("CFAssociations").forEach(a -> {
            if (a.get("associationType").asString().equals(type)) {
                found.add(a);
            }
        });
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> cells(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** A workbook to build in a test: sheets of text cells by header name, and a few typed cells. */
    static final class Book {
        final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        private final Map<String, Object> typed = new LinkedHashMap<>();

        /** A small valid framework: the database GIO of HIT with two descendants, the last needing the other. */
        static Book valid() {
            Book b = new Book();
            b.sheet(DOC, CaseSpreadsheet.DOC_COLUMNS);
            b.row(DOC, Map.of("creator", "一般社団法人日本医療情報学会", "title", "医療情報技師 GIO・SBOs", "language", "ja",
                    "lastChangeDate", "2026-04-01 09:30:00"));
            List<String> items = new ArrayList<>(CaseSpreadsheet.ITEM_COLUMNS);
            items.addAll(CaseSpreadsheet.ITEM_EXTENSION_COLUMNS);
            items.addAll(List.of("statusStartDate", "extensions"));
            b.sheet(ITEM, items);
            b.item(Map.of("fullStatement", "データベース技術", "humanCodingScheme", "hit.it.db", "smartLevel", "1", "CFItemType", "GIO"));
            b.item(Map.of("fullStatement", "関係データベース", "humanCodingScheme", "hit.it.db.rel", "smartLevel", "1.1", "CFItemType", "SBO"));
            b.item(Map.of("fullStatement", "関係データベースの操作 (関係代数・SQL)", "humanCodingScheme", "hit.it.db.sql", "smartLevel", "1.1.1",
                    "CFItemType", "Topic", "prerequisites", "hit.it.db.rel", "effortHours", "6"));
            b.sheet(ASSOCIATION, CaseSpreadsheet.ASSOCIATION_COLUMNS);
            List<String> header = b.sheets.get(ASSOCIATION).get(0);
            header.addAll(CaseSpreadsheet.ASSOCIATION_OPTIONAL_COLUMNS);
            return b;
        }

        void sheet(String name, List<String> header) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(new ArrayList<>(header));
            sheets.put(name, rows);
        }

        void row(String sheet, Map<String, String> values) {
            List<String> header = sheets.get(sheet).get(0);
            List<String> row = new ArrayList<>();
            header.forEach(h -> row.add(values.getOrDefault(h, "")));
            values.keySet().forEach(k -> {
                if (!header.contains(k)) {
                    throw new IllegalArgumentException(sheet + " has no column " + k);
                }
            });
            sheets.get(sheet).add(row);
        }

        void item(Map<String, String> values) {
            row(ITEM, values);
        }

        void association(Map<String, String> values) {
            row(ASSOCIATION, values);
        }

        /** Sets a cell by Excel's row number and the column's header. */
        void set(String sheet, int excelRow, String column, String value) {
            List<List<String>> rows = sheets.get(sheet);
            while (rows.size() < excelRow) {
                List<String> blank = new ArrayList<>();
                rows.get(0).forEach(h -> blank.add(""));
                rows.add(blank);
            }
            int c = rows.get(0).indexOf(column);
            if (c < 0) {
                throw new IllegalArgumentException(sheet + " has no column " + column);
            }
            rows.get(excelRow - 1).set(c, value);
        }

        void number(String sheet, int excelRow, String column, double value) {
            set(sheet, excelRow, column, "");
            typed.put(sheet + "\n" + excelRow + "\n" + column, value);
        }

        void date(String sheet, int excelRow, String column, LocalDate value) {
            set(sheet, excelRow, column, "");
            typed.put(sheet + "\n" + excelRow + "\n" + column, value);
        }

        void rename(String sheet, String from, String to) {
            List<String> header = sheets.get(sheet).get(0);
            header.set(header.indexOf(from), to);
        }

        static String letters(int column) {
            return CaseSpreadsheetTable.letters(column);
        }

        byte[] bytes() {
            try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
                for (Map.Entry<String, List<List<String>>> s : sheets.entrySet()) {
                    XSSFSheet sheet = wb.createSheet(s.getKey());
                    List<String> header = s.getValue().get(0);
                    for (int r = 0; r < s.getValue().size(); r++) {
                        Row row = sheet.createRow(r);
                        List<String> values = s.getValue().get(r);
                        for (int c = 0; c < values.size(); c++) {
                            Object t = typed.get(s.getKey() + "\n" + (r + 1) + "\n" + (c < header.size() ? header.get(c) : ""));
                            if (t instanceof Double d) {
                                row.createCell(c).setCellValue(d);
                            } else if (t instanceof LocalDate d) {
                                Cell cell = row.createCell(c);
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            } else if (!values.get(c).isEmpty()) {
                                row.createCell(c).setCellValue(values.get(c));
                            }
                        }
                    }
                }
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The official CASE 1.1 CFPackage schema from the fixtures, with format assertions (uuid, date-time, date). */
    static final class Schemas {
        private static Schema schema;

        static synchronized List<String> errors(JsonNode cfPackage) {
            if (schema == null) {
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
                schema = registry.getSchema(Fixtures.read("case/case-v1p1-cfpackage.schema.json"));
            }
            return schema.validate(cfPackage).stream().map(Object::toString).toList();
        }
    }
}
