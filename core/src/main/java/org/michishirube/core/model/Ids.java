package org.michishirube.core.model;

/** The grammar of human-readable ids: lowercase words joined by '-' within segments joined by '.'. */
final class Ids {

    private Ids() {
    }

    static String check(String kind, String value) {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(kind + " id is malformed: " + value);
        }
        return value;
    }

    /**
     * {@code [a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*}, scanned by hand: ids are made for every step of every
     * plan, and a regex matcher per id was a measurable part of a plan's cost.
     */
    static boolean isWellFormed(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        boolean afterSeparator = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else if ((c == '-' || c == '.') && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }
}
