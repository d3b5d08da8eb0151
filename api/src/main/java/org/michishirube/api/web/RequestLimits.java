package org.michishirube.api.web;

import java.util.Map;

import org.michishirube.api.problem.ProblemRenderer;
import org.michishirube.api.problem.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Refuses over-long URIs before any work is done, with a problem document rather than the server's bare error. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits implements WebFilter {

    /** Longer than any id, query or page parameter the API takes, by far. */
    public static final int MAX_URI_LENGTH = 8192;

    private final ProblemRenderer problems;

    public RequestLimits(ProblemRenderer problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        int length = exchange.getRequest().getURI().getRawPath().length()
                + (exchange.getRequest().getURI().getRawQuery() == null ? 0 : exchange.getRequest().getURI().getRawQuery().length());
        if (length > MAX_URI_LENGTH) {
            return problems.write(exchange, ProblemType.URI_TOO_LONG,
                    "The URI is " + length + " characters long; the service accepts at most " + MAX_URI_LENGTH + ".", Map.of());
        }
        return chain.filter(exchange);
    }
}
