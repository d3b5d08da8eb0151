package org.michishirube.core.coverage;

import java.util.regex.Pattern;

/**
 * The id of a curriculum, chosen by its institution, e.g. {@code example-u.radiology-2025}.
 *
 * @param value the id: lowercase words joined by '-' within segments joined by '.'
 */
public record CurriculumId(String value) implements Comparable<CurriculumId> {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    public CurriculumId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("curriculum id is malformed: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= 100 && ID.matcher(value).matches();
    }

    @Override
    public int compareTo(CurriculumId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
