package org.michishirube.api.web;

import org.michishirube.data.graph.PublishedGraph;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Reference data changes only when the graph's revision moves, so the revision is a sound validator:
 * reads of it carry an ETag and Cache-Control, and a matching If-None-Match gets 304 without any work.
 */
@Component
public class ReferenceCaching implements WebFilter {

    private static final String[] REFERENCE_PATHS = {"/api/v1/credentials", "/api/v1/frameworks", "/api/v1/targets",
            "/api/v1/roles", "/api/v1/statistics", "/api/v1/search"};

    private final PublishedGraph graph;

    public ReferenceCaching(PublishedGraph graph) {
        this.graph = graph;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.GET || !isReference(request.getPath().value())) {
            return chain.filter(exchange);
        }
        String etag = "W/\"r" + graph.snapshot().revision() + "\"";
        if (request.getHeaders().getIfNoneMatch().contains(etag)) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_MODIFIED);
            exchange.getResponse().getHeaders().setETag(etag);
            return exchange.getResponse().setComplete();
        }
        exchange.getResponse().beforeCommit(() -> {
            if (exchange.getResponse().getStatusCode() != null && exchange.getResponse().getStatusCode().is2xxSuccessful()) {
                exchange.getResponse().getHeaders().setETag(etag);
                exchange.getResponse().getHeaders().setCacheControl("public, max-age=60");
                exchange.getResponse().getHeaders().setVary(java.util.List.of("Accept"));
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** Drafts and impact are stewards' data; proposals and review status also depend on curricula and today's date. */
    private static final java.util.regex.Pattern NOT_REFERENCE =
            java.util.regex.Pattern.compile("/api/v1/frameworks/[^/]+/(drafts|impact|proposals|review-status)(/.*)?");

    private static boolean isReference(String path) {
        if (NOT_REFERENCE.matcher(path).matches()) {
            return false;
        }
        for (String p : REFERENCE_PATHS) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }
}
