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

/**
 * Refuses over-long URIs before any work is done, with a problem document rather than the server's bare error,
 * and bounds every request's time ({@code michishirube.request-timeout}, 30 s by default).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits implements WebFilter {

    /** Longer than any id, query or page parameter the API takes, by far. */
    public static final int MAX_URI_LENGTH = 8192;

    private final ProblemRenderer problems;
    private final java.time.Duration timeout;

    public RequestLimits(ProblemRenderer problems,
                         @org.springframework.beans.factory.annotation.Value("${michishirube.request-timeout:30s}") java.time.Duration timeout) {
        this.problems = problems;
        this.timeout = timeout;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        int length = exchange.getRequest().getURI().getRawPath().length()
                + (exchange.getRequest().getURI().getRawQuery() == null ? 0 : exchange.getRequest().getURI().getRawQuery().length());
        if (length > MAX_URI_LENGTH) {
            return problems.write(exchange, ProblemType.URI_TOO_LONG,
                    "The URI is " + length + " characters long; the service accepts at most " + MAX_URI_LENGTH + ".", Map.of());
        }
        return chain.filter(exchange).timeout(timeout, Mono.defer(() -> problems.write(exchange, ProblemType.REQUEST_TIMEOUT,
                "The request took longer than " + timeout.toMillis() + " ms and was abandoned; try again, or ask for less.", Map.of())));
    }
}
