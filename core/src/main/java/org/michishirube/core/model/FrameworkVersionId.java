package org.michishirube.core.model;

import java.util.regex.Pattern;

/**
 * The id of one version of a framework, written {@code framework@version}, e.g. {@code hit@fy2020}.
 *
 * @param value the full id
 */
public record FrameworkVersionId(String value) implements Comparable<FrameworkVersionId> {

    private static final Pattern VERSION = Pattern.compile("[a-z0-9]+([.\\-][a-z0-9]+)*");

    public FrameworkVersionId {
        int at = value == null ? -1 : value.indexOf('@');
        if (at <= 0 || !Ids.isWellFormed(value.substring(0, at)) || !VERSION.matcher(value.substring(at + 1)).matches()) {
            throw new IllegalArgumentException("framework version id is malformed (expected framework@version): " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        try {
            new FrameworkVersionId(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static FrameworkVersionId of(FrameworkId framework, String version) {
        return new FrameworkVersionId(framework.value() + "@" + version);
    }

    public static FrameworkVersionId of(String value) {
        return new FrameworkVersionId(value);
    }

    /** {@return the framework this version belongs to} */
    public FrameworkId framework() {
        return new FrameworkId(value.substring(0, value.indexOf('@')));
    }

    /** {@return the version label, e.g. {@code fy2020}} */
    public String version() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public int compareTo(FrameworkVersionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
