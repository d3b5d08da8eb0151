package org.michishirube.api.curriculum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Coverage;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.Share;
import org.michishirube.core.coverage.TargetCoverage;
import org.michishirube.core.model.TargetId;

/** Coverage as CSV (one row per leaf target), Markdown (for reading and pasting) and XLSX (courses × targets, styled). */
final class CoverageExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> CSV_COLUMNS = List.of("target", "name_ja", "name_en", "domain", "area", "hours", "covered", "depth", "courses");

    private CoverageExports() {
    }

    static String csv(Coverage c) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (TargetCoverage t : c.targets()) {
                csv.printRecord(t.target().value(), t.name().ja(), t.name().en(), t.domain().value(), t.area().value(), t.hours(),
                        t.covered(), t.depth().map(Depth::code).orElse(""), String.join(" ", t.courses()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String markdown(Coverage c, Curriculum curriculum) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(curriculum.name().ja()).append(" / ").append(curriculum.name().en()).append("\n\n");
        md.append("Coverage of `").append(curriculum.id()).append("` (version ").append(curriculum.version()).append(") against `")
                .append(c.version()).append("`: **").append(c.overall().covered()).append(" of ").append(c.overall().targets())
                .append("** leaf targets (").append(percent(c.overall().share())).append("), ").append(c.overall().coveredHours())
                .append(" of ").append(c.overall().hours()).append(" study hours (").append(percent(c.overall().hourShare())).append(").\n\n");
        md.append("## Domains / 領域\n\n");
        table(md, c.domains());
        md.append("\n## Areas / 一般目標\n\n");
        table(md, c.areas());
        md.append("\n## Uncovered targets / 未カバーの目標 (").append(c.uncovered().size()).append(")\n\n");
        c.targets().stream().filter(t -> !t.covered()).forEach(t -> md.append("- `").append(t.target()).append("` ")
                .append(escape(t.name().ja())).append(" / ").append(escape(t.name().en())).append('\n'));
        md.append("\n## Covered only at \"introduces\" / 導入のみ (").append(c.introducedOnly().size()).append(")\n\n");
        c.targets().stream().filter(t -> t.depth().filter(Depth.INTRODUCES::equals).isPresent())
                .forEach(t -> md.append("- `").append(t.target()).append("` ").append(escape(t.name().ja())).append(" — ")
                        .append(String.join(", ", t.courses())).append('\n'));
        md.append("\n## Courses that address no target / 目標に対応しない科目 (").append(c.idleCourses().size()).append(")\n\n");
        for (String code : c.idleCourses()) {
            curriculum.course(code).ifPresent(k -> md.append("- ").append(k.code()).append(' ').append(escape(k.title().ja()))
                    .append(" / ").append(escape(k.title().en())).append('\n'));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Share> shares) {
        md.append("| id | 名称 | name | targets | covered | share | hours | covered hours | hour share |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Share s : shares) {
            md.append("| `").append(s.id()).append("` | ").append(escape(s.name().ja())).append(" | ").append(escape(s.name().en()))
                    .append(" | ").append(s.targets()).append(" | ").append(s.covered()).append(" | ").append(percent(s.share()))
                    .append(" | ").append(s.hours()).append(" | ").append(s.coveredHours()).append(" | ").append(percent(s.hourShare()))
                    .append(" |\n");
        }
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /**
     * A workbook with three sheets: "Matrix" (courses down, leaf targets across, I/R/M shaded by depth, the coverage
     * of each target in the last rows), "Domains and areas", and "Targets" (the CSV's rows).
     */
    static byte[] xlsx(Coverage c, Curriculum curriculum) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            matrix(wb.createSheet("Matrix"), st, c, curriculum);
            shares(wb.createSheet("Domains and areas"), st, c);
            targets(wb.createSheet("Targets"), st, c);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void matrix(Sheet sheet, Styles st, Coverage c, Curriculum curriculum) {
        List<TargetId> targets = c.matrix().targets();
        Row title = sheet.createRow(0);
        text(title, 0, curriculum.name().ja() + " / " + curriculum.name().en() + " — " + c.version(), st.title);
        Row domainRow = sheet.createRow(1);
        Row idRow = sheet.createRow(2);
        Row nameRow = sheet.createRow(3);
        text(idRow, 0, "Course / 科目", st.header);
        text(idRow, 1, "Title / 科目名", st.header);
        text(idRow, 2, "Year", st.header);
        text(idRow, 3, "Hours", st.header);
        text(nameRow, 1, "Target name / 目標 →", st.header);
        for (int j = 0; j < targets.size(); j++) {
            TargetCoverage t = c.targets().get(j);
            text(domainRow, 4 + j, t.domain().value(), st.small);
            text(idRow, 4 + j, t.target().value(), st.rotated);
            text(nameRow, 4 + j, t.name().ja(), st.rotated);
            sheet.setColumnWidth(4 + j, 4 * 256);
        }
        idRow.setHeightInPoints(150);
        nameRow.setHeightInPoints(150);
        int r = 4;
        for (Course k : curriculum.courses()) {
            Row row = sheet.createRow(r++);
            text(row, 0, k.code(), st.plain);
            text(row, 1, k.title().ja(), st.plain);
            row.createCell(2).setCellValue(k.year());
            if (k.hours().isPresent()) {
                row.createCell(3).setCellValue(k.hours().getAsInt());
            }
            for (int j = 0; j < targets.size(); j++) {
                int col = 4 + j;
                c.matrix().cell(k.code(), targets.get(j)).ifPresentOrElse(d -> text(row, col, d.letter(), st.depth(d)),
                        () -> text(row, col, "", st.empty));
            }
        }
        Row deepest = sheet.createRow(r + 1);
        text(deepest, 1, "Deepest / 最深", st.header);
        for (int j = 0; j < targets.size(); j++) {
            TargetCoverage t = c.targets().get(j);
            int col = 4 + j;
            t.depth().ifPresentOrElse(d -> text(deepest, col, d.letter(), st.depth(d)), () -> text(deepest, col, "–", st.uncovered));
        }
        Row legend = sheet.createRow(r + 3);
        text(legend, 1, "I = introduces 導入, R = reinforces 強化, M = masters 習得; red – = uncovered", st.small);
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 6 * 256);
        sheet.setColumnWidth(3, 7 * 256);
        sheet.createFreezePane(4, 4);
    }

    private static void shares(Sheet sheet, Styles st, Coverage c) {
        String[] head = {"Level", "Id", "名称", "Name", "Targets", "Covered", "Share", "Hours", "Covered hours", "Hour share"};
        Row h = sheet.createRow(0);
        for (int i = 0; i < head.length; i++) {
            text(h, i, head[i], st.header);
        }
        int r = 1;
        r = shareRows(sheet, st, r, "version", List.of(c.overall()));
        r = shareRows(sheet, st, r, "domain", c.domains());
        shareRows(sheet, st, r, "area", c.areas());
        int[] widths = {9, 24, 30, 40, 9, 9, 9, 9, 13, 11};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int shareRows(Sheet sheet, Styles st, int r, String level, List<Share> shares) {
        for (Share s : shares) {
            Row row = sheet.createRow(r++);
            text(row, 0, level, st.plain);
            text(row, 1, s.id(), st.plain);
            text(row, 2, s.name().ja(), st.plain);
            text(row, 3, s.name().en(), st.plain);
            row.createCell(4).setCellValue(s.targets());
            row.createCell(5).setCellValue(s.covered());
            Cell share = row.createCell(6);
            share.setCellValue(s.share());
            share.setCellStyle(st.percent);
            row.createCell(7).setCellValue(s.hours());
            row.createCell(8).setCellValue(s.coveredHours());
            Cell hourShare = row.createCell(9);
            hourShare.setCellValue(s.hourShare());
            hourShare.setCellStyle(st.percent);
        }
        return r;
    }

    private static void targets(Sheet sheet, Styles st, Coverage c) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < CSV_COLUMNS.size(); i++) {
            text(h, i, CSV_COLUMNS.get(i), st.header);
        }
        int r = 1;
        for (TargetCoverage t : c.targets()) {
            Row row = sheet.createRow(r++);
            text(row, 0, t.target().value(), st.plain);
            text(row, 1, t.name().ja(), st.plain);
            text(row, 2, t.name().en(), st.plain);
            text(row, 3, t.domain().value(), st.plain);
            text(row, 4, t.area().value(), st.plain);
            row.createCell(5).setCellValue(t.hours());
            text(row, 6, t.covered() ? "yes" : "no", t.covered() ? st.plain : st.uncovered);
            t.depth().ifPresentOrElse(d -> text(row, 7, d.code(), st.depth(d)), () -> text(row, 7, "", st.plain));
            text(row, 8, String.join(" ", t.courses()), st.plain);
        }
        int[] widths = {32, 36, 44, 18, 24, 7, 9, 12, 30};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, CSV_COLUMNS.size() - 1));
        sheet.createFreezePane(1, 1);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few styles the workbook uses; a workbook holds at most 64,000 styles, so they are shared, not made per cell. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle rotated;
        final CellStyle small;
        final CellStyle plain;
        final CellStyle empty;
        final CellStyle uncovered;
        final CellStyle percent;
        final CellStyle introduces;
        final CellStyle reinforces;
        final CellStyle masters;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font red = wb.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            red.setBold(true);
            Font white = wb.createFont();
            white.setColor(IndexedColors.WHITE.getIndex());
            white.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            rotated = wb.createCellStyle();
            rotated.cloneStyleFrom(header);
            rotated.setRotation((short) 90);
            small = wb.createCellStyle();
            small.setRotation((short) 0);
            plain = wb.createCellStyle();
            empty = bordered(wb);
            uncovered = bordered(wb);
            uncovered.setFont(red);
            uncovered.setAlignment(HorizontalAlignment.CENTER);
            uncovered.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            uncovered.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            introduces = filled(wb, IndexedColors.LIGHT_GREEN, null);
            reinforces = filled(wb, IndexedColors.BRIGHT_GREEN, null);
            masters = filled(wb, IndexedColors.GREEN, white);
        }

        CellStyle depth(Depth d) {
            return switch (d) {
                case INTRODUCES -> introduces;
                case REINFORCES -> reinforces;
                case MASTERS -> masters;
            };
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderBottom(BorderStyle.HAIR);
            s.setBorderRight(BorderStyle.HAIR);
            return s;
        }

        private static CellStyle filled(Workbook wb, IndexedColors color, Font font) {
            CellStyle s = bordered(wb);
            s.setFillForegroundColor(color.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(HorizontalAlignment.CENTER);
            if (font != null) {
                s.setFont(font);
            }
            return s;
        }
    }
}
