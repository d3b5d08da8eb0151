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
 * from this origin only, with no inline script or style, no plug-ins and no framing. Swagger UI gets the same policy
 * but for inline styles, which its components set on elements (its scripts are all files of this origin).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PageSecurityHeaders implements WebFilter {

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI's policy: {@link #POLICY} with inline styles allowed and nothing else loosened. */
    public static final String SWAGGER_UI_POLICY = POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String policy = path.startsWith("/swagger-ui") || path.startsWith("/webjars/swagger-ui") ? SWAGGER_UI_POLICY : POLICY;
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (!headers.containsHeader("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policy);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
