package org.michishirube.data.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.dataset.ReferenceDataset;
import org.michishirube.dataset.SearchVocabulary;

/**
 * How long the search index takes to build from a snapshot: the reference data, and a graph of about 14,000 targets
 * (copies of the HIT FY2020 tree under new ids, so the texts are real Japanese and English). A timed main, not a test:
 * speed is recorded in docs/performance.md, never asserted. Run (docs/performance.md, "Search index rebuild"):
 * <pre>
 * ./mvnw -B -o -q -pl data -am test-compile
 * ./mvnw -B -o -q -pl data dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp data/target/test-classes:data/target/classes:$(cat /tmp/cp.txt) org.michishirube.data.search.SearchIndexRebuildTiming
 * </pre>
 */
public final class SearchIndexRebuildTiming {

    private SearchIndexRebuildTiming() {
    }

    public static void main(String[] args) {
        int targets = args.length > 0 ? Integer.parseInt(args[0]) : 14_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ReferenceDataset dataset = ReferenceDataset.load();
        SearchVocabulary vocabulary = SearchVocabulary.shipped();
        GraphSnapshot reference = GraphSnapshot.of(1, dataset.graph(), dataset.trees(), dataset.statistics());
        GraphSnapshot large = enlarged(dataset, targets);
        System.out.printf(Locale.ROOT, "reference: %d trees, %d targets; large: %d trees, %d targets%n", reference.trees().size(),
                count(reference), large.trees().size(), count(large));
        // Warm-up: the JIT and Kuromoji's dictionaries.
        for (int i = 0; i < 3; i++) {
            SearchIndex.build(reference, vocabulary);
        }
        time("reference data", reference, vocabulary, rounds);
        SearchIndex.build(large, vocabulary);
        time(targets + "-target graph", large, vocabulary, rounds);
        SearchIndex index = SearchIndex.build(reference, vocabulary);
        for (String q : new String[] {"画像診断", "階層ストレージ", "EHR", "Radiology information systems", "情報"}) {
            for (int i = 0; i < 2000; i++) {
                index.search(SearchQuery.of(q, 20));
            }
            long start = System.nanoTime();
            int n = 5000;
            for (int i = 0; i < n; i++) {
                index.search(SearchQuery.of(q, 20));
            }
            System.out.printf(Locale.ROOT, "query %s: %.3f ms each (one thread, reference data)%n", q, (System.nanoTime() - start) / 1e6 / n);
        }
    }

    private static void time(String label, GraphSnapshot snapshot, SearchVocabulary vocabulary, int rounds) {
        List<Double> ms = new ArrayList<>();
        int items = 0;
        for (int i = 0; i < rounds; i++) {
            SearchIndex index = SearchIndex.build(snapshot, vocabulary);
            ms.add(index.buildNanos() / 1e6);
            items = index.size();
        }
        ms.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%s: %d indexed items, build ms min %.0f median %.0f max %.0f (%d rounds)%n", label, items,
                ms.get(0), ms.get(ms.size() / 2), ms.get(ms.size() - 1), rounds);
    }

    private static int count(GraphSnapshot s) {
        return s.trees().values().stream().mapToInt(t -> t.targets().size()).sum();
    }

    /** {@return the reference snapshot plus copies of hit@fy2020 under new version and target ids, up to {@code targets} in all} */
    static GraphSnapshot enlarged(ReferenceDataset dataset, int targets) {
        FrameworkTree hit = dataset.trees().stream().filter(t -> t.version().id().value().equals("hit@fy2020")).findFirst().orElseThrow();
        List<FrameworkTree> trees = new ArrayList<>(dataset.trees());
        int total = trees.stream().mapToInt(t -> t.targets().size()).sum();
        for (int copy = 1; total < targets; copy++) {
            String suffix = ".c" + copy;
            FrameworkVersion v = hit.version();
            FrameworkVersionId id = FrameworkVersionId.of("hit@copy-" + copy);
            FrameworkVersion version = new FrameworkVersion(id, v.name(), v.status(), v.effectiveDate(), Optional.empty(), v.provenance());
            List<Target> copied = new ArrayList<>();
            for (Target t : hit.targets()) {
                copied.add(new Target(new TargetId(t.id().value() + suffix), id, t.domain(), t.parent().map(p -> new TargetId(p.value() + suffix)),
                        t.kind(), t.name(), t.description(), t.provenance(), t.effortHours(), t.tags()));
            }
            Map<TargetId, java.util.Set<TargetId>> none = new HashMap<>();
            trees.add(new FrameworkTree(version, hit.domains(), copied, none, none, List.of()));
            total += copied.size();
        }
        return GraphSnapshot.of(1, dataset.graph(), trees, dataset.statistics());
    }
}
