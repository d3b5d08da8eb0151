package org.michishirube.api.planning;

import org.michishirube.api.planning.PlanViews.MilestoneView;
import org.michishirube.api.planning.PlanViews.Named;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanViews.PlanView;
import org.michishirube.api.planning.PlanViews.SavedPlanView;
import org.michishirube.api.planning.PlanViews.StepView;
import org.michishirube.api.planning.PlanViews.WhyView;

/** A plan as Markdown for people to print or share, Japanese first with English beside it. */
final class PlanMarkdown {

    private PlanMarkdown() {
    }

    /** A saved plan: its title, when it was made and, when a revision has made it stale, why; then the plan. */
    static String render(SavedPlanView saved) {
        StringBuilder md = new StringBuilder();
        md.append("> 保存した計画 / Saved plan: **").append(escape(saved.title())).append("** (")
                .append(saved.createdAt()).append(")\n");
        if (saved.stale()) {
            md.append(">\n> 改訂により古くなっています / Stale since a revision: ")
                    .append(escape(String.join("; ", saved.staleBecause()))).append("\n");
        }
        return md.append('\n').append(render(saved.plan())).toString();
    }

    static String render(PlanAnswer answer) {
        StringBuilder md = new StringBuilder();
        PlanView plan = answer.main();
        md.append("# 学習計画 / Learning plan: ").append(names(plan.goal().items())).append("\n\n");
        md.append("- 合計 / Total: **").append(plan.totalHours()).append(" 時間 / hours**, ")
                .append(plan.weeks()).append(" 週 / weeks\n");
        plan.hoursByDomain().forEach(d -> md.append("- ").append(name(d.domain())).append(": ").append(d.hours()).append(" h\n"));
        md.append("- 対象版 / Framework versions: ").append(String.join(", ", plan.frameworkVersions())).append("\n");
        if (answer.selfAssessment() != null) {
            md.append("- 自己評価を前提に省いた時間 / Spared on self-assessment alone: ").append(answer.selfAssessment().hoursSpared())
                    .append(" h (").append(escape(names(answer.selfAssessment().targets()))).append(")\n");
        }
        if (answer.fromCurricula() != null && !answer.fromCurricula().isEmpty()) {
            md.append("- 修了した課程から / From curricula completed: ");
            md.append(String.join("; ", answer.fromCurricula().stream().map(c -> escape(c.target().id() + " → " + c.level() + " ("
                    + c.institution() + " " + c.curriculum() + " " + c.course() + ", " + c.completed() + ")")).toList())).append("\n");
        }
        md.append('\n');
        if (!plan.milestones().isEmpty()) {
            md.append("## マイルストーン / Milestones\n\n| | 資格 / Credential | 日付 / Date | 種類 / Kind | 出願締切 / Apply by |\n|---|---|---|---|---|\n");
            int i = 1;
            for (MilestoneView m : plan.milestones()) {
                md.append("| ").append(i++).append(" | ").append(name(m.credential())).append(" | ")
                        .append(m.earliest() == null ? "" : m.earliest()).append(" | ")
                        .append("wait".equals(m.kind()) ? "実務経験の待機 / wait for " + m.missingYears() + " more year(s) of " + m.experience()
                                : examKind(m))
                        .append(" | ").append(m.sitting() == null ? "" : m.sitting().applicationCloses())
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (answer.subjectStrategies() != null && !answer.subjectStrategies().isEmpty()) {
            md.append("## 科目の受け方 / Subject strategies\n\n| | 方法 / Strategy | 受験日と科目 / Sittings and subjects | 完了 / Completes | 週 / Weeks |\n|---|---|---|---|---|\n");
            for (PlanViews.StrategyView s : answer.subjectStrategies()) {
                StringBuilder parts = new StringBuilder();
                s.banked().forEach(b -> parts.append(name(b.subject())).append(" (").append(b.year()).append(" 合格済 / passed); "));
                s.parts().forEach(p -> parts.append(p.sitting().examDay()).append(p.sitting().projected() ? "*" : "").append(": ")
                        .append(names(p.subjects())).append("; "));
                md.append("| ").append(s.chosen() ? "**推奨 / default**" : "").append(" | ")
                        .append("all-at-once".equals(s.kind()) ? "一括 / all at once" : "分割 / split over " + s.sittings() + " sittings")
                        .append(" | ").append(escape(parts.toString().trim())).append(" | ").append(s.completes()).append(" | ")
                        .append(s.weeks()).append(" |\n");
            }
            md.append("\n\\* 予測日程 / projected sitting\n\n");
        }
        md.append("## 学習ステップ / Steps\n\n| # | 到達目標 / Target | レベル / Level | 時間 / Hours | 理由 / Why |\n|---|---|---|---|---|\n");
        for (StepView s : plan.steps()) {
            md.append("| ").append(s.index()).append(" | ").append(escape(name(s.target()))).append(" `").append(s.target().id()).append("` | ")
                    .append(s.fromLevel()).append(" → ").append(s.toLevel()).append(" | ").append(s.hours()).append(" | ")
                    .append(escape(why(s, answer.goal()))).append(" |\n");
        }
        if (plan.steps().stream().anyMatch(s -> s.resources() != null && !s.resources().isEmpty())) {
            md.append("\n## 学べる場所 / Where to learn\n\n| # | 種類 / Kind | 名称 / Title | 対象 / Fit | 深さ / Depth | 時間 / Hours | どこで / Where |\n"
                    + "|---|---|---|---|---|---|---|\n");
            for (StepView s : plan.steps()) {
                for (PlanViews.ResourceRef ref : s.resources()) {
                    PlanViews.StepResourceView r = answer.resources().stream().filter(x -> x.id().equals(ref.id())).findFirst().orElseThrow();
                    String where = "course".equals(r.kind()) ? r.institution() + " · " + r.curriculum() + " " + r.course()
                            : r.url() != null ? r.url() : r.source();
                    md.append("| ").append(s.index()).append(" | ").append(r.kind()).append(" | ").append(escape(r.title().ja()))
                            .append(r.title().en().equals(r.title().ja()) ? "" : " / " + escape(r.title().en())).append(" | ")
                            .append("target".equals(ref.fit()) ? "目標 / target" : "上位領域 / area").append(" | ").append(r.depth()).append(" | ")
                            .append(r.hours() == null ? "–" : String.valueOf(r.hours())).append(" | ").append(escape(String.valueOf(where))).append(" |\n");
                }
            }
        }
        if (answer.schedule() != null && !answer.schedule().isEmpty()) {
            md.append("\n## 週ごとの予定 / Week by week\n\n| 週 / Week | 開始 / From | 時間 / Hours | 学習 / Study |\n|---|---|---|---|\n");
            for (PlanViews.WeekView w : answer.schedule()) {
                StringBuilder what = new StringBuilder();
                w.blocks().forEach(b -> what.append(what.length() == 0 ? "" : "; ").append(b.step()).append(". ").append(name(answer.steps().get(b.step() - 1).target()))
                        .append(" ").append(b.hours()).append(" h"));
                md.append("| ").append(w.week()).append(" | ").append(w.start()).append(" | ").append(w.hours()).append(" | ")
                        .append(escape(what.toString())).append(" |\n");
            }
        }
        if (!answer.alternatives().isEmpty()) {
            md.append("\n## 別の道 / Alternatives\n\n");
            answer.alternatives().forEach(a -> md.append("- ").append(a.totalHours()).append(" h, ").append(a.weeks())
                    .append(" weeks, via ").append(String.join(" → ", a.examCredentials())).append('\n'));
        }
        return md.toString();
    }

    private static String examKind(MilestoneView m) {
        String exam = "受験 / exam (after step " + m.afterSteps() + ")";
        if (m.sitting() != null) {
            return exam + (m.sitting().projected() ? ", 予測日程 / projected sitting" : ", 公表日程 / announced sitting");
        }
        if (Boolean.FALSE.equals(m.sittingKnown())) {
            return exam + ", 既知の試験日なし: 準備完了日 / no known sitting: ready on this day";
        }
        return exam;
    }

    private static String why(StepView s, PlanViews.GoalView goal) {
        StringBuilder b = new StringBuilder();
        for (WhyView w : s.why()) {
            if (b.length() > 0) {
                b.append(" → ");
            }
            // A link without a name is the step's own target or the goal, named there.
            org.michishirube.core.model.LocalizedText name = w.name() != null ? w.name() : w.id().equals(s.target().id()) ? s.target().name()
                    : goal.items().stream().filter(i -> i.id().equals(w.id())).map(i -> i.name()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            b.append(w.relation()).append(' ').append(name == null ? w.id() : name.ja());
        }
        return b.toString();
    }

    private static String names(java.util.List<Named> items) {
        return String.join(", ", items.stream().map(PlanMarkdown::name).toList());
    }

    static String name(Named n) {
        return n.name() == null ? n.id() : n.name().ja() + " (" + n.name().en() + ")";
    }

    static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
