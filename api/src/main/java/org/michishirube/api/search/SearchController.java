package org.michishirube.api.search;

import java.util.Optional;

import org.michishirube.api.web.Page;
import org.michishirube.data.search.SearchHit;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the search API to {@link FullTextSearch}. */
@RestController
class SearchController implements SearchApi {

    private final FullTextSearch search;

    SearchController(FullTextSearch search) {
        this.search = search;
    }

    @Override
    public Mono<Page<SearchHit>> search(String q, Optional<String> type, Optional<String> lang, Optional<String> framework,
                                        Optional<String> credential, int page, int size) {
        return search.search(q, type, lang, framework, credential, page, size);
    }
}
