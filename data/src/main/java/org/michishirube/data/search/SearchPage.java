package org.michishirube.data.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param hits the results on this page, best first
 * @param total how many results there are in all
 */
public record SearchPage(List<SearchHit> hits, long total) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
