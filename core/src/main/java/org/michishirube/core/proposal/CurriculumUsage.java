package org.michishirube.core.proposal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.michishirube.core.model.TargetId;

/**
 * How many of the known curricula address each target.
 *
 * @param counts target → number of curricula addressing it; targets left out count 0
 * @param curricula the number of curricula looked at
 */
public record CurriculumUsage(Map<TargetId, Integer> counts, int curricula) {

    public CurriculumUsage {
        if (curricula < 0) {
            throw new IllegalArgumentException("the number of curricula is negative");
        }
        counts.forEach((t, n) -> {
            if (n == null || n < 0 || n > curricula) {
                throw new IllegalArgumentException("count of " + t + " must be 0.." + curricula + ", was " + n);
            }
        });
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** {@return usage with no curricula known: nothing can be said about teaching} */
    public static CurriculumUsage none() {
        return new CurriculumUsage(Map.of(), 0);
    }

    /** {@return the number of curricula addressing a target} */
    public int count(TargetId target) {
        return counts.getOrDefault(target, 0);
    }
}
