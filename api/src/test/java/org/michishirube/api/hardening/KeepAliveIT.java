package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.TestNeo4j;
import org.michishirube.api.testing.Tokens;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests sent back to back on one kept-alive HTTP/1.1 connection, as browsers and pooled clients send them, are
 * all answered. Reactor Netty 1.3.6 buffered a request that arrived before the previous exchange had finished and
 * then stopped reading the connection, so about one such sequence in ten hung (reactor-netty#4361); this sequence
 * reproduced it on that version. A plain socket client is used so that no client-side pooling hides a stall.
 */
@ApiIT
class KeepAliveIT {

    private static final String INSTITUTION = "keep-alive-it-u";
    private static final int ROUNDS = 100;
    /** Far above any answer time here; a request not answered by then is never answered. */
    private static final int NO_ANSWER_MILLIS = 10_000;

    @LocalServerPort
    int port;

    @AfterEach
    void cleanUp() {
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (c:Curriculum {institution: $i}) OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course) DETACH DELETE k, c",
                    Map.of("i", INSTITUTION)).consume();
            session.run("MATCH (i:Institution {id: $i}) DETACH DELETE i", Map.of("i", INSTITUTION)).consume();
        }
    }

    @Test
    void everyRequestOnAKeptAliveConnectionIsAnswered() throws IOException {
        String token = Tokens.sign(Tokens.SECRET, "edu@" + INSTITUTION, List.of("educator"), INSTITUTION, Instant.now().plusSeconds(3600));
        byte[] csv = Files.readAllBytes(locate("docs/examples/radiological-technology-2025.csv"));
        List<String> unanswered = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Socket socket = open();
        for (int round = 0; round < ROUNDS; round++) {
            String id = INSTITUTION + ".c" + round;
            List<Request> sequence = List.of(
                    new Request("POST", "/api/v1/curricula", token, "application/json",
                            ("{\"id\":\"" + id + "\",\"visibility\":\"private\",\"name\":{\"ja\":\"接続試験\",\"en\":\"Keep-alive\"}}")
                                    .getBytes(StandardCharsets.UTF_8), 201),
                    new Request("PUT", "/api/v1/curricula/" + id + "/courses", token, "text/csv", csv, 200),
                    new Request("GET", "/api/v1/credentials?size=1", null, null, null, 200));
            for (Request request : sequence) {
                int status;
                try {
                    status = request.send(socket);
                } catch (SocketTimeoutException e) {
                    // The rest of the round depends on this request: go on with the next round on a new connection.
                    unanswered.add("round " + round + ": " + request.method + " " + request.path);
                    socket.close();
                    socket = open();
                    break;
                }
                statuses.merge(request.method + " " + status, 1, Integer::sum);
                assertThat(status).as("%s %s in round %d", request.method, request.path, round).isEqualTo(request.expected);
            }
        }
        socket.close();
        assertThat(unanswered).as("requests never answered on a kept-alive connection; answered: %s", statuses).isEmpty();
    }

    private Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(NO_ANSWER_MILLIS);
        socket.setTcpNoDelay(true);
        return socket;
    }

    private record Request(String method, String path, String token, String contentType, byte[] body, int expected) {

        /** Writes the request and reads the whole answer, leaving the connection ready for the next; returns the status. */
        int send(Socket socket) throws IOException {
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return readAnswer(socket.getInputStream());
        }

        private static int readAnswer(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                    skip(in, size);
                    line(in);
                }
                line(in);
            } else if (length > 0) {
                skip(in, length);
            }
            return status;
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed mid-answer");
                }
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.US_ASCII);
        }

        private static void skip(InputStream in, long n) throws IOException {
            if (in.readNBytes((int) n).length != n) {
                throw new IOException("connection closed mid-body");
            }
        }
    }

    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
