package org.michishirube.interop.spreadsheet;

import org.michishirube.interop.CaseIds;
import org.michishirube.interop.ImportedFramework;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.casepackage.CasePackageReader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our bilingual sample, {@code docs/examples/hit-bilingual-sample.xlsx} and {@code .csv}: the database technology GIO of
 * the HIT targets (FY2020 revision) from the reference dataset, in Japanese and English, with effort, sources and
 * prerequisites. {@code ./mvnw -pl interop test -Dtest=CaseSpreadsheetSampleTests -Dsamples=true} writes them again.
 */
class CaseSpreadsheetSampleTests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final FrameworkVersionId VERSION = FrameworkVersionId.of("hit-db-sample@1");
    private static final String CHANGED = "2022-03-01T00:00:00+00:00";
    private static final String SOURCE = "https://nekotorablog.com/2024/08/24/%e5%8c%bb%e7%99%82%e6%83%85%e5%a0%b1%e6%8a%80%e5%b8%ab-%e6%83%85%e5%a0%b1%e5%87%a6%e7%90%86%e6%8a%80%e8%a1%93%e3%80%80%e3%81%be%e3%81%a8%e3%82%81";

    /** One target of the sample: code, kind, Japanese and English names, parent, effort, prerequisite, verification. */
    private record Target(String code, String kind, String ja, String en, String parent, Integer effort, String prerequisite, String verification) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("hit.it.db", "gio", "データベース技術", "Database technology", null, null, null, "secondary"),
            new Target("hit.it.db.models", "gio", "データベースとデータモデル", "Databases and data models", "hit.it.db", null, null, "secondary"),
            new Target("hit.it.db.role", "topic", "データベースの役割", "Role of databases", "hit.it.db.models", 1, null, "secondary"),
            new Target("hit.it.db.data-models", "topic", "データベースのモデル", "Database models", "hit.it.db.models", 2, "hit.it.db.role", "secondary"),
            new Target("hit.it.db.relational", "gio", "関係データベース", "Relational databases", "hit.it.db", null, null, "secondary"),
            new Target("hit.it.db.relational-model", "topic", "関係モデルと関係データベース", "The relational model and relational databases",
                    "hit.it.db.relational", 3, "hit.it.db.data-models", "secondary"),
            new Target("hit.it.db.sql", "topic", "関係データベースの操作 (関係代数・SQL)", "Relational database operations (relational algebra, SQL)",
                    "hit.it.db.relational", 6, "hit.it.db.relational-model", "secondary"),
            new Target("hit.it.db.normalisation", "topic", "正規化", "Normalisation", "hit.it.db.relational", 3, "hit.it.db.relational-model", "inferred"));

    /** The sample as CaseExport would write it: identifiers, types and extensions as ours. */
    static ObjectNode samplePackage() {
        ObjectNode pkg = JSON.objectNode();
        String docId = CaseIds.document(VERSION);
        ObjectNode doc = pkg.putObject("CFDocument");
        doc.put("identifier", docId);
        doc.put("uri", "https://example.org/ims/case/v1p1/CFDocuments/" + docId);
        doc.put("caseVersion", "1.1");
        doc.put("creator", "一般社団法人日本医療情報学会 医療情報技師育成部会");
        doc.put("title", "医療情報技師 GIO・SBOs（データベース技術の抜粋・見本）");
        doc.put("lastChangeDateTime", CHANGED);
        doc.put("description", "CASE スプレッドシート（OpenSALT 形式）の見本。医療情報技師の到達目標（2020年度改訂）から「データベース技術」を抜粋した。");
        doc.put("language", "ja");
        doc.put("version", "sample");
        doc.put("adoptionStatus", "Draft");
        doc.put("notes", "Source: Michishirube reference dataset, dataset/src/main/resources/dataset/frameworks/hit@fy2020.yaml");
        ObjectNode docEn = doc.putObject("extensions").putObject(CaseExport.TRANSLATIONS).putObject("en");
        docEn.put("title", "Healthcare Information Technologist GIO/SBOs (database technology excerpt, sample)");
        docEn.put("creator", "Japan Association for Medical Informatics (JAMI), HIT Training Committee");
        docEn.put("description", "A sample of the CASE spreadsheet (OpenSALT layout): the database technology area of the HIT targets (FY2020 revision).");

        ArrayNode items = pkg.putArray("CFItems");
        ArrayNode associations = pkg.putArray("CFAssociations");
        Map<String, Integer> sequence = new java.util.HashMap<>();
        for (Target t : TARGETS) {
            String id = id(t.code());
            String type = switch (t.kind()) {
                case "gio" -> "GIO";
                case "sbo" -> "SBO";
                default -> "Topic";
            };
            ObjectNode item = items.addObject();
            item.put("identifier", id);
            item.put("uri", "https://example.org/ims/case/v1p1/CFItems/" + id);
            item.put("fullStatement", t.ja());
            item.put("humanCodingScheme", t.code());
            item.put("CFItemType", type);
            ObjectNode typeLink = item.putObject("CFItemTypeURI");
            typeLink.put("title", type);
            typeLink.put("identifier", CaseIds.itemType(type));
            typeLink.put("uri", "https://example.org/ims/case/v1p1/CFItemTypes/" + CaseIds.itemType(type));
            if (t.code().equals("hit.it.db.sql")) {
                item.put("notes", "2018年の情報処理技術で正答率が低かった分野の一つ。");
            }
            item.put("language", "ja");
            item.put("lastChangeDateTime", CHANGED);
            ObjectNode extensions = item.putObject("extensions");
            ObjectNode en = extensions.putObject(CaseExport.TRANSLATIONS).putObject("en");
            en.put("fullStatement", t.en());
            if (t.code().equals("hit.it.db.sql")) {
                en.put("notes", "One of the low-scoring topics of the 2018 information-processing subject.");
            }
            ObjectNode ours = extensions.putObject(CaseExport.OURS);
            ours.put("kind", t.kind());
            ours.put("verification", t.verification());
            ours.put("source", SOURCE);
            if (t.effort() != null) {
                ours.put("effortHours", t.effort().intValue());
            }
            String parent = t.parent() == null ? docId : id(t.parent());
            associations.add(association("isChildOf", id, parent, sequence.merge(parent, 1, Integer::sum)));
        }
        for (Target t : TARGETS) {
            if (t.prerequisite() != null) {
                associations.add(association("precedes", id(t.prerequisite()), id(t.code()), null));
            }
        }
        return pkg;
    }

    private static String id(String code) {
        return CaseIds.item(VERSION, TargetId.of(code));
    }

    private static ObjectNode association(String type, String origin, String destination, Integer sequence) {
        String id = CaseIds.association(type, origin, destination);
        ObjectNode a = JSON.objectNode();
        a.put("identifier", id);
        a.put("associationType", type);
        if (sequence != null) {
            a.put("sequenceNumber", sequence.intValue());
        }
        a.put("uri", "https://example.org/ims/case/v1p1/CFAssociations/" + id);
        for (String[] end : List.of(new String[] {"originNodeURI", origin}, new String[] {"destinationNodeURI", destination})) {
            ObjectNode link = a.putObject(end[0]);
            link.put("title", "");
            link.put("identifier", end[1]);
            link.put("uri", "https://example.org/" + end[1]);
        }
        a.put("lastChangeDateTime", CHANGED);
        return a;
    }

    @Test
    @EnabledIfSystemProperty(named = "samples", matches = "true")
    void writeTheSamples() throws IOException {
        Path dir = examples();
        Files.createDirectories(dir);
        Files.write(dir.resolve("hit-bilingual-sample.xlsx"), CaseSpreadsheet.writeXlsx(samplePackage()));
        Files.write(dir.resolve("hit-bilingual-sample.csv"), CaseSpreadsheet.writeCsv(samplePackage()));
    }

    @Test
    void theCommittedSamplesReadBackBilingualWithEffortAndPrerequisites() throws IOException {
        Path xlsx = examples().resolve("hit-bilingual-sample.xlsx");
        Path csv = examples().resolve("hit-bilingual-sample.csv");
        Assumptions.assumeTrue(Files.isRegularFile(xlsx) && Files.isRegularFile(csv), "samples not written yet: run with -Dsamples=true");
        ObjectNode fromXlsx = CaseSpreadsheet.readXlsx(Files.readAllBytes(xlsx));
        ObjectNode fromCsv = CaseSpreadsheet.readCsv(Files.readAllBytes(csv));
        assertThat(fromCsv).isEqualTo(fromXlsx);
        // Up to date: the committed files say what the sample says now.
        assertThat(CaseSpreadsheetRoundTripTests.normal(fromXlsx)).isEqualTo(CaseSpreadsheetRoundTripTests.normal(samplePackage()));
        // The layout too (line ends aside, which a checkout may change): a change of columns calls for -Dsamples=true.
        assertThat(Files.readString(csv).replace("\r\n", "\n"))
                .isEqualTo(new String(CaseSpreadsheet.writeCsv(samplePackage()), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n"));

        ImportedFramework f = CasePackageReader.read(fromXlsx.toString());
        assertThat(f.title().ja()).isEqualTo("医療情報技師 GIO・SBOs（データベース技術の抜粋・見本）");
        assertThat(f.title().en()).isEqualTo("Healthcare Information Technologist GIO/SBOs (database technology excerpt, sample)");
        assertThat(f.items()).extracting(i -> i.code().orElseThrow()).containsExactly("hit.it.db", "hit.it.db.models", "hit.it.db.role",
                "hit.it.db.data-models", "hit.it.db.relational", "hit.it.db.relational-model", "hit.it.db.sql", "hit.it.db.normalisation");
        ImportedFramework.Item sql = f.items().stream().filter(i -> i.code().equals(Optional.of("hit.it.db.sql"))).findFirst().orElseThrow();
        assertThat(sql.name().ja()).isEqualTo("関係データベースの操作 (関係代数・SQL)");
        assertThat(sql.name().en()).isEqualTo("Relational database operations (relational algebra, SQL)");
        assertThat(sql.description().orElseThrow().en()).startsWith("One of the low-scoring topics");
        assertThat(sql.effortHours()).isEqualTo(OptionalInt.of(6));
        assertThat(sql.parent()).contains(id("hit.it.db.relational"));
        assertThat(f.precedes()).hasSize(4).contains(new ImportedFramework.Edge(id("hit.it.db.relational-model"), id("hit.it.db.sql")));
        assertThat(fromXlsx.at("/CFItems/7/extensions/michishirube/verification").asString()).isEqualTo("inferred");
        assertThat(CaseSpreadsheetTests.Schemas.errors(fromXlsx)).isEmpty();
    }

    private static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        Assumptions.assumeTrue(p != null, "repository root not found");
        return p.resolve("docs").resolve("examples");
    }
}
