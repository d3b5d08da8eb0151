package org.michishirube.core.model;

import java.util.regex.Pattern;

/** The grammar of human-readable ids: lowercase words joined by '-' within segments joined by '.'. */
final class Ids {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    private Ids() {
    }

    static String check(String kind, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " id is malformed: " + value);
        }
        return value;
    }

    static boolean isWellFormed(String value) {
        return value != null && ID.matcher(value).matches();
    }
}
