package org.michishirube.core.revision;

import java.util.Optional;

import org.michishirube.core.model.LocalizedText;

/**
 * A text as an editor typed it, in Japanese and English. Unlike {@link LocalizedText} it may be incomplete;
 * an operation that carries an incomplete text is rejected, naming the missing language.
 *
 * @param ja the Japanese text, possibly blank or null
 * @param en the English text, possibly blank or null
 */
public record DraftText(String ja, String en) {

    /** {@return the text, when both languages are present} */
    public Optional<LocalizedText> complete() {
        return missing().isEmpty() ? Optional.of(LocalizedText.of(ja.strip(), en.strip())) : Optional.empty();
    }

    /** {@return the languages that are missing, "ja" before "en"} */
    public java.util.List<String> missing() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (ja == null || ja.isBlank()) {
            missing.add("ja");
        }
        if (en == null || en.isBlank()) {
            missing.add("en");
        }
        return missing;
    }

    /** {@return an editor's copy of a complete text} */
    public static DraftText of(LocalizedText text) {
        return new DraftText(text.ja(), text.en());
    }
}
