package org.michishirube.api.admin;

import org.michishirube.api.web.Blocking;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.search.Search;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Re-validates the shipped dataset (search labels and synonyms too), reloads it in one transaction and rebuilds the published snapshot and its search index. */
@Component
class DatasetReload {

    private final DatasetLoader loader;
    private final PublishedGraph graph;
    private final Search search;

    DatasetReload(DatasetLoader loader, PublishedGraph graph, Search search) {
        this.loader = loader;
        this.graph = graph;
        this.search = search;
    }

    Mono<ReloadAnswer> verifyAndReload() {
        return Blocking.call(() -> {
            // Labels and synonyms are checked before anything is written; the rebuild below reads them again.
            search.readVocabulary();
            ReloadAnswer answer = ReloadAnswer.from(loader.reload());
            graph.refresh();
            return answer;
        });
    }
}
