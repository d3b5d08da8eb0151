package org.michishirube.core.model;

/**
 * The stable, human-readable id of a framework.
 *
 * @param value the id, e.g. {@code hit}
 */
public record FrameworkId(String value) implements Comparable<FrameworkId> {

    public FrameworkId {
        Ids.check("Framework", value);
    }

    /** {@return whether the text is a well-formed id, so callers can reject it before constructing one} */
    public static boolean isWellFormed(String value) {
        return Ids.isWellFormed(value);
    }

    public static FrameworkId of(String value) {
        return new FrameworkId(value);
    }

    @Override
    public int compareTo(FrameworkId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
