package org.michishirube.core.model;

/**
 * The stable, human-readable id of a role.
 *
 * @param value the id, e.g. {@code pacs-admin}
 */
public record RoleId(String value) implements Comparable<RoleId> {

    public RoleId {
        Ids.check("Role", value);
    }

    /** {@return whether the text is a well-formed id, so callers can reject it before constructing one} */
    public static boolean isWellFormed(String value) {
        return Ids.isWellFormed(value);
    }

    public static RoleId of(String value) {
        return new RoleId(value);
    }

    @Override
    public int compareTo(RoleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
