package org.michishirube.interop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 CSV (and tab-separated text) through Commons CSV: quoted fields may hold separators, quotes and line breaks, as ESCO's do. */
public final class Csv {

    private Csv() {
    }

    /**
     * One record, with the line it starts on.
     *
     * @param line the 1-based line number of its first character
     * @param values its fields by header name
     */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    /** {@return the records after the header line, keyed by the header's names; blank lines are skipped} */
    public static List<Row> read(String text, char separator) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // Commons CSV is the project's one CSV parser (curriculum imports use it too). Missing trailing fields read as null.
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(false).get();
        List<Row> rows = new ArrayList<>();
        // A record's line is found from where it starts, so quoted line breaks and blank lines count as the file has them.
        int[] breaks = newlines(s);
        try (CSVParser parser = CSVParser.parse(s, format)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.stream().map(String::strip).toList();
                    continue;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                int at = java.util.Arrays.binarySearch(breaks, (int) record.getCharacterPosition());
                int line = 1 + (at >= 0 ? at : -at - 1);
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), c < record.size() ? record.get(c) : null);
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidImportException("The CSV cannot be read: " + e.getMessage(), List.of(ImportFault.of("csv", "csv.unreadable", "{0}", String.valueOf(e.getMessage()))));
        }
        return rows;
    }

    private static int[] newlines(String s) {
        int[] out = new int[(int) s.chars().filter(c -> c == '\n').count()];
        for (int i = 0, n = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out[n++] = i;
            }
        }
        return out;
    }

    /** {@return the header names of a text} */
    public static List<String> header(String text, char separator) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int end = s.indexOf('\n');
        String first = (end < 0 ? s : s.substring(0, end)).replace("\r", "");
        List<String> names = new ArrayList<>();
        for (String n : first.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            names.add(n.strip().replace("\"", ""));
        }
        return names;
    }

    /** {@return a field quoted when it needs to be} */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
