package org.michishirube.api.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.web.Blocking;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;
import org.michishirube.data.curriculum.Curricula;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.GraphSnapshot;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.learner.Learners;
import org.michishirube.dataset.CitedItem;
import org.michishirube.dataset.Citation;
import org.michishirube.dataset.ReferenceDataset;
import org.michishirube.dataset.Source;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Builds the provenance report: counts and anachronisms from the dataset's citations (the files, read once per
 * release), dependents from the live database (roles of the published graph, stored curricula, saved plans).
 */
@Component
class ProvenanceReporting {

    static final int MAX_LIMIT = 1000;

    private final DatasetLoader loader;
    private final PublishedGraph published;
    private final Curricula curricula;
    private final Learners learners;
    private volatile ReferenceDataset dataset;

    ProvenanceReporting(DatasetLoader loader, PublishedGraph published, Curricula curricula, Learners learners) {
        this.loader = loader;
        this.published = published;
        this.curricula = curricula;
        this.learners = learners;
    }

    Mono<ProvenanceReport> report(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(ApiException.invalidParameter("limit", "limit must be 1 to " + MAX_LIMIT + ", was " + limit));
        }
        GraphSnapshot snapshot = published.snapshot();
        List<Target> candidates = new ArrayList<>();
        for (FrameworkTree tree : snapshot.trees().values()) {
            if (tree.version().status() == VersionStatus.PUBLISHED) {
                tree.targets().stream().filter(t -> !strong(t.provenance().verification())).forEach(candidates::add);
            }
        }
        Mono<Map<TargetId, Integer>> curriculumCounts = curricula.all().collectList().map(all -> {
            Map<TargetId, Integer> counts = new HashMap<>();
            all.forEach(c -> c.addressedTargets().forEach(t -> counts.merge(t, 1, Integer::sum)));
            return counts;
        });
        Map<String, List<String>> idsByVersion = new TreeMap<>();
        candidates.forEach(t -> idsByVersion.computeIfAbsent(t.version().value(), v -> new ArrayList<>()).add(t.id().value()));
        Mono<Map<String, Integer>> planCounts = Flux.fromIterable(idsByVersion.entrySet())
                .concatMap(e -> learners.references(e.getKey(), e.getValue()).map(r -> e.getKey() + " " + r.target()))
                .collectList().map(refs -> {
                    Map<String, Integer> counts = new HashMap<>();
                    refs.forEach(r -> counts.merge(r, 1, Integer::sum));
                    return counts;
                });
        Map<TargetId, Integer> roleCounts = new HashMap<>();
        for (Role r : snapshot.graph().roles()) {
            r.needs().stream().map(Need::target).distinct().forEach(t -> roleCounts.merge(t, 1, Integer::sum));
        }
        return Mono.zip(Blocking.call(this::dataset), curriculumCounts, planCounts).map(z -> {
            List<ProvenanceReport.VerifyFirst> first = new ArrayList<>();
            for (Target t : candidates) {
                int roles = roleCounts.getOrDefault(t.id(), 0);
                int courses = z.getT2().getOrDefault(t.id(), 0);
                int plans = z.getT3().getOrDefault(t.version().value() + " " + t.id().value(), 0);
                first.add(new ProvenanceReport.VerifyFirst(t.id().value(), t.version().value(), t.provenance().verification().code(),
                        roles, courses, plans, roles + courses + plans));
            }
            first.sort(Comparator.comparingInt(ProvenanceReport.VerifyFirst::dependents).reversed()
                    .thenComparing(ProvenanceReport.VerifyFirst::target));
            ReferenceDataset d = z.getT1();
            return new ProvenanceReport(d.version(), counts(d), anachronisms(d), List.copyOf(first.subList(0, Math.min(limit, first.size()))));
        });
    }

    private ReferenceDataset dataset() {
        ReferenceDataset d = dataset;
        if (d == null) {
            d = loader.verify();
            dataset = d;
        }
        return d;
    }

    static List<ProvenanceReport.Count> counts(ReferenceDataset d) {
        Map<List<String>, Integer> cells = new TreeMap<>(Comparator.comparing(Object::toString));
        for (CitedItem item : d.citations()) {
            Set<String> kinds = new TreeSet<String>();
            for (Citation c : item.citations()) {
                d.source(c.source()).ifPresent(s -> kinds.add(s.kind().code()));
            }
            for (var credential : item.about()) {
                for (String kind : kinds) {
                    List<String> key = java.util.Arrays.asList(credential.value(), item.version().map(Object::toString).orElse(null),
                            item.level().code(), kind);
                    cells.merge(key, 1, Integer::sum);
                }
            }
        }
        List<ProvenanceReport.Count> counts = new ArrayList<>();
        cells.forEach((k, n) -> counts.add(new ProvenanceReport.Count(k.get(0), k.get(1), k.get(2), k.get(3), n)));
        return counts;
    }

    static List<ProvenanceReport.Anachronism> anachronisms(ReferenceDataset d) {
        List<ProvenanceReport.Anachronism> found = new ArrayList<>();
        for (CitedItem item : d.citations()) {
            if (item.versionEnd().isEmpty()) {
                continue;
            }
            for (Citation c : item.citations()) {
                Source s = d.source(c.source()).orElse(null);
                if (s != null && s.earliestPublication().filter(p -> p.isAfter(item.versionEnd().get())).isPresent()) {
                    found.add(new ProvenanceReport.Anachronism(item.item(), item.type(), item.version().map(Object::toString).orElse(null),
                            item.versionEnd().get().toString(), s.id(), s.published(), item.level().code()));
                }
            }
        }
        return found;
    }

    /** {@return whether the level already rests on the body's own word, so a steward need not check it first} */
    static boolean strong(Verification v) {
        return v == Verification.OFFICIAL || v == Verification.CORROBORATED;
    }
}
