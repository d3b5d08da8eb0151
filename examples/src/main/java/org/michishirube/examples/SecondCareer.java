package org.michishirube.examples;

import java.time.LocalDate;
import java.util.Set;

import org.michishirube.core.fit.FitOutcome;
import org.michishirube.core.fit.FitScope;
import org.michishirube.core.fit.RoleFit;
import org.michishirube.core.fit.RoleFitRanking;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.dataset.ReferenceDataset;

/** Ranks the roles a pharmacist could move to, their own role family left out, with the hours each gap costs. */
public final class SecondCareer {

    private SecondCareer() {
    }

    /** @param args none */
    public static void main(String[] args) {
        CompetencyGraph graph = ReferenceDataset.load().graph();
        // tag::fit[]
        FitOutcome outcome = RoleFit.weightedCoverage().rank(graph, LearnerProfile.beginner(5),
                FitScope.SecondCareer.from(Set.of(new RoleId("pharmacist"))), PlanningOptions.defaults(LocalDate.of(2026, 12, 4)));
        RoleFitRanking ranking = ((FitOutcome.Ranked) outcome).ranking();
        System.out.println("excluded families: " + ranking.excludedFamilies());
        ranking.entries().stream().limit(3).forEach(e -> System.out.printf("%-28s %-12s score %.2f, %d h to close%n",
                e.role().value(), e.family(), e.score(), e.hoursToClose()));
        // end::fit[]
    }
}
