package org.michishirube.core.model;

/** The legal kind of a credential. */
public enum CredentialKind {
    NATIONAL_LICENCE, NATIONAL_EXAM, PRIVATE, PROFESSIONAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static CredentialKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
