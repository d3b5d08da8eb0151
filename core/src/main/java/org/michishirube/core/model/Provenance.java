package org.michishirube.core.model;

/**
 * Where a fact comes from and how far it is confirmed.
 *
 * @param source a URL or a document reference
 * @param verification the verification level
 */
public record Provenance(String source, Verification verification) {

    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is missing");
        }
        if (verification == null) {
            throw new IllegalArgumentException("verification is missing");
        }
    }
}
