package org.michishirube.data.search;

import java.util.Optional;

/**
 * A search as a user asks it.
 *
 * @param text the query as typed
 * @param type credential, target, role or domain, or empty for all
 * @param language ja or en: match that language's texts and show its snippet; a query with no words in it (Japanese
 *     typed on the English page) is matched in the other language; empty for both, snippets preferring ja
 * @param framework a framework id ({@code hit}: its current version's targets) or a version id ({@code hit@pre-fy2020}:
 *     that version's targets, retired or not); empty for every framework's current version
 * @param credential only the credential, its framework's domains and targets and the roles it suits; empty for all
 * @param page the page, from 0
 * @param size the page size
 */
public record SearchQuery(String text, Optional<String> type, Optional<String> language, Optional<String> framework,
                          Optional<String> credential, int page, int size) {

    /** {@return a query over everything, first page} */
    public static SearchQuery of(String text, int size) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, size);
    }
}
