package org.michishirube.interop;

/** What a JSON parser says about a broken document, in words for the person who sent it rather than the parser's internals. */
public final class JsonFaults {

    private JsonFaults() {
    }

    /** {@return the parser's message without the names of its classes and settings} */
    public static String malformed(tools.jackson.core.JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "malformed JSON: nested more than 500 levels deep";
        }
        // e.g. "… (from `StreamReadConstraints.getMaxStringLength()`)": the limit is said, the Java name is not.
        // e.g. "(start marker at [Source: REDACTED (`StreamReadFeature.…` disabled); …])": the line and column go beside it.
        return "malformed JSON: " + message.replaceAll("\\s*\\(from `[^`]*`\\)", "")
                .replaceAll("\\s*\\((?:start marker at )?\\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("`[A-Za-z.]+\\(\\)`", "a parser limit");
    }

    /** {@return the fault of a broken document at a place: code {@code json.malformed}, the parser's words as its one param} */
    public static ImportFault fault(String where, tools.jackson.core.JacksonException e) {
        String said = malformed(e);
        return ImportFault.of(where, "json.malformed", "malformed JSON: {0}", said.substring("malformed JSON: ".length()));
    }
}
