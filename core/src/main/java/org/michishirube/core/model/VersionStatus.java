package org.michishirube.core.model;

/** The life cycle of a framework version: draft → in review → published → retired. */
public enum VersionStatus {
    DRAFT, IN_REVIEW, PUBLISHED, RETIRED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static VersionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
