package org.michishirube.core.model;

import java.util.Locale;

/**
 * How far a fact is confirmed, from strongest to weakest. The decision rules (which kinds of source earn which level)
 * are in docs/dataset.md and are checked over the reference dataset by the dataset module.
 */
public enum Verification {
    /** The issuing body's own text of this item (e.g. the official GIO/SBO document). */
    OFFICIAL,
    /** A source of the issuing body itself (official page, exam paper or result, committee abstract) shows it for this version. */
    CORROBORATED,
    /** A third party (article, blog, textbook, software documentation) describes it. */
    SECONDARY,
    /** Our judgement, with the reasoning in a note; a scaffold to be replaced. */
    INFERRED;

    /** The level that data written before the four-level scale called {@code verified}. */
    private static final String LEGACY_VERIFIED = "verified";

    /** {@return the lowercase name used in files and the API} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the level with this code}; {@code verified}, the former top level, reads as {@link #CORROBORATED} so that
     * graphs and drafts stored before the scale changed still load
     *
     * @throws IllegalArgumentException for any other unknown code
     */
    public static Verification fromCode(String code) {
        if (LEGACY_VERIFIED.equals(code)) {
            return CORROBORATED;
        }
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
