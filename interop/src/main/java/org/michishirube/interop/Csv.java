package org.michishirube.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV (and tab-separated text): quoted fields may hold separators, quotes and line breaks, as ESCO's do. */
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

    /** {@return the records after the header line, keyed by the header's names} */
    public static List<Row> read(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                    lines.add(start);
                }
                record = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(start);
        }
        List<Row> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> rec = records.get(r);
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < rec.size() ? rec.get(c) : null);
            }
            rows.add(new Row(lines.get(r), values));
        }
        return rows;
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
