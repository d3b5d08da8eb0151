package org.michishirube.data.search;

import java.util.List;

import org.michishirube.core.model.LocalizedText;

/**
 * One search result.
 *
 * @param type credential, target, role or domain
 * @param id the item's id
 * @param name its name in ja and en
 * @param version for a target, the framework version it is in; otherwise null
 * @param snippet the text of the matched field with the matched words wrapped in {@code <mark>} (by the analyzer's
 *     offsets), HTML-escaped and shortened around the first match
 * @param score relevance, higher is better; compare within one answer only
 * @param field the field that matched best: {@code name}, {@code labels}, {@code description} or {@code renewal}, with
 *     its language ({@code nameJa}, {@code labelsEn} …), or {@code reading} for kana input that matched a reading
 * @param framework the framework of a target or domain, or a credential's own; otherwise null
 * @param path for a target, its domain, the areas above it and itself; otherwise empty
 */
public record SearchHit(String type, String id, LocalizedText name, String version, String snippet, double score,
                        String field, String framework, List<PathStep> path) {

    public SearchHit {
        path = List.copyOf(path);
    }

    /**
     * One step of a target's path (domain › area › item).
     *
     * @param id the domain's or target's id
     * @param name its name in ja and en
     */
    public record PathStep(String id, LocalizedText name) {
    }
}
