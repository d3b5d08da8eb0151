package org.michishirube.core.model;

/**
 * The stable, human-readable id of a credential.
 *
 * @param value the id, e.g. {@code hit}
 */
public record CredentialId(String value) implements Comparable<CredentialId> {

    public CredentialId {
        Ids.check("Credential", value);
    }

    /** {@return whether the text is a well-formed id, so callers can reject it before constructing one} */
    public static boolean isWellFormed(String value) {
        return Ids.isWellFormed(value);
    }

    public static CredentialId of(String value) {
        return new CredentialId(value);
    }

    @Override
    public int compareTo(CredentialId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
