package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Reads the service's own OpenAPI document and sends malformed requests to every operation, anonymously and
 * with a token of each role. Every answer must be a documented success or a 4xx problem+json: never a 5xx,
 * never a stack trace. A new endpoint is covered as soon as it is in the document.
 */
@ApiIT
class BadInputFuzzIT {

    private static final long SEED = 20261125L;
    private static final int MIN_REQUESTS = 1000;

    private static final List<String> JUNK_IDS = List.of("x", "NOT-AN-ID", "..%2F..%2Fetc%2Fpasswd", "%00", "'%20OR%201%3D1%20--",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a".repeat(3000), "%E7%94%BB%E5%83%8F", "-1", "99999999999999999999",
            "hit.it", "miis%40x", "%C3%28", "MATCH%20(n)%20DETACH%20DELETE%20n", "%F0%9F%98%80", "null");
    private static final List<String> JUNK_VALUES = List.of("", "-1", "abc", "1.5", "99999999999", "true", "null", "%5B%5D", "%7B%7D",
            "%00", "%C3%28", "'%20OR%20'1'%3D'1", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "a".repeat(5000), "%E7%94%BB%E5%83%8F",
            "MATCH%20(n)%20RETURN%20n", "*", "%22", "%5C", "%22%20OR%201%3D1", "a%20AND%20(b");
    private static final List<byte[]> JUNK_BODIES = List.of(
            bytes("{"), bytes("[]"), bytes("\"text\""), bytes("null"), bytes("123"), bytes("{\"unknown\": true}"),
            bytes("{\"profile\": \"x\", \"goal\": 5}"), bytes("{\"profile\": {\"hoursPerWeek\": \"many\"}, \"goal\": {\"credential\": 1}}"),
            bytes("{\"profile\": {\"hoursPerWeek\": 5, \"credentials\": [null, {}, 7]}, \"goal\": {\"targets\": [null]}}"),
            bytes("{\"profile\": {\"hoursPerWeek\": 1e309}, \"goal\": {\"role\": \"' OR 1=1 --\"}}"),
            bytes("{\"title\": \"<script>alert(1)</script>\", \"goal\": {\"credential\": \"MATCH (n) DETACH DELETE n\"}}"),
            bytes("[".repeat(5000) + "]".repeat(5000)),
            bytes("{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)),
            bytes("{\"name\": \"" + "長".repeat(200_000) + "\"}"),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});

    @Autowired
    WebTestClient http;

    @LocalServerPort
    int port;

