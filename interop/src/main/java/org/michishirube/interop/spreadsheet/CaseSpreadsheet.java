package org.michishirube.interop.spreadsheet;

import org.michishirube.interop.ImportFault;
import org.michishirube.interop.InvalidImportException;
import org.michishirube.interop.Utf8;
import org.michishirube.interop.casepackage.CaseExport;
import org.michishirube.interop.casepackage.CasePackageReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.node.ObjectNode;

/**
 * CASE frameworks as spreadsheets, in the layout CASE authors already use: OpenSALT's CASE spreadsheet, with sheets
 * {@code CF Doc}, {@code CF Item} and {@code CF Association}, the hierarchy given by {@code smartLevel} (1, 1.1, 1.1.2), and
 * Michishirube's own columns appended to {@code CF Item} (the English statement, prerequisites by code, effort, source,
 * verification). A thin layer over CASE JSON: reading gives a CASE 1.1 CFPackage that {@link CasePackageReader} imports,
 * writing takes the CFPackage that {@link CaseExport} produces, and {@code read(write(p))} gives back an equivalent package:
 * the same identifiers, texts, tree and sibling order, associations and extension values ({@code docs/spreadsheets.md}
 * lists what a sheet cannot hold, such as URIs).
 *
 * <p>Reading is pure and strict where it matters: every fault is collected, each as the cell a steward can find ({@code CF
 * Item row 7, column effortHours}), and refused together as an {@link InvalidImportException}; no other exception escapes.
 */
public final class CaseSpreadsheet {

    public static final String DOC_SHEET = "CF Doc";
    public static final String ITEM_SHEET = "CF Item";
    public static final String ASSOCIATION_SHEET = "CF Association";

    /** OpenSALT's {@code CF Doc} columns, in its order (its importer reads them by position). */
    public static final List<String> DOC_COLUMNS = List.of("identifier", "creator", "title", "lastChangeDate", "officialSourceURL", "publisher",
            "description", "subject", "language", "version", "adoptionStatus", "statusStartDate", "statusEndDate", "licenseTitle", "licenseText", "notes");
    /** Ours after them: the English beside the Japanese, into {@code extensions.translations.en}. */
    public static final List<String> DOC_EXTENSION_COLUMNS = List.of("title_en", "creator_en", "publisher_en", "description_en");
    /**
     * Read wherever they are, written only when used: CASE 1.1's {@code frameworkType}, which OpenSALT's sheet lacks; the
     * Japanese beside an English document ({@code extensions.translations.ja}); and {@code extensions}, whatever else the
     * CFDocument's extensions hold, as a JSON object.
     */
    public static final List<String> DOC_OPTIONAL_COLUMNS = List.of("frameworkType", "title_ja", "creator_ja", "publisher_ja", "description_ja",
            "extensions");

    /** OpenSALT's {@code CF Item} columns, in its order. */
    public static final List<String> ITEM_COLUMNS = List.of("identifier", "fullStatement", "humanCodingScheme", "smartLevel", "listEnumeration",
            "abbreviatedStatement", "conceptKeywords", "notes", "language", "educationLevel", "CFItemType", "license");
    /**
     * Ours after them: {@code fullStatement_en}, {@code notes_en} (into {@code extensions.translations.en}), {@code prerequisites}
     * (codes separated by {@code ;}, each becoming a {@code precedes} association to the row's item), and {@code effortHours},
     * {@code source}, {@code verification}, {@code kind}, {@code tags} (into {@code extensions.michishirube}).
     */
    public static final List<String> ITEM_EXTENSION_COLUMNS = List.of("fullStatement_en", "notes_en", "prerequisites", "effortHours", "source",
            "verification", "kind", "tags");
    /**
     * Read wherever they are, written only when used: CASE 1.1 item fields OpenSALT's sheet lacks; the Japanese beside an
     * English statement ({@code extensions.translations.ja}); and {@code extensions}, whatever else the CFItem's extensions
     * hold (another publisher's, Michishirube's derived {@code id}, {@code domain}…), as a JSON object to leave as it is.
     */
    public static final List<String> ITEM_OPTIONAL_COLUMNS = List.of("alternativeLabel", "statusStartDate", "statusEndDate", "subject",
            "fullStatement_ja", "notes_ja", "extensions");

