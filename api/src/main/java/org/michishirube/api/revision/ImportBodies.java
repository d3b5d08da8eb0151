package org.michishirube.api.revision;

import java.util.Map;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.interop.Utf8;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/**
 * Reads an import's body as it streams in, with the import limit rather than the 2 MB every other endpoint has: real
 * frameworks (a national curriculum of ~2,500 items is ~3 MB as CASE) are larger.
 */
final class ImportBodies {

    /** The most an import may send. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private ImportBodies() {
    }

    /** {@return the whole body; 413 naming the limit when it is larger} */
    static Mono<byte[]> bytes(ServerHttpRequest request) {
        return DataBufferUtils.join(request.getBody(), MAX_BYTES)
                .map(buffer -> {
                    try {
                        byte[] out = new byte[buffer.readableByteCount()];
                        buffer.read(out);
                        return out;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                        "The package is larger than the 50 MB an import accepts.", Map.of("limit", MAX_BYTES)));
    }

    /** {@return the body as UTF-8 text (a BOM is dropped); 400 naming the byte offset of the first byte that is not UTF-8} */
    static String utf8(byte[] bytes) {
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (!decoded.isUtf8()) {
            int at = decoded.badOffset();
            throw new ApiException(ProblemType.MALFORMED_BODY, "The body is not UTF-8: the byte at offset " + at + " (0x"
                    + String.format("%02X", bytes[at] & 0xFF) + ") cannot start or continue a UTF-8 character. Save the file as UTF-8.",
                    Map.of("offset", at));
        }
        return decoded.text();
    }

    static void requireNotEmpty(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "The request has no body; send the package.", Map.of());
        }
    }
}
