package org.michishirube.api.search;

import java.util.Optional;
import java.util.TreeSet;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.web.Page;
import org.michishirube.data.search.Search;
import org.michishirube.data.search.SearchHit;
import org.michishirube.data.search.SearchQuery;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checks a search request and answers it from the in-memory index (no database round trip). */
@Component
class FullTextSearch {

    static final int MAX_QUERY_LENGTH = 200;

    private final Search search;

    FullTextSearch(Search search) {
        this.search = search;
    }

    Mono<Page<SearchHit>> search(String q, Optional<String> type, Optional<String> lang, Optional<String> framework,
                                 Optional<String> credential, int page, int size) {
        if (q.isBlank()) {
            throw ApiException.invalidParameter("q", "q must not be blank.");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalidParameter("q", "q must be at most " + MAX_QUERY_LENGTH + " characters, was " + q.length() + ".");
        }
        if (type.isPresent() && !Search.TYPES.containsKey(type.get())) {
            throw ApiException.invalidParameter("type", "type must be one of " + new TreeSet<>(Search.TYPES.keySet()) + ".");
        }
        if (lang.isPresent() && !lang.get().equals("ja") && !lang.get().equals("en")) {
            throw ApiException.invalidParameter("lang", "lang must be ja or en.");
        }
        if (framework.isPresent() && !search.knowsFramework(framework.get())) {
            throw ApiException.invalidParameter("framework", "framework must be a framework or version id, one of " + search.frameworks() + ".");
        }
        if (credential.isPresent() && !search.knowsCredential(credential.get())) {
            throw ApiException.invalidParameter("credential", "credential must be a credential id, one of " + search.credentials() + ".");
        }
        Page.check(page, size);
        // In memory and sub-millisecond: answered on the calling thread, no scheduler hop.
        var found = search.find(new SearchQuery(q, type, lang, framework, credential, page, size));
        return Mono.just(new Page<>(found.hits(), page, size, found.total()));
    }
}
