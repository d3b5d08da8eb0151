package org.michishirube.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.michishirube.core.model.LocalizedText;

/**
 * A text in a request body, in Japanese and English. Unlike {@link LocalizedText} it can hold a missing language, so
 * the request's validation names the field instead of the body failing to read.
 *
 * @param ja the Japanese text
 * @param en the English text
 */
@Schema(description = "A text in Japanese and English; both are required")
public record BilingualText(String ja, String en) {

    /** {@return the text as a body shows it} */
    public static BilingualText of(LocalizedText t) {
        return new BilingualText(t.ja(), t.en());
    }

    /** {@return whether both languages are there and not blank} */
    public boolean complete() {
        return ja != null && !ja.isBlank() && en != null && !en.isBlank();
    }

    /** {@return the text, trimmed; call only when {@link #complete()}} */
    public LocalizedText text() {
        return new LocalizedText(ja.strip(), en.strip());
    }
}
