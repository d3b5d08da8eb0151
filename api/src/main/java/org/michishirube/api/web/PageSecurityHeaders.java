package org.michishirube.api.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A strict Content-Security-Policy for the web page and every other response: scripts, styles, data and images come
 * from this origin only, with no inline script or style, no plug-ins and no framing. Swagger UI keeps its own needs
 * (it inlines styles), so its paths are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PageSecurityHeaders implements WebFilter {

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/swagger-ui") && !path.startsWith("/webjars/swagger-ui") && !path.startsWith("/v3/api-docs")) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                if (!headers.containsHeader("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy", POLICY);
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
