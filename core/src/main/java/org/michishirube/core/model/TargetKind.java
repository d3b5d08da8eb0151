package org.michishirube.core.model;

/** The level of a target in the GIO/SBO tree. */
public enum TargetKind {
    /** A general instructional objective (一般目標): an area. */
    GIO,
    /** A specific behavioural objective (行動目標): an item. */
    SBO,
    /** A topic below an SBO. */
    TOPIC;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TargetKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
