package org.michishirube.core.model;

/** How far a fact is confirmed, as tagged in the domain document. */
public enum Verification {
    /** Stated on an official page or in a signed conference abstract. */
    VERIFIED,
    /** From a secondary source that cites the official material. */
    SECONDARY,
    /** Structuring or domain knowledge not found in a public source; a scaffold to be replaced. */
    INFERRED;

    /** {@return the lowercase name used in files and the API} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Verification fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
