package org.michishirube.interop.spreadsheet;

import org.michishirube.interop.ImportFault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;

/**
 * One table of the CASE spreadsheet layout as read from a sheet, or the part of a CSV that holds it: cells as text,
 * looked up by header name, with the place of every cell said the way Excel shows it ({@code CF Item row 7, column
 * effortHours}), so that each fault points at a cell a steward can find.
 */
final class CaseSpreadsheetTable {

    /**
     * A row of cells.
     *
     * @param number the row number Excel shows (the header is row 1)
     * @param cells the cells as text, stripped, left to right; shorter than the header when its last cells are empty
     */
    record Row(int number, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private final String label;
    private final String prefix;
    private final boolean present;
    private final Map<String, Integer> index;
    private final Map<String, String> shown;
    private final List<Row> rows;

    private CaseSpreadsheetTable(String label, String prefix, boolean present, Map<String, Integer> index, Map<String, String> shown, List<Row> rows) {
        this.label = label;
        this.prefix = prefix;
        this.present = present;
        this.index = index;
        this.shown = shown;
        this.rows = rows;
    }

    /**
     * The table of the columns whose header is {@code prefix} + one of {@code known} (ignoring case), and the rows that fill
     * one of them. A CSV holds three tables side by side: {@code document.title} is the title column of the document's.
     *
     * @param label how faults name the table: the sheet's name, or {@code CSV}
     * @param header the header row as written
     * @param rows the rows below it
     * @param prefix the prefix of this table's headers ({@code ""} for none)
     * @param others prefixes that belong to other tables (a header with one of them is not this table's)
     * @param known the table's column names
     * @param faults where a repeated header is reported
     */
    static CaseSpreadsheetTable of(String label, List<String> header, List<Row> rows, String prefix, Set<String> others, List<String> known,
                                   List<ImportFault> faults) {
        Map<String, String> names = new LinkedHashMap<>();
        known.forEach(k -> names.put(k.toLowerCase(Locale.ROOT), k));
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        List<Integer> scope = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip();
            String lower = h.toLowerCase(Locale.ROOT);
            if (h.isEmpty() || !lower.startsWith(prefix) || others.stream().anyMatch(o -> o.length() > prefix.length() && lower.startsWith(o))) {
                continue;
            }
            scope.add(c);
            String name = names.get(lower.substring(prefix.length()));
            if (name == null) {
                continue;
            }
            Integer before = index.putIfAbsent(name, c);
            if (before != null) {
                faults.add(ImportFault.of(label + " row 1, column " + letters(c), "spreadsheet.column-there-twice-columns", "the column {0} is there twice (columns {1} and {2}); keep one", h, letters(before), letters(c)));
            } else {
                shown.put(name, h);
            }
        }
        List<Row> filled = new ArrayList<>();
        for (Row r : rows) {
            if (index.values().stream().anyMatch(c -> !r.cell(c).isEmpty())) {
                filled.add(r);
            }
        }
        // Present: it names a column of its own, or (a sheet of its own, prefix "") it has anything below the header.
        boolean present = !scope.isEmpty() || prefix.isEmpty() && rows.stream().anyMatch(r -> r.cells().stream().anyMatch(v -> !v.isEmpty()));
        return new CaseSpreadsheetTable(label, prefix, present, index, shown, List.copyOf(filled));
    }

    /** {@return the column letters Excel shows for a 0-based column} */
    static String letters(int column) {
        return CellReference.convertNumToColString(column);
    }

    String label() {
        return label;
    }

    List<Row> rows() {
        return rows;
    }

    /** {@return whether the input holds this table at all: a header in its scope, or data below the header} */
    boolean present() {
        return present;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** {@return the cell's text, {@code ""} when empty or when the table has no such column} */
    String get(Row row, String column) {
        Integer c = index.get(column);
        return c == null ? "" : row.cell(c);
    }

    Optional<String> value(Row row, String column) {
        String v = get(row, column);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** {@return the header as the file writes it, e.g. {@code document.title} in a CSV} */
    String header(String column) {
        return shown.getOrDefault(column, prefix + column);
    }

    /** {@return a cell's place, e.g. {@code CF Item row 7, column effortHours}} */
    String where(Row row, String column) {
        return where(row.number(), column);
    }

    String where(int row, String column) {
        return label + " row " + row + ", column " + header(column);
    }

    String where(Row row) {
        return label + " row " + row.number();
    }
}
