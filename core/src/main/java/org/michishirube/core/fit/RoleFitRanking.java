package org.michishirube.core.fit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.michishirube.core.model.Need;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;

/**
 * Roles ranked by fit: score descending, then hours to close the gap ascending, then role id.
 *
 * @param scope the scope ranked
 * @param excludedFamilies the role families left out (empty unless a second career)
 * @param credited the levels a second career credits from the needs of the current roles: target → level,
 *     only where the learner's own level was lower (empty unless a second career)
 * @param entries one entry per role in scope, in rank order
 */
public record RoleFitRanking(FitScope scope, Set<String> excludedFamilies, Map<TargetId, Integer> credited,
        List<Entry> entries) {

    /** The rank order. */
    public static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::score).reversed()
            .thenComparingInt(Entry::hoursToClose)
            .thenComparing(Entry::role);

    public RoleFitRanking {
        if (scope == null) {
            throw new IllegalArgumentException("scope is missing");
        }
        excludedFamilies = Set.copyOf(excludedFamilies);
        credited = Map.copyOf(credited);
        entries = entries.stream().sorted(ORDER).toList();
    }

    /**
     * How one role fits.
     *
     * @param role the role
     * @param family its family
     * @param score Σ importance × min(attained / required, 1) / Σ importance, in 0..1
     * @param hoursToClose the total hours of the plan to the role (0 when every need is met)
     * @param missing the needs not met, most important first, then by target id
     */
    public record Entry(RoleId role, String family, double score, int hoursToClose, List<Gap> missing) {
        public Entry {
            if (role == null || family == null) {
                throw new IllegalArgumentException("role and family are required");
            }
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score of " + role + " must be 0..1, was " + score);
            }
            if (hoursToClose < 0) {
                throw new IllegalArgumentException("hours to close must not be negative");
            }
            missing = List.copyOf(missing);
        }
    }

    /**
     * A need not met.
     *
     * @param target the target
     * @param attained the level reached (0..3)
     * @param required the level the role needs (1..4)
     * @param importance how much it matters to the role
     */
    public record Gap(TargetId target, int attained, int required, double importance) {
        public Gap {
            if (target == null) {
                throw new IllegalArgumentException("target is missing");
            }
            if (attained < 0 || required > Need.MAX_LEVEL || attained >= required) {
                throw new IllegalArgumentException("a gap on " + target + " needs 0 ≤ attained < required ≤ 4");
            }
        }
    }
}
