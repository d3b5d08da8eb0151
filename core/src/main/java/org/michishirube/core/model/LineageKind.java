package org.michishirube.core.model;

/** How targets of one framework version map to the next; the CASE counterpart is {@code replacedBy}. */
public enum LineageKind {
    ADDED, RETIRED, REPLACED_BY, SPLIT_INTO, MERGED_INTO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static LineageKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
