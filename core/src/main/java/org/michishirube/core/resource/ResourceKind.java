package org.michishirube.core.resource;

import java.util.Locale;

/** What kind of learning resource a steward registered. */
public enum ResourceKind {
    /** A book or a chapter of one, e.g. the certifying body's official textbook. */
    TEXTBOOK,
    /** A seminar or lecture series, e.g. JAMI's lifelong-learning seminars. */
    SEMINAR,
    /** An online course or video series. */
    E_LEARNING,
    /** Past exam papers or question collections. */
    EXAM_PAPERS,
    /** Anything else worth studying from: a standard, a guideline, a website. */
    OTHER;

    /** {@return the code used in files and the API, e.g. {@code e-learning}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the kind with this code} @throws IllegalArgumentException for an unknown code */
    public static ResourceKind fromCode(String code) {
        for (ResourceKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown resource kind '" + code + "' (textbook, seminar, e-learning, exam-papers or other)");
    }
}
