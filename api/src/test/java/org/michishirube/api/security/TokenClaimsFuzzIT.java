package org.michishirube.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims are input: signed tokens with each required claim missing, null, empty, of every other JSON type or oversized,
 * sent to every operation of the published OpenAPI document. Each is refused before the operation with 401
 * invalid-token naming the claim, on public reads too, and nothing answers 5xx.
 */
@ApiIT
class TokenClaimsFuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient http;

    record Variant(String claim, String shape, Map<String, Object> claims) {
    }

    static Map<String, Object> valid() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "fuzz-user");
        claims.put("roles", List.of("admin", "steward", "educator", "learner"));
        claims.put("institution", "fuzz-university");
        claims.put("iat", Instant.now().minusSeconds(5).getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        return claims;
    }

    static List<Variant> variants() {
        Map<String, Object> shapes = new LinkedHashMap<>();
        shapes.put("null", null);
        shapes.put("empty string", "");
        shapes.put("blank string", "   ");
        shapes.put("number", 42);
        shapes.put("fraction", 1.5);
        shapes.put("boolean", true);
        shapes.put("empty list", List.of());
        shapes.put("object", Map.of("admin", true));
        // Long, but short enough for the HTTP server's 8 KB header limit (what lies beyond is a 431, tested apart).
        shapes.put("oversized string", "x".repeat(1_000));
        List<Variant> variants = new ArrayList<>();
        for (String claim : List.of("sub", "roles", "institution", "exp")) {
            Map<String, Object> missing = valid();
            missing.remove(claim);
            if (!claim.equals("institution")) {
                variants.add(new Variant(claim, "missing", missing));
            }
            shapes.forEach((shape, value) -> {
                // An empty list of roles is a fair token with no rights; a number is a fair exp (1.5 is merely long past); a null claim is dropped
                // by the signing library (so it is the missing case), and institution may be missing.
                if (claim.equals("roles") && shape.equals("empty list") || claim.equals("exp") && (shape.equals("number") || shape.equals("fraction"))
                        || claim.equals("institution") && shape.equals("null")) {
                    return;
                }
                Map<String, Object> claims = valid();
                claims.put(claim, value);
                variants.add(new Variant(claim, shape, claims));
            });
        }
        Map<String, Object> unknownRole = valid();
        unknownRole.put("roles", List.of("admin", "superuser"));
        variants.add(new Variant("roles", "unknown role", unknownRole));
        Map<String, Object> mixed = valid();
        mixed.put("roles", List.of("admin", 7));
        variants.add(new Variant("roles", "mixed list", mixed));
        Map<String, Object> manyUnknown = valid();
        manyUnknown.put("roles", java.util.Collections.nCopies(300, "nobody"));
        variants.add(new Variant("roles", "oversized list", manyUnknown));
        return variants;
    }

    /** Every operation of docs/openapi.json, with its path parameters filled in with a plausible id. */
    static List<Map.Entry<HttpMethod, String>> operations() throws Exception {
        JsonNode paths = JSON.readTree(Files.readString(Path.of("../docs/openapi.json"))).path("paths");
        List<Map.Entry<HttpMethod, String>> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            String uri = path.replaceAll("\\{[^}]+}", "hit");
            for (String method : paths.path(path).propertyNames()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(Map.entry(HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)), uri));
                }
            }
        }
        return operations;
    }

    @Test
    void everyOddClaimIsRefusedByNameOnEveryOperation() throws Exception {
        List<Map.Entry<HttpMethod, String>> operations = operations();
        List<Variant> variants = variants();
        assertThat(operations).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        for (Variant variant : variants) {
            String token = Tokens.withClaims(variant.claims());
            for (Map.Entry<HttpMethod, String> operation : operations) {
                EntityExchangeResult<byte[]> result = http.method(operation.getKey()).uri(operation.getValue())
                        .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        .exchange().expectBody().returnResult();
                int status = result.getStatus().value();
                String where = variant.claim() + " " + variant.shape() + " → " + operation.getKey() + " " + operation.getValue();
                if (status != 401) {
                    wrong.add(where + ": " + status);
                    continue;
                }
                JsonNode problem = JSON.readTree(result.getResponseBody());
                if (!problem.path("type").asString().endsWith("/invalid-token") || !variant.claim().equals(problem.path("claim").asString())) {
                    wrong.add(where + ": " + problem);
                }
            }
        }
        assertThat(wrong).as("operations that did not refuse the token by its claim").isEmpty();
    }

    @Test
    void aValidTokenWithoutInstitutionStillReads() {
        Map<String, Object> claims = valid();
        claims.remove("institution");
        http.get().uri("/api/v1/credentials/hit").headers(h -> h.setBearerAuth(Tokens.withClaims(claims))).exchange()
                .expectStatus().isOk();
    }
}
