package org.michishirube.core.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;

/**
 * The coverage of many curricula against one framework version, so a school sees where it stands.
 *
 * @param version the framework version
 * @param entries one per curriculum, best overall share first
 * @param domains per domain, how the curricula spread
 */
public record Benchmark(FrameworkVersionId version, List<Entry> entries, List<Spread> domains) {

    public Benchmark {
        entries = List.copyOf(entries);
        domains = List.copyOf(domains);
    }

    /**
     * One curriculum's figures.
     *
     * @param curriculum the curriculum id
     * @param institution its institution
     * @param name its name
     * @param overall its share of the whole version
     * @param domains its share per domain, ordered by id
     */
    public record Entry(CurriculumId curriculum, InstitutionId institution, LocalizedText name, Share overall, List<Share> domains) {
        public Entry {
            domains = List.copyOf(domains);
        }
    }

    /**
     * How the curricula spread in one domain, by share of targets covered.
     *
     * @param domain the domain id
     * @param name its name
     * @param curricula how many curricula were measured
     * @param min the lowest share
     * @param median the median share
     * @param max the highest share
     */
    public record Spread(String domain, LocalizedText name, int curricula, double min, double median, double max) {
    }

    /** {@return the benchmark of {@code curricula} against {@code version}} */
    public static Benchmark of(FrameworkTree version, List<Curriculum> curricula, CoverageAnalysis analysis) {
        List<Entry> entries = new ArrayList<>();
        Map<String, List<Double>> shares = new TreeMap<>();
        Map<String, LocalizedText> names = new TreeMap<>();
        for (Curriculum c : curricula) {
            Coverage coverage = analysis.analyse(c, version);
            entries.add(new Entry(c.id(), c.institution(), c.name(), coverage.overall(), coverage.domains()));
            for (Share s : coverage.domains()) {
                shares.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s.share());
                names.put(s.id(), s.name());
            }
        }
        entries.sort(Comparator.comparingDouble((Entry e) -> e.overall().share()).reversed().thenComparing(Entry::curriculum));
        List<Spread> spreads = new ArrayList<>();
        shares.forEach((d, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            spreads.add(new Spread(d, names.get(d), n, sorted.get(0), median, sorted.get(n - 1)));
        });
        return new Benchmark(version.version().id(), entries, spreads);
    }
}
