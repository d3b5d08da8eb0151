package org.michishirube.data.search;

import org.michishirube.core.model.LocalizedText;

/**
 * One search result.
 *
 * @param type credential, target, role or domain
 * @param id the item's id
 * @param name its name in ja and en
 * @param version for a target, the framework version it is in; otherwise null
 * @param snippet the matching text in the requested language, matches wrapped in {@code <mark>}
 * @param score relevance, higher is better
 */
public record SearchHit(String type, String id, LocalizedText name, String version, String snippet, double score) {
}
