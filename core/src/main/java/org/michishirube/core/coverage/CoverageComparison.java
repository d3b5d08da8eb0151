package org.michishirube.core.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/**
 * The coverage of one curriculum against two versions of a framework, side by side, with the leaf targets whose
 * change between the versions moves the figures.
 *
 * @param from the coverage against the older version
 * @param to the coverage against the newer version
 * @param domains each domain's share in both versions, ordered by id
 * @param movers the leaves that were added, retired, re-weighted or changed coverage, ordered by id
 */
public record CoverageComparison(Coverage from, Coverage to, List<DomainShift> domains, List<TargetShift> movers) {

    public CoverageComparison {
        domains = List.copyOf(domains);
        movers = List.copyOf(movers);
    }

    /** Why a leaf moves the figures. */
    public enum Change {
        /** Only the newer version has it: it joins the denominators, covered or not. */
        ADDED,
        /** Only the older version has it: it leaves the denominators. */
        RETIRED,
        /** In both, but covered in the newer version only (through lineage). */
        GAINED,
        /** In both, but covered in the older version only. */
        LOST,
        /** In both and equally covered, but its study hours changed, so hour-weighted shares move. */
        REWEIGHTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A domain's share in both versions.
     *
     * @param domain the domain id
     * @param name its name
     * @param before its share in the older version; empty when that version lacks it
     * @param after its share in the newer version; empty when that version lacks it
     */
    public record DomainShift(String domain, LocalizedText name, Optional<Share> before, Optional<Share> after) {
    }

    /**
     * A leaf whose change moves the figures.
     *
     * @param target the leaf id
     * @param name its name in the newer version, or the older one when retired
     * @param change why it moves the figures
     * @param before its coverage in the older version; empty when absent there
     * @param after its coverage in the newer version; empty when absent there
     */
    public record TargetShift(TargetId target, LocalizedText name, Change change, Optional<TargetCoverage> before,
                              Optional<TargetCoverage> after) {
    }

    /** {@return the comparison of two coverages of one curriculum} */
    public static CoverageComparison of(Coverage from, Coverage to) {
        if (!from.curriculum().equals(to.curriculum())) {
            throw new IllegalArgumentException("compare coverages of one curriculum, not " + from.curriculum() + " and " + to.curriculum());
        }
        FrameworkVersionId a = from.version();
        FrameworkVersionId b = to.version();
        if (!a.framework().equals(b.framework())) {
            throw new IllegalArgumentException(a + " and " + b + " belong to different frameworks");
        }
        Map<String, Share> before = from.domains().stream().collect(Collectors.toMap(Share::id, Function.identity()));
        Map<String, Share> after = to.domains().stream().collect(Collectors.toMap(Share::id, Function.identity()));
        List<DomainShift> domains = new ArrayList<>();
        for (String d : new TreeSet<>(concat(before.keySet(), after.keySet()))) {
            Optional<Share> x = Optional.ofNullable(before.get(d));
            Optional<Share> y = Optional.ofNullable(after.get(d));
            domains.add(new DomainShift(d, y.or(() -> x).orElseThrow().name(), x, y));
        }
        Map<TargetId, TargetCoverage> old = byId(from);
        Map<TargetId, TargetCoverage> now = byId(to);
        List<TargetShift> movers = new ArrayList<>();
        for (TargetId id : new TreeSet<>(concat(old.keySet(), now.keySet()))) {
            Optional<TargetCoverage> x = Optional.ofNullable(old.get(id));
            Optional<TargetCoverage> y = Optional.ofNullable(now.get(id));
            Change change;
            if (x.isEmpty()) {
                change = Change.ADDED;
            } else if (y.isEmpty()) {
                change = Change.RETIRED;
            } else if (x.get().covered() != y.get().covered()) {
                change = y.get().covered() ? Change.GAINED : Change.LOST;
            } else if (x.get().hours() != y.get().hours()) {
                change = Change.REWEIGHTED;
            } else {
                continue;
            }
            movers.add(new TargetShift(id, y.or(() -> x).orElseThrow().name(), change, x, y));
        }
        return new CoverageComparison(from, to, domains, movers);
    }

    private static Map<TargetId, TargetCoverage> byId(Coverage c) {
        Map<TargetId, TargetCoverage> m = new TreeMap<>();
        c.targets().forEach(t -> m.put(t.target(), t));
        return m;
    }

    private static <T> List<T> concat(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
