package org.michishirube.core.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Requirement;

/**
 * The way a learner will meet an eligibility rule: the credentials still to earn and the whole years of work still
 * missing per kind. Empty in both when the rule is met now.
 *
 * @param earn credentials the learner does not hold yet, ordered by id
 * @param missingYears years still missing per kind of work, each ≥ 1
 */
record EligibilityRoute(SortedSet<CredentialId> earn, Map<ExperienceKind, Integer> missingYears) {

    /**
     * Alternatives are ranked by the credentials they need (fewer first, then by ids), and only then by the
     * longest wait. The credentials come first so that more experience can only shorten the wait along the same
     * credentials, never switch to other credentials that take longer to study.
     */
    private static final Comparator<EligibilityRoute> CHEAPEST = Comparator
            .comparingInt((EligibilityRoute r) -> r.earn().size())
            .thenComparing(r -> r.earn().stream().map(CredentialId::value).toList(), EligibilityRoute::compareLists)
            .thenComparingInt(EligibilityRoute::longestWait)
            .thenComparingInt(r -> r.missingYears().values().stream().mapToInt(Integer::intValue).sum());

    EligibilityRoute {
        earn = new TreeSet<>(earn);
        missingYears = new TreeMap<>(missingYears);
    }

    /** {@return the cheapest way to meet a credential's requirements (read together as one AND)} */
    static EligibilityRoute of(List<Requirement> requirements, Predicate<CredentialId> holds,
                               ToIntFunction<ExperienceKind> years) {
        if (requirements.isEmpty()) {
            return new EligibilityRoute(new TreeSet<>(), Map.of());
        }
        return of(Requirement.allOf(requirements), holds, years);
    }

    /** {@return the cheapest way to meet one rule} */
    static EligibilityRoute of(Requirement rule, Predicate<CredentialId> holds, ToIntFunction<ExperienceKind> years) {
        if (rule instanceof Requirement.HoldsCredential h) {
            TreeSet<CredentialId> earn = new TreeSet<>();
            if (!holds.test(h.credential())) {
                earn.add(h.credential());
            }
            return new EligibilityRoute(earn, Map.of());
        }
        if (rule instanceof Requirement.Experience e) {
            int missing = e.minimumYears() - years.applyAsInt(e.kind());
            return new EligibilityRoute(new TreeSet<>(), missing > 0 ? Map.of(e.kind(), missing) : Map.of());
        }
        if (rule instanceof Requirement.All a) {
            TreeSet<CredentialId> earn = new TreeSet<>();
            Map<ExperienceKind, Integer> missing = new TreeMap<>();
            for (Requirement part : a.all()) {
                EligibilityRoute r = of(part, holds, years);
                earn.addAll(r.earn());
                // Work of one kind accrues once: the larger need of a kind covers the smaller.
                r.missingYears().forEach((k, y) -> missing.merge(k, y, Math::max));
            }
            return new EligibilityRoute(earn, missing);
        }
        List<EligibilityRoute> options = new ArrayList<>();
        for (Requirement alternative : ((Requirement.AnyOf) rule).alternatives()) {
            options.add(of(alternative, holds, years));
        }
        return options.stream().min(CHEAPEST).orElseThrow();
    }

    /** {@return whether the rule is met now} */
    boolean metNow() {
        return earn.isEmpty() && missingYears.isEmpty();
    }

    /** {@return the longest of the waits in years, 0 when none} */
    int longestWait() {
        return missingYears.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
