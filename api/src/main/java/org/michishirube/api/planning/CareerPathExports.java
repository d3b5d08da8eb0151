package org.michishirube.api.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.michishirube.api.planning.CareerPathViews.PathReport;
import org.michishirube.api.planning.CareerPathViews.PositionAnswer;
import org.michishirube.api.planning.CareerPathViews.SchoolReport;
import org.michishirube.api.planning.CareerPathViews.StagePosition;
import org.michishirube.api.planning.CareerPathViews.StageReport;

/** The career-path answers for people and spreadsheets: a position as Markdown, a school report as CSV, Markdown or XLSX. */
final class CareerPathExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> CSV_COLUMNS = List.of("path", "stage", "name_ja", "name_en", "targets", "covered", "share",
            "plan_hours_newcomer", "plan_hours_graduate", "hours_saved");

    private CareerPathExports() {
    }

    static String markdown(PositionAnswer a) {
        StringBuilder md = new StringBuilder();
        md.append("# キャリアパス / Career path: ").append(PlanMarkdown.name(a.path())).append("\n\n");
        md.append(PlanMarkdown.escape(a.summary().ja())).append("\n\n").append(PlanMarkdown.escape(a.summary().en())).append("\n\n");
        md.append("| | 段階 / Stage | 目安 / Typical year | |\n|---|---|---|---|\n");
        for (StagePosition s : a.stages()) {
            boolean here = a.reached() != null && a.reached().index() == s.index();
            md.append("| ").append(s.index() + 1).append(" | ").append(PlanMarkdown.escape(s.name().ja() + " / " + s.name().en()))
                    .append(" | ").append(s.typicalYear()).append(" 年目 / year ").append(s.typicalYear()).append(" | ")
                    .append(here ? "**現在地 / you are here**" : s.reached() ? "到達 / reached" : "").append(" |\n");
        }
        md.append('\n');
        if (a.plan() != null) {
            md.append(PlanMarkdown.render(a.plan()).replaceFirst("^# ", "## "));
        }
        return md.toString();
    }

    static String csv(SchoolReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (PathReport p : r.paths()) {
                for (StageReport s : p.stages()) {
                    csv.printRecord(p.path().id(), s.index() + 1, s.name().ja(), s.name().en(), s.targets(), s.covered(), share(s.share()),
                            blank(s.planHoursNewcomer()), blank(s.planHoursGraduate()), blank(s.hoursSaved()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String markdown(SchoolReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# キャリアパス準備度 / Career-path readiness: ").append(PlanMarkdown.escape(r.name().ja() + " / " + r.name().en()))
                .append("\n\n");
        md.append("課程 / Curriculum: `").append(r.curriculum()).append("` (").append(PlanMarkdown.escape(r.institution())).append(")\n\n");
        md.append("目標の充足 = その段階が必要とするレベルで課程が扱う目標の割合。短縮時間 = 未経験者の計画時間 − 卒業生の計画時間。\n\n");
        md.append("Covered = the stage's targets the curriculum covers at the level the stage needs. Saved = a newcomer's plan hours "
                + "minus a graduate's.\n\n");
        for (PathReport p : r.paths()) {
            md.append("## ").append(PlanMarkdown.name(p.path())).append("\n\n");
            md.append("| | 段階 / Stage | 目標 / Targets | 充足 / Covered | 割合 / Share | 未経験 / Newcomer h | 卒業生 / Graduate h | 短縮 / Saved h |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (StageReport s : p.stages()) {
                md.append("| ").append(s.index() + 1).append(" | ").append(PlanMarkdown.escape(s.name().ja() + " / " + s.name().en()))
                        .append(" | ").append(s.targets()).append(" | ").append(s.covered()).append(" | ").append(percent(s.share()))
                        .append(" | ").append(dash(s.planHoursNewcomer())).append(" | ").append(dash(s.planHoursGraduate())).append(" | ")
                        .append(dash(s.hoursSaved())).append(" |\n");
            }
            md.append("\n最初の段階までに卒業生がまだ学ぶこと / What a graduate still needs for the first stage: **")
                    .append(dash(p.firstStage().hours())).append(" 時間 / hours**");
            if (!p.firstStage().steps().isEmpty()) {
                md.append(" (").append(PlanMarkdown.escape(String.join(", ", p.firstStage().steps().stream().map(n -> n.id()).toList()))).append(')');
            }
            md.append("\n\n");
        }
        return md.toString();
    }

    static byte[] xlsx(SchoolReport r) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Stages");
            Row header = sheet.createRow(0);
            for (int i = 0; i < CSV_COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(CSV_COLUMNS.get(i));
            }
            int at = 1;
            for (PathReport p : r.paths()) {
                for (StageReport s : p.stages()) {
                    Row row = sheet.createRow(at++);
                    row.createCell(0).setCellValue(p.path().id());
                    row.createCell(1).setCellValue(s.index() + 1);
                    row.createCell(2).setCellValue(s.name().ja());
                    row.createCell(3).setCellValue(s.name().en());
                    row.createCell(4).setCellValue(s.targets());
                    row.createCell(5).setCellValue(s.covered());
                    row.createCell(6).setCellValue(s.share());
                    number(row, 7, s.planHoursNewcomer());
                    number(row, 8, s.planHoursGraduate());
                    number(row, 9, s.hoursSaved());
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An hour figure the graph cannot give (a licence outside it) stays an empty cell. */
    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static String blank(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String dash(Integer value) {
        return value == null ? "—" : value.toString();
    }

    private static String share(double share) {
        return String.format(Locale.ROOT, "%.3f", share);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
