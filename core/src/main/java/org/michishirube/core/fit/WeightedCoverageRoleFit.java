package org.michishirube.core.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.planning.Attainment;
import org.michishirube.core.planning.GapHours;
import org.michishirube.core.planning.LearnerProfile;
import org.michishirube.core.planning.PlanOutcome;
import org.michishirube.core.planning.PlanningOptions;
import org.michishirube.core.planning.LearningPathPlanner;

/**
 * Scores a role by the importance-weighted coverage of its needs:
 * {@code Σ importance × min(attained / required, 1) / Σ importance}. When every importance is 0 each need
 * weighs the same; a role without needs scores 1. The hours to close the gap are the total hours of the
 * main plan {@link LearningPathPlanner#topological()} makes for the role (prerequisites included, same
 * {@link org.michishirube.core.planning.Effort effort}), computed with {@link GapHours} so that
 * thousands of roles rank in well under a second.
 *
 * <p>A second career credits what the learner does now: each need of a current role counts as attained at
 * its required level where the learner's own level is lower (a pharmacist knows what a pharmacist needs),
 * so that the ranking shows which new roles build on the old one. Crediting only raises levels, which keeps
 * scores monotone in the profile.
 */
final class WeightedCoverageRoleFit implements RoleFit {

    /** Most important first, then by target id. */
    private static final Comparator<RoleFitRanking.Gap> MISSING_ORDER =
            Comparator.comparingDouble(RoleFitRanking.Gap::importance).reversed()
                    .thenComparing(RoleFitRanking.Gap::target).thenComparingInt(RoleFitRanking.Gap::required);

    @Override
    public FitOutcome rank(CompetencyGraph graph, LearnerProfile profile, FitScope scope, PlanningOptions options) {
        Attainment attainment = Attainment.of(graph, profile, options);
        Optional<PlanOutcome.Unreachable> bad = attainment.problem();
        if (bad.isPresent()) {
            return new FitOutcome.Rejected(bad.get().reason(), bad.get().explanation(), bad.get().witness());
        }
        Set<String> excluded = new TreeSet<>();
        Map<TargetId, Integer> credited = new TreeMap<>();
        if (scope instanceof FitScope.SecondCareer second) {
            excluded.addAll(second.currentFamilies());
            for (RoleId id : new TreeSet<>(second.currentRoles())) {
                Optional<Role> role = graph.role(id);
                if (role.isEmpty()) {
                    return new FitOutcome.Rejected(PlanOutcome.Reason.UNKNOWN_ROLE,
                            "the current role " + id + " is not known to this graph", List.of(id.value()));
                }
                excluded.add(role.get().family());
                for (Need need : role.get().needs()) {
                    if (attainment.level(need.target()) < need.level()) {
                        credited.merge(need.target(), need.level(), Math::max);
                    }
                }
            }
            if (!credited.isEmpty()) {
                LearnerProfile raised = profile;
                for (Map.Entry<TargetId, Integer> credit : credited.entrySet()) {
                    raised = raised.withMastered(credit.getKey(), credit.getValue());
                }
                attainment = Attainment.of(graph, raised, options);
            }
        }
        GapHours gapHours = GapHours.of(graph, attainment, options);
        List<RoleFitRanking.Entry> entries = new ArrayList<>();
        List<Role> roles = graph.roles();
        for (int r = 0; r < roles.size(); r++) {
            Role role = roles.get(r);
            if (excluded.contains(role.family())) {
                continue;
            }
            List<Need> needs = role.needs();
            int count = needs.size();
            int[] positions = graph.needPositions(r);
            int[] required = new int[count];
            int[] attained = new int[count];
            List<RoleFitRanking.Gap> missing = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                Need need = needs.get(k);
                required[k] = need.level();
                attained[k] = attainment.level(positions[k]);
                if (attained[k] < need.level()) {
                    missing.add(new RoleFitRanking.Gap(need.target(), attained[k], need.level(), need.importance()));
                }
            }
            missing.sort(MISSING_ORDER);
            int hours = gapHours.hours(positions, required, count);
            entries.add(new RoleFitRanking.Entry(role.id(), role.family(), score(needs, attained), hours, missing));
        }
        return new FitOutcome.Ranked(new RoleFitRanking(scope, excluded, credited, entries));
    }

    /**
     * {@return how well the attained levels cover a role's needs, in 0..1}
     *
     * @param role the role
     * @param attainment the learner's levels
     */
    public static double score(Role role, Attainment attainment) {
        int[] attained = role.needs().stream().mapToInt(n -> attainment.level(n.target())).toArray();
        return score(role.needs(), attained);
    }

    private static double score(List<Need> needs, int[] attained) {
        if (needs.isEmpty()) {
            return 1.0;
        }
        double totalImportance = needs.stream().mapToDouble(Need::importance).sum();
        boolean unweighted = totalImportance == 0;
        double covered = 0;
        double weights = 0;
        for (int k = 0; k < needs.size(); k++) {
            Need need = needs.get(k);
            double weight = unweighted ? 1 : need.importance();
            covered += weight * Math.min((double) attained[k] / need.level(), 1.0);
            weights += weight;
        }
        // Rounding can push a full score a hair above 1.
        return Math.min(1.0, covered / weights);
    }
}
