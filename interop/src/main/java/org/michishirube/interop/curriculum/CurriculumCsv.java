package org.michishirube.interop.curriculum;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Semester;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/**
 * The curriculum CSV: UTF-8, a header row, then one row per course–target mapping (docs/curricula.md). Course columns
 * may be left empty on a course's later rows; when filled they must agree with its first row. A course with no
 * mapping has one row with empty {@code target} and {@code depth}. Reading checks every row and reports every fault.
 */
public final class CurriculumCsv {

    /** The header the file must have, in this order or any other. */
    public static final List<String> COLUMNS = List.of("course_code", "title_ja", "title_en", "year", "semester", "hours", "credits",
            "syllabus", "target", "depth", "evidence");
    private static final List<String> COURSE_COLUMNS = COLUMNS.subList(1, 8);

    /** The most course–target rows one import may hold. */
    public static final int MAX_ROWS = 5000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private CurriculumCsv() {
    }

    /**
     * A fault in one row.
     *
     * @param row the row number as a spreadsheet shows it: the header is row 1
     * @param column the column at fault, or null for the whole row
     * @param reason what is wrong, in an English sentence
     * @param code what is wrong, as a stable code a client renders in its own language (docs/curricula.md lists them)
     * @param params the values the sentence names (value, course, row …), for that rendering
     */
    public record RowProblem(long row, String column, String reason, String code, Map<String, String> params) {

        public RowProblem {
            java.util.Objects.requireNonNull(code, "code");
            params = Map.copyOf(params);
        }
    }

    /** The outcome of reading a file: courses, or every fault found. */
    public sealed interface Outcome {
        /**
         * The file read.
         *
         * @param courses the courses, in the order they first appear
         * @param rows the number of data rows
         */
        record Read(List<Course> courses, int rows) implements Outcome {
        }

        /**
         * The file refused.
         *
         * @param problems every fault found
         */
        record Rejected(List<RowProblem> problems) implements Outcome {
        }
    }

