package org.michishirube.interop;

import java.util.List;
import java.util.Objects;

/**
 * One reason an import is refused.
 *
 * @param where the place in the input: a JSON pointer, an object identifier or a CSV row
 * @param fault what is wrong there, in English
 * @param code a stable code for the kind of fault, e.g. {@code spreadsheet.whole-number-hours-0}, so a client can say it
 *             in its own language (the page keeps a Japanese text per code); empty only for faults made without one
 * @param params the values the fault names, in the order its text uses them ({@code {0}}, {@code {1}} …)
 */
public record ImportFault(String where, String fault, String code, List<String> params) {

    public ImportFault {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(code, "code");
        params = List.copyOf(params);
    }

    /** A fault without a code, as tests write the text they expect. */
    public ImportFault(String where, String fault) {
        this(where, fault, "", List.of());
    }

    /**
     * {@return a fault whose English text is the template with its params in place}
     *
     * @param template the English text with {@code {0}}, {@code {1}} … where the params go
     */
    public static ImportFault of(String where, String code, String template, Object... params) {
        String text = template;
        String[] values = new String[params.length];
        for (int i = 0; i < params.length; i++) {
            values[i] = String.valueOf(params[i]);
            text = text.replace("{" + i + "}", values[i]);
        }
        return new ImportFault(where, text, code, List.of(values));
    }

    /** {@return the same fault without its code and params: what a reader sees in English} */
    public ImportFault text() {
        return new ImportFault(where, fault);
    }
}
