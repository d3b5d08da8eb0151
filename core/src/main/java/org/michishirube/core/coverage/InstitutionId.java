package org.michishirube.core.coverage;

/**
 * The id of a university or training school, as the {@code institution} claim of its educators' tokens names it.
 *
 * @param value the id, in the same grammar as other ids, e.g. {@code example-u}
 */
public record InstitutionId(String value) implements Comparable<InstitutionId> {

    public InstitutionId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("institution id is malformed: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= 100 && CurriculumId.ID.matcher(value).matches();
    }

    @Override
    public int compareTo(InstitutionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
