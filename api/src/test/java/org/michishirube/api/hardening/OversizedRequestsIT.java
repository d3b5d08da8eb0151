package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests too big for the HTTP server to read (headers, cookies, request lines) get a problem document like every
 * other error, not an empty body. Sent over a raw socket, as a careless or hostile client would.
 */
@ApiIT
class OversizedRequestsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String headers, String body) {
    }

    private Answer send(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException refusedWhileSending) {
                // The server may answer and close before it has read everything; the answer is still there to read.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read.write(buffer, 0, n);
                    String text = read.toString(StandardCharsets.UTF_8);
                    int split = text.indexOf("\r\n\r\n");
                    if (split > 0 && text.toLowerCase(java.util.Locale.ROOT).contains("content-length:")) {
                        int length = Integer.parseInt(text.substring(0, split).toLowerCase(java.util.Locale.ROOT)
                                .replaceAll("(?s).*content-length:\\s*(\\d+).*", "$1"));
                        if (read.size() - split - 4 >= length) {
                            break;
                        }
                    }
                }
            } catch (IOException closed) {
                // read what arrived before the connection closed
            }
            String text = read.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("an HTTP answer: " + text).isPositive();
            return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, split), text.substring(split + 4));
        }
    }

    private JsonNode problemOf(Answer answer, int status, String slug) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers().toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://michishirube.org/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("netty", "Netty", "Exception");
        return problem;
    }

    @Test
    void aHeaderOverEightKilobytesIsA431Problem() throws IOException {
        problemOf(send("GET /api/v1/credentials HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(9 * 1024) + "\r\n\r\n"),
                431, "headers-too-large");
    }

    @Test
    void aHugeCookieAndAHugeTokenAre431ProblemsToo() throws IOException {
        problemOf(send("GET /api/v1/credentials HTTP/1.1\r\nHost: localhost\r\nCookie: s=" + "c".repeat(100 * 1024) + "\r\n\r\n"),
                431, "headers-too-large");
        problemOf(send("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + "t".repeat(20 * 1024)
                + "\r\nContent-Length: 0\r\n\r\n"), 431, "headers-too-large");
    }

    @Test
    void aRequestLineOverWhatTheServerReadsIsA414Problem() throws IOException {
        problemOf(send("GET /api/v1/search?q=" + "q".repeat(70 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414, "uri-too-long");
    }

    @Test
    void aLongUriTheServerReadsIsRefusedByTheServiceWithItsRequestId() throws IOException {
        JsonNode problem = problemOf(send("GET /api/v1/search?q=" + "q".repeat(9_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                414, "uri-too-long");
        assertThat(problem.path("requestId").asString()).isNotBlank();
    }

    @Test
    void rawUtf8InTheQueryIsReadOrRefusedWithAProblemNeverAnEmptyAnswer() throws IOException {
        // curl and careless clients send 画像 as raw UTF-8 bytes instead of percent-encoding them.
        String raw = new String("GET /api/v1/search?q=画像 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Answer answer = send(raw);
        if (answer.status() == 200) {
            assertThat(JSON.readTree(answer.body()).path("total").asInt()).isPositive();
        } else {
            JsonNode problem = problemOf(answer, 400, "bad-request");
            assertThat(problem.path("detail").asString()).containsIgnoringCase("percent");
        }
    }

    @Test
    void rawUtf8InATokenIsABadRequestAboutTheHeaderNotTheUri() throws IOException {
        // A token pasted together with Japanese text, sent as raw UTF-8 (curl does so).
        String raw = new String(("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer 日本語.トークン.です\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        JsonNode problem = problemOf(send(raw), 400, "bad-request");
        assertThat(problem.path("detail").asString()).contains("header").doesNotContain("URI", "トークン");
    }

    @Test
    void anOrdinaryRequestIsUntouched() throws IOException {
        Answer answer = send("GET /api/v1/credentials/hit HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/json");
    }
}
