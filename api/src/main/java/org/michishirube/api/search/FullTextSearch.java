package org.michishirube.api.search;

import java.util.Optional;
import java.util.TreeSet;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.web.Page;
import org.michishirube.data.search.Search;
import org.michishirube.data.search.SearchHit;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checks a search request and pages the store's ranked hits. */
@Component
class FullTextSearch {

    static final int MAX_QUERY_LENGTH = 200;

    private final Search search;

    FullTextSearch(Search search) {
        this.search = search;
    }

    Mono<Page<SearchHit>> search(String q, Optional<String> type, String lang, int page, int size) {
        if (q.isBlank()) {
            throw ApiException.invalidParameter("q", "q must not be blank.");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalidParameter("q", "q must be at most " + MAX_QUERY_LENGTH + " characters, was " + q.length() + ".");
        }
        if (type.isPresent() && !Search.TYPES.containsKey(type.get())) {
            throw ApiException.invalidParameter("type", "type must be one of " + new TreeSet<>(Search.TYPES.keySet()) + ".");
        }
        if (!lang.equals("ja") && !lang.equals("en")) {
            throw ApiException.invalidParameter("lang", "lang must be ja or en.");
        }
        Page.check(page, size);
        return search.search(q, type, lang, page, size).map(p -> new Page<>(p.hits(), page, size, p.total()));
    }
}
