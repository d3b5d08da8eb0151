package org.michishirube.core.model;

/**
 * The stable, human-readable id of a model career path.
 *
 * @param value the id, e.g. {@code radiological-technologist-to-it-head}
 */
public record CareerPathId(String value) implements Comparable<CareerPathId> {

    public CareerPathId {
        Ids.check("Career path", value);
    }

    /** {@return whether the text is a well-formed id, so callers can reject it before constructing one} */
    public static boolean isWellFormed(String value) {
        return Ids.isWellFormed(value);
    }

    @Override
    public int compareTo(CareerPathId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
