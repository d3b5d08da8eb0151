package org.michishirube.examples;

import java.time.LocalDate;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.planning.Goal;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.LearningPathPlanner;
import org.michishirube.core.planning.LearningPlan;
import org.michishirube.core.planning.Milestone;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.planning.Step;
import org.michishirube.dataset.ReferenceDataset;

/** Plans the way from 医療情報技師 (HIT, held since 2022) to 医用画像情報専門技師 (MIIS) at 5 hours a week, as Markdown. */
public final class PlanToMiis {

    private PlanToMiis() {
    }

    /** @param args none */
    public static void main(String[] args) {
        CompetencyGraph graph = ReferenceDataset.load().graph();
        // tag::plan[]
        LearnerProfile hitHolder = LearnerProfile.beginner(5).withCredential(new CredentialId("hit"), 2022);
        PlanOutcome outcome = LearningPathPlanner.topological().plan(graph, hitHolder,
                Goal.CredentialGoal.of(new CredentialId("miis")), PlanningOptions.defaults(LocalDate.of(2026, 12, 4)));
        if (outcome instanceof PlanOutcome.Planned planned) {
            System.out.print(markdown(graph, planned.plan()));
        } else {
            System.out.println(outcome);
        }
        // end::plan[]
    }

    // tag::markdown[]
    static String markdown(CompetencyGraph graph, LearningPlan plan) {
        StringBuilder md = new StringBuilder("# 学習計画 / Learning plan\n\n")
                .append("- ").append(plan.totalHours()).append(" 時間 / hours, ").append(plan.weeks()).append(" 週 / weeks\n\n")
                .append("| # | 到達目標 / Target | Level | h |\n|---|---|---|---|\n");
        int n = 1;
        for (Step step : plan.steps()) {
            String name = graph.target(step.target()).map(t -> t.name().ja() + " / " + t.name().en()).orElse(step.target().value());
            md.append("| ").append(n++).append(" | ").append(name).append(" | ").append(step.fromLevel()).append(" → ")
                    .append(step.toLevel()).append(" | ").append(step.hours()).append(" |\n");
        }
        for (Milestone milestone : plan.milestones()) {
            md.append("\n- 受験 / Exam: ").append(milestone.credential().value()).append(", earliest ").append(milestone.earliest());
        }
        return md.append('\n').toString();
    }
    // end::markdown[]
}