    /**
     * {@return the courses of the file, in the order they first appear, or every fault in it}
     *
     * @param knownTarget whether a target id exists in some framework version
     */
    public static Outcome read(byte[] bytes, Predicate<TargetId> knownTarget) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return rejected(1, null, "The file is not UTF-8 text; save it as CSV UTF-8 (コンマ区切り UTF-8).", "not-utf8", Map.of());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return rejected(1, null, "The file is empty; the first row must be the header " + String.join(",", COLUMNS) + ".", "empty-file",
                    Map.of("columns", String.join(",", COLUMNS)));
        }
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Draft> courses = new LinkedHashMap<>();
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                String reason = (missing.isEmpty() ? "" : "The header lacks " + missing + ". ")
                        + (unknown.isEmpty() ? "" : "The header has unknown columns " + unknown + ". ")
                        + "Expected: " + String.join(",", COLUMNS) + ".";
                return rejected(1, null, reason.strip(), "bad-header", Map.of("missing", String.join(",", missing),
                        "unknown", String.join(",", unknown), "columns", String.join(",", COLUMNS)));
            }
            for (CSVRecord record : parser) {
                rows++;
                if (rows > MAX_ROWS) {
                    // A curriculum has hundreds of mappings, not tens of thousands: refuse early, whatever follows.
                    return rejected(record.getRecordNumber() + 1, null, "The file has more than " + MAX_ROWS
                            + " rows; split it, or send the courses as JSON.", "too-many-rows", Map.of("limit", String.valueOf(MAX_ROWS)));
                }
                readRow(record, record.getRecordNumber() + 1, courses, knownTarget, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Unbalanced quotes and duplicate header names end parsing; report where it stopped.
            problems.add(new RowProblem(rows + 2, null, "The file cannot be parsed as CSV here: " + shorten(e.getMessage()), "unparsable",
                    Map.of("detail", shorten(e.getMessage()))));
        }
        if (rows == 0 && problems.isEmpty()) {
            problems.add(new RowProblem(1, null, "The file has a header but no rows.", "no-rows", Map.of()));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        List<Course> result = new ArrayList<>();
        for (Draft d : courses.values()) {
            result.add(d.course());
        }
        return new Outcome.Read(result, rows);
    }

    private static void readRow(CSVRecord record, long row, Map<String, Draft> courses, Predicate<TargetId> knownTarget,
                                List<RowProblem> problems) {
        if (!record.isConsistent()) {
            problems.add(new RowProblem(row, null, "The row has " + record.size() + " cells; the header has " + COLUMNS.size() + ".", "cell-count",
                    Map.of("cells", String.valueOf(record.size()), "expected", String.valueOf(COLUMNS.size()))));
            return;
        }
        int before = problems.size();
        String code = record.get("course_code");
        if (code.isEmpty()) {
            problems.add(new RowProblem(row, "course_code", "course_code is empty.", "course-code-empty", Map.of()));
            return;
        }
        if (!Course.isWellFormedCode(code)) {
            problems.add(new RowProblem(row, "course_code", "course_code '" + code + "' may use only letters, digits, '.', '_' and '-' (at most 40).",
                    "course-code-malformed", Map.of("value", code)));
            return;
        }
        Draft draft = courses.get(code);
        if (draft == null) {
            draft = new Draft(code, row);
            Map<String, String> values = new HashMap<>();
            COURSE_COLUMNS.forEach(c -> values.put(c, record.get(c)));
            draft.check(values, problems);
            courses.put(code, draft);
        } else {
            for (String column : COURSE_COLUMNS) {
                String value = record.get(column);
                if (!value.isEmpty() && !value.equals(draft.values.get(column))) {
                    problems.add(new RowProblem(row, column, column + " of course " + code + " differs from its first row (row "
                            + draft.firstRow + "); leave it empty or repeat it exactly.", "course-differs",
                            Map.of("column", column, "course", code, "first", String.valueOf(draft.firstRow))));
                }
            }
        }
        String target = record.get("target");
        String depth = record.get("depth");
        if (target.isEmpty()) {
            if (!depth.isEmpty()) {
                problems.add(new RowProblem(row, "target", "depth is given but target is empty.", "depth-without-target", Map.of()));
            }
            return;
        }
        if (!TargetId.isWellFormed(target) || !knownTarget.test(new TargetId(target))) {
            problems.add(new RowProblem(row, "target", "No framework version has the target '" + target + "'.", "unknown-target",
                    Map.of("value", target)));
        }
        Optional<Depth> d = Depth.parse(depth);
        if (d.isEmpty()) {
            problems.add(new RowProblem(row, "depth", "depth '" + depth + "' is not one of introduces, reinforces, masters (or I, R, M).",
                    "unknown-depth", Map.of("value", depth)));
        }
        if (problems.size() == before) {
            Long previous = draft.targetRows.putIfAbsent(target, row);
            if (previous != null) {
                problems.add(new RowProblem(row, "target", "Course " + code + " already maps " + target + " on row " + previous + ".",
                        "duplicate-mapping", Map.of("course", code, "value", target, "first", String.valueOf(previous))));
            } else {
                draft.mappings.add(new Mapping(new TargetId(target), d.get(), Optional.of(record.get("evidence"))));
            }
        }
    }

    /** {@return the curriculum's courses in the import format, so an export re-imports to the same curriculum} */
    public static String write(List<Course> courses) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Course k : courses) {
                List<Mapping> mappings = k.mappings().isEmpty() ? java.util.Collections.singletonList(null) : k.mappings();
                boolean first = true;
                for (Mapping m : mappings) {
                    csv.printRecord(k.code(), k.title().ja(), k.title().en(), k.year(), k.semester().ja(),
                            k.hours().isPresent() ? k.hours().getAsInt() : "", k.credits().isPresent() ? number(k.credits().getAsDouble()) : "",
                            first ? k.syllabus().orElse("") : "", m == null ? "" : m.target().value(), m == null ? "" : m.depth().code(),
                            m == null ? "" : m.evidence().orElse(""));
                    first = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Outcome rejected(long row, String column, String reason, String code, Map<String, String> params) {
        return new Outcome.Rejected(List.of(new RowProblem(row, column, reason, code, params)));
    }

    private static String shorten(String s) {
        String m = s == null ? "" : s.replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** A course as its rows accumulate. */
    private static final class Draft {
        final String code;
        final long firstRow;
        final Map<String, String> values = new HashMap<>();
        final Map<String, Long> targetRows = new HashMap<>();
        final List<Mapping> mappings = new ArrayList<>();
        LocalizedText title;
        int year;
        Semester semester;
        OptionalInt hours = OptionalInt.empty();
        OptionalDouble credits = OptionalDouble.empty();

        Draft(String code, long firstRow) {
            this.code = code;
            this.firstRow = firstRow;
        }

        void check(Map<String, String> v, List<RowProblem> problems) {
            values.putAll(v);
            long row = firstRow;
            if (v.get("title_ja").isEmpty() || v.get("title_en").isEmpty()) {
                problems.add(new RowProblem(row, v.get("title_ja").isEmpty() ? "title_ja" : "title_en",
                        "A course's first row needs both title_ja and title_en.", "title-missing", Map.of()));
            } else {
                title = LocalizedText.of(v.get("title_ja"), v.get("title_en"));
            }
            try {
                year = Integer.parseInt(v.get("year"));
                if (year < 1 || year > 6) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(row, "year", "year '" + v.get("year") + "' must be a whole number from 1 to 6.", "year-invalid",
                        Map.of("value", v.get("year"))));
            }
            Optional<Semester> s = Semester.parse(v.get("semester"));
            if (s.isEmpty()) {
                problems.add(new RowProblem(row, "semester", "semester '" + v.get("semester") + "' must be 前期, 後期, 通年 or 集中 "
                        + "(or first, second, full-year, intensive).", "semester-invalid", Map.of("value", v.get("semester"))));
            } else {
                semester = s.get();
            }
            if (!v.get("hours").isEmpty()) {
                try {
                    int h = Integer.parseInt(v.get("hours"));
                    if (h < 0) {
                        throw new NumberFormatException();
                    }
                    hours = OptionalInt.of(h);
                } catch (NumberFormatException e) {
                    problems.add(new RowProblem(row, "hours", "hours '" + v.get("hours") + "' must be a whole number of 0 or more.", "hours-invalid",
                            Map.of("value", v.get("hours"))));
                }
            }
            if (!v.get("credits").isEmpty()) {
                try {
                    double c = Double.parseDouble(v.get("credits"));
                    if (!(c >= 0) || Double.isInfinite(c)) {
                        throw new NumberFormatException();
                    }
                    credits = OptionalDouble.of(c);
                } catch (NumberFormatException e) {
                    problems.add(new RowProblem(row, "credits", "credits '" + v.get("credits") + "' must be a number of 0 or more, e.g. 2 or 1.5.",
                            "credits-invalid", Map.of("value", v.get("credits"))));
                }
            }
        }

        Course course() {
            return new Course(code, title, year, semester, hours, credits, Optional.of(values.get("syllabus")), mappings);
        }
    }
}
