package org.michishirube.interop;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 for imported files: a byte that is not UTF-8 is named by its offset instead of becoming U+FFFD. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The text of some bytes, or where they stop being UTF-8.
     *
     * @param text the text without a leading BOM; null when the bytes are not UTF-8
     * @param badOffset the offset of the first byte that cannot start or continue a UTF-8 character; -1 when all are UTF-8
     */
    public record Decoded(String text, int badOffset) {

        public boolean isUtf8() {
            return badOffset < 0;
        }
    }

    /** {@return the bytes decoded strictly, a leading BOM dropped} */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, -1);
    }
}
