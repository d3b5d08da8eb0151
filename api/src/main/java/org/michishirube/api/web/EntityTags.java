package org.michishirube.api.web;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;

/**
 * The one codec of the API's ETags for versioned resources: a letter that says what is versioned and the version,
 * {@code "d3"} for a draft's revision, {@code "v3"} for a curriculum, {@code "p3"} for a learner's profile.
 * If-Match compares strongly (RFC 9110 §13.1.1), so a weak validator, like any other tag this service never issued,
 * names no version and makes a write stale.
 *
 * @param kind the letter before the version
 */
public record EntityTags(char kind) {

    /** A version no resource ever has, so a write that expects it is stale (412). */
    public static final long NO_VERSION = -1;

    private static final String ANY = "*";
    private static final Pattern STRONG = Pattern.compile("\"(\\p{Alpha})(\\d{1,18})\"");

    public EntityTags {
        if (kind < 'a' || kind > 'z') {
            throw new IllegalArgumentException("an ETag kind is a lowercase letter, was '" + kind + "'");
        }
    }

    /** {@return the strong ETag of a version, quotes included, e.g. "d3"} */
    public String of(long version) {
        return "\"" + kind + version + "\"";
    }

    /**
     * {@return the version an If-Match header names: empty when there is no header; {@link #NO_VERSION} for a weak or
     * foreign validator and for {@code *}, which callers that let it match any version check with {@link #isAny}}
     */
    public OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        Matcher m = STRONG.matcher(header.strip());
        boolean ours = m.matches() && m.group(1).charAt(0) == kind;
        return OptionalLong.of(ours ? Long.parseLong(m.group(2)) : NO_VERSION);
    }

    /** {@return a 200 answer with the body and its version as the ETag} */
    public <T> ResponseEntity<T> ok(Versioned<T> versioned) {
        return ResponseEntity.ok().eTag(of(versioned.version())).body(versioned.body());
    }

    /** {@return whether an If-Match header is {@code *}, which matches whatever version is current} */
    public static boolean isAny(String header) {
        return header != null && header.strip().equals(ANY);
    }
}
