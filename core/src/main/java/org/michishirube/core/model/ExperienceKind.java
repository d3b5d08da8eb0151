package org.michishirube.core.model;

/** The kinds of work experience that eligibility rules count. */
public enum ExperienceKind {
    /** Work on healthcare information systems. */
    HEALTHCARE_IS,
    /** Work on information systems in general. */
    GENERAL_IS,
    /** Work in medical-imaging examinations. */
    IMAGING_EXAM;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ExperienceKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
