package org.michishirube.core.model;

import java.util.Objects;

/**
 * A text in Japanese and English. Both are required: the service answers in either language.
 *
 * @param ja the Japanese text
 * @param en the English text
 */
public record LocalizedText(String ja, String en) {

    public LocalizedText {
        if (ja == null || ja.isBlank()) {
            throw new IllegalArgumentException("Japanese text is missing");
        }
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("English text is missing");
        }
    }

    /** {@return the text in the given language ("ja" or "en"); English for anything else} */
    public String in(String language) {
        return "ja".equals(language) ? ja : en;
    }

    /** {@return both texts, Japanese first, for full-text matching} */
    public String joined() {
        return ja + " " + en;
    }

    public static LocalizedText of(String ja, String en) {
        return new LocalizedText(Objects.requireNonNull(ja), Objects.requireNonNull(en));
    }
}
