package org.michishirube.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text in Japanese and English. The reference dataset always has both; a framework imported in one language leaves
 * the other empty ({@code ""}) until a steward translates it, and {@link #missing()} says so rather than a silent copy.
 *
 * @param ja the Japanese text; empty when only the English is known
 * @param en the English text; empty when only the Japanese is known
 */
public record LocalizedText(String ja, String en) {

    public LocalizedText {
        if (ja == null || en == null) {
            throw new IllegalArgumentException((ja == null ? "Japanese" : "English") + " text is missing");
        }
        ja = ja.isBlank() ? "" : ja;
        en = en.isBlank() ? "" : en;
        if (ja.isEmpty() && en.isEmpty()) {
            throw new IllegalArgumentException("Japanese and English text are missing");
        }
    }

    /** {@return the text in the given language ("ja" or "en"; English for anything else), or the other one when it is missing} */
    public String in(String language) {
        String text = "ja".equals(language) ? ja : en;
        return text.isEmpty() ? ("ja".equals(language) ? en : ja) : text;
    }

    /** {@return both texts, Japanese first, for full-text matching} */
    public String joined() {
        return (ja + " " + en).strip();
    }

    /** {@return the languages this text lacks, {@code ja} before {@code en}; empty when it is bilingual} */
    public List<String> missing() {
        List<String> out = new ArrayList<>(2);
        if (ja.isEmpty()) {
            out.add("ja");
        }
        if (en.isEmpty()) {
            out.add("en");
        }
        return List.copyOf(out);
    }

    /** {@return whether both languages are there} */
    public boolean hasBothLanguages() {
        return !ja.isEmpty() && !en.isEmpty();
    }

    /** {@return a bilingual text; both languages must be given} */
    public static LocalizedText of(String ja, String en) {
        LocalizedText t = new LocalizedText(Objects.requireNonNull(ja), Objects.requireNonNull(en));
        if (!t.hasBothLanguages()) {
            throw new IllegalArgumentException((t.ja().isEmpty() ? "Japanese" : "English") + " text is missing");
        }
        return t;
    }

    /** {@return a text that may lack one language (but not both), as an import in one language gives it} */
    public static LocalizedText partial(String ja, String en) {
        return new LocalizedText(ja == null ? "" : ja, en == null ? "" : en);
    }
}
