package org.michishirube.core.model;

/**
 * The stable, human-readable id of a domain.
 *
 * @param value the id, e.g. {@code hit.it}
 */
public record DomainId(String value) implements Comparable<DomainId> {

    public DomainId {
        Ids.check("Domain", value);
    }

    /** {@return whether the text is a well-formed id, so callers can reject it before constructing one} */
    public static boolean isWellFormed(String value) {
        return Ids.isWellFormed(value);
    }

    public static DomainId of(String value) {
        return new DomainId(value);
    }

    @Override
    public int compareTo(DomainId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