    /** The {@code CF Association} columns OpenSALT writes and reads; its template's shorter set (no URIs) reads too. */
    public static final List<String> ASSOCIATION_COLUMNS = List.of("identifier", "originNodeURI", "originNodeIdentifier", "originNodeHumanCodingScheme",
            "associationType", "destinationNodeURI", "destinationNodeIdentifier", "destinationNodeHumanCodingScheme", "associationGroupIdentifier",
            "associationGroupName");
    /**
     * CASE 1.1 association fields OpenSALT's sheet lacks: the titles of ends outside the sheet, {@code sequenceNumber},
     * {@code notes}, and {@code extensions} as a JSON object. Read wherever they are, written only when used.
     */
    public static final List<String> ASSOCIATION_OPTIONAL_COLUMNS = List.of("sequenceNumber", "originNodeTitle", "destinationNodeTitle", "notes",
            "extensions");

    /** In a CSV, the document's columns are {@code document.title} etc., filled on the first row. */
    public static final String CSV_DOCUMENT_PREFIX = "document.";
    /** In a CSV, the association columns are {@code association.originNodeIdentifier} etc., on rows of their own below the items. */
    public static final String CSV_ASSOCIATION_PREFIX = "association.";

    private static final List<String> DOC_ALL = concat(DOC_COLUMNS, DOC_EXTENSION_COLUMNS, DOC_OPTIONAL_COLUMNS);
    private static final List<String> ITEM_ALL = concat(ITEM_COLUMNS, ITEM_EXTENSION_COLUMNS, ITEM_OPTIONAL_COLUMNS);
    private static final List<String> ASSOCIATION_ALL = concat(ASSOCIATION_COLUMNS, List.of(), ASSOCIATION_OPTIONAL_COLUMNS);
    private static final Set<String> PREFIXES = Set.of(CSV_DOCUMENT_PREFIX, CSV_ASSOCIATION_PREFIX);
    private static final int MAX_CELL = 32_767;
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x[0-9A-Fa-f]{4}_");

