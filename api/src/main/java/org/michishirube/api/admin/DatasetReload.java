package org.michishirube.api.admin;

import org.michishirube.api.web.Blocking;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Re-validates the shipped dataset, reloads it in one transaction and rebuilds the published snapshot. */
@Component
class DatasetReload {

    private final DatasetLoader loader;
    private final PublishedGraph graph;

    DatasetReload(DatasetLoader loader, PublishedGraph graph) {
        this.loader = loader;
        this.graph = graph;
    }

    Mono<ReloadAnswer> verifyAndReload() {
        return Blocking.call(() -> {
            ReloadAnswer answer = ReloadAnswer.from(loader.reload());
            graph.refresh();
            return answer;
        });
    }
}
