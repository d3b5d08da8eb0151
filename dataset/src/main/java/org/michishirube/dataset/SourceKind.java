package org.michishirube.dataset;

import java.util.Locale;

/** What kind of document a source is; the kind decides which verification levels it can support. */
public enum SourceKind {
    OFFICIAL_DOCUMENT,
    OFFICIAL_PAGE,
    EXAM_PAPER,
    EXAM_RESULT,
    COMMITTEE_ABSTRACT,
    CONFERENCE_ABSTRACT,
    TEXTBOOK,
    THIRD_PARTY_DOC,
    WEB_ARTICLE,
    BLOG;

    /** {@return the code used in sources.yaml, e.g. {@code official-page}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SourceKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** {@return whether a source of this kind is the issuing body's own voice, the only kind that can corroborate} */
    public boolean isBodys() {
        return switch (this) {
            case OFFICIAL_DOCUMENT, OFFICIAL_PAGE, EXAM_PAPER, EXAM_RESULT, COMMITTEE_ABSTRACT -> true;
            case CONFERENCE_ABSTRACT, TEXTBOOK, THIRD_PARTY_DOC, WEB_ARTICLE, BLOG -> false;
        };
    }

    /** {@return whether a source of this kind can be the issuing body's own text of an item (the official level)} */
    public boolean isOfficialText() {
        return this == OFFICIAL_DOCUMENT || this == OFFICIAL_PAGE;
    }
}
