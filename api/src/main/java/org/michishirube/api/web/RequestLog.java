package org.michishirube.api.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One log line per request with the request id that problem responses carry as {@code requestId}, so a
 * user's error report leads straight to its log line. The id is also sent back as X-Request-Id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestLog implements WebFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        String id = exchange.getRequest().getId();
        exchange.getResponse().getHeaders().set("X-Request-Id", id);
        return chain.filter(exchange).doFinally(signal -> {
            if (LOG.isInfoEnabled()) {
                var status = exchange.getResponse().getStatusCode();
                LOG.info("request {} {} {} → {} in {} ms", id, exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                        status == null ? "-" : status.value(), (System.nanoTime() - start) / 1_000_000);
            }
        });
    }
}
