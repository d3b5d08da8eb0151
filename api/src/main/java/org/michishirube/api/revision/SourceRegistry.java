package org.michishirube.api.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.revision.RevisionViews.CitationRequest;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.dataset.Source;
import org.springframework.stereotype.Component;

/**
 * The sources registry of the reference dataset, for operations that cite it by id: read once per graph revision (a
 * reload may add sources), so a reword citing {@code jcmi2020-2-g-3-04} gets that source's URL and the locator.
 */
@Component
class SourceRegistry {

    private record Read(long revision, Map<String, Source> sources) {
    }

    private final DatasetLoader loader;
    private final PublishedGraph published;
    private volatile Read read;

    SourceRegistry(DatasetLoader loader, PublishedGraph published) {
        this.loader = loader;
        this.published = published;
    }

    Optional<Source> source(String id) {
        long revision = published.snapshot().revision();
        Read r = read;
        if (r == null || r.revision() != revision) {
            Map<String, Source> sources = new HashMap<>();
            loader.verify().sources().forEach(s -> sources.put(s.id(), s));
            r = new Read(revision, Map.copyOf(sources));
            read = r;
        }
        return Optional.ofNullable(r.sources().get(id));
    }

    /**
     * {@return the source text a target keeps, from registry citations: the first source's location and its locator after
     * " § ", as the dataset reader writes it}; an unknown id is refused (422) naming its field
     */
    String resolve(List<CitationRequest> citations) {
        for (int i = 0; i < citations.size(); i++) {
            CitationRequest c = citations.get(i);
            if (c == null || c.id() == null || c.id().isBlank() || source(c.id()).isEmpty()) {
                String id = c == null || c.id() == null ? "" : c.id();
                throw new ApiException(ProblemType.OPERATION_REJECTED, "The sources registry has no source '" + id + "'.",
                        Map.of("field", "sources[" + i + "].id", "id", id));
            }
        }
        CitationRequest first = citations.get(0);
        return source(first.id()).orElseThrow().location() + (first.at() == null || first.at().isBlank() ? "" : " § " + first.at());
    }
}
