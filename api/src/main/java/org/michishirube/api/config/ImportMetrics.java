package org.michishirube.api.config;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Times every request handled by a {@link TimedImport} method as {@code michishirube.imports}, tagged with the
 * {@code kind} of import and its {@code outcome}, read from the status of the response as it is committed, so
 * the problem handler's mapping of failures stays the only one: {@code imported} (2xx), {@code refused} (4xx:
 * bad input, a conflict or a stale version, the caller's to fix) or {@code failed} (anything else, e.g. the
 * database). Operators can then alert on failed imports apart from the refusals that are part of normal use.
 * Requests refused before a handler is chosen (authentication, limits) are not imports and are not counted.
 */
@Component
public final class ImportMetrics implements WebFilter {

    /** What was imported; the tag values. */
    public enum Kind {
        DATASET_RELOAD("dataset-reload"), CURRICULUM_CSV("curriculum-csv"), CASE("case"), CTDL("ctdl"), SPREADSHEET("spreadsheet"), ROLES_CSV("roles-csv");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    private static final String[] OUTCOMES = {"imported", "refused", "failed"};

    private final MeterRegistry registry;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front, so that dashboards see the series at zero before the first import.
        for (Kind kind : Kind.values()) {
            for (String outcome : OUTCOMES) {
                timer(kind, outcome);
            }
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        exchange.getResponse().beforeCommit(() -> {
            TimedImport timed = exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method
                    ? method.getMethodAnnotation(TimedImport.class) : null;
            if (timed != null) {
                timer(timed.value(), outcome(exchange.getResponse().getStatusCode()))
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static String outcome(HttpStatusCode status) {
        return status == null || status.is2xxSuccessful() ? OUTCOMES[0] : status.is4xxClientError() ? OUTCOMES[1] : OUTCOMES[2];
    }

    private Timer timer(Kind kind, String outcome) {
        return Timer.builder("michishirube.imports").description("Imports and reloads by kind and outcome")
                .tag("kind", kind.tag).tag("outcome", outcome).register(registry);
    }
}