    @Test
    void everyOperationAnswersBadInputWithASuccessOrA4xxProblem() {
        // Pooled, as real clients are: the service closes the connections whose bodies it refuses unread.
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).responseTimeout(java.time.Duration.ofSeconds(30))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        JsonNode doc = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        Random random = new Random(SEED);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        for (String role : List.of("learner", "educator", "steward", "admin")) {
            callers.put(role, Tokens.sign(Tokens.SECRET, "fuzz-" + role, List.of(role), "univ-fuzz", java.time.Instant.now().plusSeconds(3600)));
        }
        List<String> failures = new ArrayList<>();
        int sent = 0;
        while (sent < MIN_REQUESTS) {
            for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase(java.util.Locale.ROOT));
                    for (Map.Entry<String, String> caller : callers.entrySet()) {
                        String uri = concretePath(path.getKey(), random) + junkQuery(op.getValue(), random);
                        byte[] body = JUNK_BODIES.get(random.nextInt(JUNK_BODIES.size()));
                        MediaType type = random.nextInt(5) == 0 ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON;
                        var request = client.method(method).uri(URI.create("http://localhost:" + port + uri));
                        if (caller.getValue() != null) {
                            request = request.headers(h -> h.setBearerAuth(caller.getValue()));
                        }
                        EntityExchangeResult<byte[]> result;
                        try {
                            result = (method == HttpMethod.GET || method == HttpMethod.DELETE
                                    ? request.exchange()
                                    : request.contentType(type).bodyValue(body).exchange())
                                    .expectBody().returnResult();
                        } catch (org.springframework.web.reactive.function.client.WebClientRequestException refused) {
                            // Refusing a large body (401/403/413) before reading it and closing is fair; the client
                            // just cannot read that answer while it is still sending. Small bodies must always be answered.
                            if (body.length <= 64 * 1024) {
                                failures.add(method + " " + abbreviate(uri) + " as " + caller.getKey() + " → connection failed: " + refused.getMessage());
                            }
                            sent++;
                            continue;
                        } catch (IllegalStateException timeout) {
                            failures.add(method + " " + abbreviate(uri) + " as " + caller.getKey() + " → no answer: " + timeout.getMessage());
                            sent++;
                            continue;
                        }
                        sent++;
                        check(method + " " + uri + " as " + caller.getKey(), result, op.getValue(), failures);
                    }
                }
            }
        }
        System.out.printf("BadInputFuzzIT: %d requests with seed %d%n", sent, SEED);
        assertThat(failures).as("seed %d", SEED).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(MIN_REQUESTS);
    }

    @Test
    void aBodyOverTheLimitIs413Problem() {
        byte[] huge = bytes("{\"profile\": {\"hoursPerWeek\": 5}, \"goal\": {\"credential\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}}");
        var result = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(result.path("type").asString()).endsWith("/payload-too-large");
    }

    @Test
    void anOverlongUriIs414Problem() {
        var result = http.get().uri(URI.create("http://localhost:" + port + "/api/v1/search?q=" + "a".repeat(20_000))).exchange()
                .expectStatus().isEqualTo(414).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(result.path("type").asString()).endsWith("/uri-too-long");
    }

    /** A fully qualified class name or a library's method ("StreamReadConstraints.getMaxNestingDepth()"): not for people. */
    private static final java.util.regex.Pattern LIBRARY_NAMES = java.util.regex.Pattern.compile(
            "\\b(?:[a-z][a-z0-9]*\\.){2,}[A-Z]\\w+|\\b[A-Z]\\w+\\.[a-z]\\w*\\(\\)|\\b(?:tools\\.jackson|com\\.fasterxml|io\\.netty|org\\.neo4j|reactor\\.core)\\b");

    private static void check(String what, EntityExchangeResult<byte[]> result, JsonNode operation, List<String> failures) {
        int status = result.getStatus().value();
        String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        boolean documentedSuccess = status < 400 && (operation.path("responses").has(String.valueOf(status)) || status == 304);
        if (status >= 500) {
            failures.add(what + " → " + status + " " + abbreviate(body));
        } else if (status >= 400) {
            MediaType type = result.getResponseHeaders().getContentType();
            if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                failures.add(what + " → " + status + " without problem+json: " + type);
            }
            if (body.contains("Exception") || body.contains("\tat ") || body.contains("at org.") || LIBRARY_NAMES.matcher(body).find()) {
                failures.add(what + " → " + status + " leaks internals: " + abbreviate(body));
            }
        } else if (!documentedSuccess) {
            failures.add(what + " → undocumented " + status);
        }
    }

    private static String concretePath(String template, Random random) {
        StringBuilder out = new StringBuilder();
        for (String part : template.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            out.append('/').append(part.startsWith("{") ? JUNK_IDS.get(random.nextInt(JUNK_IDS.size())) : part);
        }
        return out.toString();
    }

    private static String junkQuery(JsonNode operation, Random random) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : operation.path("parameters")) {
            if ("query".equals(p.path("in").asString()) && random.nextBoolean()) {
                q.append(q.length() == 0 ? '?' : '&').append(URLEncoder.encode(p.path("name").asString(), StandardCharsets.UTF_8))
                        .append('=').append(JUNK_VALUES.get(random.nextInt(JUNK_VALUES.size())));
            }
        }
        if (random.nextInt(4) == 0) {
            q.append(q.length() == 0 ? '?' : '&').append("unknown=").append(JUNK_VALUES.get(random.nextInt(JUNK_VALUES.size())));
        }
        return q.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