    private CaseSpreadsheet() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * {@return the CASE 1.1 CFPackage of an XLSX workbook in OpenSALT's layout}
     *
     * @throws InvalidImportException listing every fault, each with its sheet, row and column
     */
    public static ObjectNode readXlsx(byte[] xlsx) {
        List<ImportFault> faults = new ArrayList<>();
        Map<String, Grid> sheets = workbook(xlsx, faults);
        if (!faults.isEmpty()) {
            throw CaseSpreadsheetReader.refused(faults);
        }
        Grid doc = sheets.get(DOC_SHEET);
        Grid items = sheets.get(ITEM_SHEET);
        Grid associations = sheets.get(ASSOCIATION_SHEET);
        return CaseSpreadsheetReader.read(
                CaseSpreadsheetTable.of(DOC_SHEET, doc.header(), doc.rows(), "", Set.of(), DOC_ALL, faults),
                CaseSpreadsheetTable.of(ITEM_SHEET, items.header(), items.rows(), "", Set.of(), ITEM_ALL, faults),
                CaseSpreadsheetTable.of(ASSOCIATION_SHEET, associations.header(), associations.rows(), "", Set.of(), ASSOCIATION_ALL, faults),
                faults);
    }

    /**
     * {@return the CASE 1.1 CFPackage of a CSV}: UTF-8 (a BOM is fine), RFC 4180; the {@code CF Item} columns, the document's as
     * {@code document.*} columns on the first row, associations as {@code association.*} columns on rows of their own
     *
     * @throws InvalidImportException listing every fault, each with its row and column; a byte that is not UTF-8 by its offset
     */
    public static ObjectNode readCsv(byte[] csv) {
        List<ImportFault> faults = new ArrayList<>();
        Grid grid = csv(csv, faults);
        if (!faults.isEmpty()) {
            throw CaseSpreadsheetReader.refused(faults);
        }
        return CaseSpreadsheetReader.read(
                CaseSpreadsheetTable.of("CSV", grid.header(), grid.rows(), CSV_DOCUMENT_PREFIX, PREFIXES, DOC_ALL, faults),
                CaseSpreadsheetTable.of("CSV", grid.header(), grid.rows(), "", PREFIXES, ITEM_ALL, faults),
                CaseSpreadsheetTable.of("CSV", grid.header(), grid.rows(), CSV_ASSOCIATION_PREFIX, PREFIXES, ASSOCIATION_ALL, faults),
                faults);
    }

    /** A sheet as text: its header row and the rows below it. */
    private record Grid(List<String> header, List<CaseSpreadsheetTable.Row> rows) {
    }

    private static Map<String, Grid> workbook(byte[] xlsx, List<ImportFault> faults) {
        Map<String, Grid> out = new LinkedHashMap<>();
        if (xlsx == null || xlsx.length == 0) {
            faults.add(ImportFault.of("workbook", "spreadsheet.xlsx-workbook-file-empty", "not an XLSX workbook: the file is empty"));
            return out;
        }
        if (xlsx.length >= 4 && (xlsx[0] & 0xFF) == 0xD0 && (xlsx[1] & 0xFF) == 0xCF && (xlsx[2] & 0xFF) == 0x11 && (xlsx[3] & 0xFF) == 0xE0) {
            faults.add(ImportFault.of("workbook", "spreadsheet.xlsx-workbook-excel-97", "not an XLSX workbook: it is an Excel 97-2003 (.xls) file or a workbook with a password; save it as .xlsx without a password"));
            return out;
        }
        if (xlsx.length < 2 || xlsx[0] != 'P' || xlsx[1] != 'K') {
            faults.add(ImportFault.of("workbook", "spreadsheet.xlsx-workbook-file-zip", "not an XLSX workbook: the file is not a ZIP package (a CSV goes to the CSV import)"));
            return out;
        }
        // POI throws many kinds of exception for damaged files; each becomes the one fault a steward can act on.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (String name : List.of(DOC_SHEET, ITEM_SHEET, ASSOCIATION_SHEET)) {
                Sheet sheet = null;
                for (int s = 0; s < wb.getNumberOfSheets() && sheet == null; s++) {
                    if (wb.getSheetName(s).strip().equalsIgnoreCase(name)) {
                        sheet = wb.getSheetAt(s);
                    }
                }
                if (sheet == null) {
                    faults.add(ImportFault.of("workbook", "spreadsheet.has-no-sheet-named", "has no sheet named {0}; OpenSALT's layout has the sheets {1}, {2} and {3} (this workbook has {4})", name, DOC_SHEET, ITEM_SHEET, ASSOCIATION_SHEET, String.join(", ", sheetNames(wb))));
                    continue;
                }
                out.put(name, grid(sheet));
            }
        } catch (IOException | RuntimeException e) {
            faults.add(ImportFault.of("workbook", "spreadsheet.xlsx-workbook", "not an XLSX workbook: {0}", reason(e)));
        }
        return out;
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Grid grid(Sheet sheet) {
        List<String> header = new ArrayList<>();
        List<CaseSpreadsheetTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c)));
            }
            if (row.getRowNum() == 0) {
                header.addAll(cells);
            } else if (cells.stream().anyMatch(v -> !v.isEmpty())) {
                rows.add(new CaseSpreadsheetTable.Row(row.getRowNum() + 1, cells));
            }
        }
        return new Grid(header, rows);
    }

    /** {@return a cell as the steward sees it: numbers without a needless ".0", dates as ISO dates} */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime at = cell.getLocalDateTimeCellValue();
                    yield at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                            : at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.isValidCode(cell.getErrorCellValue()) ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#ERROR";
            default -> "";
        };
    }

    private static Grid csv(byte[] csv, List<ImportFault> faults) {
        if (csv == null) {
            return new Grid(List.of(), List.of());
        }
        Utf8.Decoded decoded = Utf8.decode(csv);
        if (!decoded.isUtf8()) {
            int at = decoded.badOffset();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += csv[i] == '\n' ? 1 : 0;
            }
            faults.add(ImportFault.of("CSV byte " + at + " (line " + line + ")", "spreadsheet.not-utf8", "is not UTF-8 (0x{0} cannot start or "
                    + "continue a UTF-8 character); save the file as CSV UTF-8 (コンマ区切り UTF-8)", String.format(Locale.ROOT, "%02X", csv[at] & 0xFF)));
            return new Grid(List.of(), List.of());
        }
        String text = decoded.text();
        List<String> header = new ArrayList<>();
        List<CaseSpreadsheetTable.Row> rows = new ArrayList<>();
        // Empty lines are records too, so that record numbers are the row numbers Excel shows.
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(v -> v == null ? "" : v.strip()).toList();
                if (record.getRecordNumber() == 1) {
                    header.addAll(cells);
                } else if (cells.stream().anyMatch(v -> !v.isEmpty())) {
                    rows.add(new CaseSpreadsheetTable.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            faults.add(ImportFault.of("CSV", "spreadsheet.well-formed-csv-rfc", "is not well-formed CSV (RFC 4180): {0}", reason(e)));
        }
        return new Grid(header, rows);
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
    }

    // ---------------------------------------------------------------- writing

    /**
     * {@return an XLSX workbook of a CFPackage in OpenSALT's layout, every cell text so that Excel keeps 1.10 and 03 as typed}
     *
     * @throws IllegalArgumentException when the package has no CFDocument, or a text longer than an Excel cell holds
     */
    public static byte[] writeXlsx(ObjectNode cfPackage) {
        CaseSpreadsheetWriter.Sheets sheets = CaseSpreadsheetWriter.write(cfPackage);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            text.setVerticalAlignment(VerticalAlignment.TOP);
            XSSFCellStyle head = wb.createCellStyle();
            head.cloneStyleFrom(text);
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            sheet(wb, DOC_SHEET, sheets.doc(), text, head);
            sheet(wb, ITEM_SHEET, sheets.items(), text, head);
            sheet(wb, ASSOCIATION_SHEET, sheets.associations(), text, head);
            wb.getProperties().getCoreProperties().setCreator("Michishirube");
            // The same package gives the same bytes: the workbook dates from the document's last change, not from now.
            Optional<OffsetDateTime> changed = changed(cfPackage);
            wb.getProperties().getCoreProperties().setCreated(changed.map(t -> Date.from(t.toInstant())));
            wb.write(out);
            return stamped(out.toByteArray(), changed.map(t -> t.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime())
                    .filter(t -> t.getYear() >= 1980).orElse(LocalDateTime.of(1980, 1, 1, 0, 0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<OffsetDateTime> changed(ObjectNode cfPackage) {
        try {
            return Optional.of(OffsetDateTime.parse(cfPackage.path("CFDocument").path("lastChangeDateTime").asString("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@return the package with every entry dated {@code at}: POI dates them now, which would make each download differ} */
    private static byte[] stamped(byte[] zip, LocalDateTime at) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTimeLocal(at);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void sheet(XSSFWorkbook wb, String name, CaseSpreadsheetWriter.Grid grid, XSSFCellStyle text, XSSFCellStyle head) {
        XSSFSheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < grid.header().size(); c++) {
            String h = grid.header().get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(h);
            cell.setCellStyle(head);
            // Text format for whole columns, so that what a steward types later stays as typed too.
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, 256 * (Set.of("fullStatement", "fullStatement_en", "notes", "notes_en", "title", "description").contains(h) ? 60
                    : Math.min(40, Math.max(12, h.length() + 2))));
        }
        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = grid.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                if (escaped(v).length() > MAX_CELL) {
                    throw new IllegalArgumentException(name + " row " + (r + 2) + ", column " + grid.header().get(c) + ": " + v.length()
                            + " characters, more than the " + MAX_CELL + " an Excel cell holds");
                }
                Cell cell = row.createCell(c);
                cell.setCellValue(escaped(v));
                cell.setCellStyle(text);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * {@return the text as OOXML keeps it} XML 1.0 cannot hold most control characters (a publisher's \f, say), which POI
     * would turn into '?': they are written as {@code _xHHHH_}, which Excel and POI read back as the character; a text that
     * already looks like such an escape has its underscore escaped, so that it reads back as written.
     */
    static String escaped(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '_' && ESCAPE.matcher(v).region(i, v.length()).lookingAt()) {
                out.append("_x005F_");
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                out.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@return a CSV of a CFPackage: UTF-8 with a BOM (so that Excel reads Japanese), CRLF, RFC 4180 quoting} The {@code CF Item}
     * columns come first, then {@code document.*} (filled on the first row), then {@code association.*} on rows below the items.
     */
    public static byte[] writeCsv(ObjectNode cfPackage) {
        CaseSpreadsheetWriter.Sheets sheets = CaseSpreadsheetWriter.write(cfPackage);
        List<String> header = new ArrayList<>(sheets.items().header());
        sheets.doc().header().forEach(h -> header.add(CSV_DOCUMENT_PREFIX + h));
        sheets.associations().header().forEach(h -> header.add(CSV_ASSOCIATION_PREFIX + h));
        int items = sheets.items().header().size();
        int docs = sheets.doc().header().size();
        int width = header.size();
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            int rows = Math.max(1, sheets.items().rows().size());
            for (int r = 0; r < rows; r++) {
                String[] line = blank(width);
                if (r < sheets.items().rows().size()) {
                    put(line, 0, sheets.items().rows().get(r));
                }
                if (r == 0) {
                    put(line, items, sheets.doc().rows().get(0));
                }
                printer.printRecord((Object[]) line);
            }
            for (List<String> a : sheets.associations().rows()) {
                String[] line = blank(width);
                put(line, items + docs, a);
                printer.printRecord((Object[]) line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String[] blank(int width) {
        String[] line = new String[width];
        java.util.Arrays.fill(line, "");
        return line;
    }

    private static void put(String[] line, int from, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            line[from + i] = values.get(i);
        }
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        return Stream.of(first, second, third).flatMap(List::stream).toList();
    }
}
