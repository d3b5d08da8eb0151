package org.michishirube.core.model;

/**
 * The stable, human-readable id of a target.
 *
 * @param value the id, e.g. {@code hit.it.db.sql}
 */
public record TargetId(String value) implements Comparable<TargetId> {

    public TargetId {
        Ids.check("Target", value);
    }

    /** {@return whether the text is a well-formed id, so callers can reject it before constructing one} */
    public static boolean isWellFormed(String value) {
        return Ids.isWellFormed(value);
    }

    public static TargetId of(String value) {
        return new TargetId(value);
    }

    @Override
    public int compareTo(TargetId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
