package org.michishirube.api.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem documents; used by the exception handler and by the security entry points alike. */
@Component
public class ProblemRenderer {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;

    public ProblemRenderer(JsonMapper json) {
        this.json = json;
    }

    /** {@return the problem document as a map, in member order: type, title, status, detail, instance, extensions} */
    public Map<String, Object> body(ProblemType type, String detail, ServerWebExchange exchange, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        body.put("instance", URI.create(exchange.getRequest().getPath().value()).toString());
        body.put("requestId", exchange.getRequest().getId());
        body.put("code", code(type, properties));
        body.put("params", params(properties));
        properties.forEach(body::putIfAbsent);
        return body;
    }

    /**
     * {@return the stable code a client looks its own text up by: the type's slug, or the more specific code a problem
     * already carries (a revision conflict's reason, e.g. {@code same-steward})}
     */
    static String code(ProblemType type, Map<String, Object> properties) {
        return properties.get("code") instanceof String specific ? specific : type.slug();
    }

    /** {@return the problem's scalar members (field, parameter, id, limit, reason, offset…), to fill a client's text with} */
    static Map<String, Object> params(Map<String, Object> properties) {
        Map<String, Object> params = new java.util.TreeMap<>();
        properties.forEach((k, v) -> {
            if (!"code".equals(k) && (v instanceof String || v instanceof Number || v instanceof Boolean)) {
                params.put(k, v);
            }
        });
        return params;
    }

    /**
     * {@return the problem document of a request that was never read (refused by the HTTP server itself): type, title,
     * status and detail, with no instance or request id, serialised like every other problem}
     */
    public byte[] unreadRequest(ProblemType type, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        body.put("code", type.slug());
        body.put("params", Map.of());
        return json.writeValueAsBytes(body);
    }

    private static boolean rejectedBeforeReading(ProblemType type) {
        return type == ProblemType.UNAUTHENTICATED || type == ProblemType.INVALID_TOKEN || type == ProblemType.FORBIDDEN
                || type == ProblemType.PAYLOAD_TOO_LARGE || type == ProblemType.URI_TOO_LONG || type == ProblemType.UNSUPPORTED_MEDIA_TYPE;
    }

    private static boolean hasBody(ServerWebExchange exchange) {
        HttpHeaders h = exchange.getRequest().getHeaders();
        return h.getContentLength() > 0 || h.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail, Map<String, Object> properties) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(type.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(PROBLEM_JSON);
        headers.remove(HttpHeaders.ETAG);
        headers.setCacheControl("no-store");
        if (rejectedBeforeReading(type) && hasBody(exchange)) {
            // The body was never read: close rather than leave its bytes in a connection a client may reuse.
            headers.setConnection("close");
        }
        byte[] bytes = json.writeValueAsBytes(body(type, detail, exchange, properties));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
