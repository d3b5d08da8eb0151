package org.michishirube.api.config;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.michishirube.api.problem.ApiException;
import org.michishirube.data.dataset.InvalidDatasetException;
import org.michishirube.data.interop.ImportConflictException;
import org.michishirube.data.interop.InvalidImportException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Times every import and reload as {@code michishirube.imports}, tagged with the {@code kind} of import and its
 * {@code outcome}: {@code imported}, {@code refused} (bad input, a conflict or a stale version: the caller's to
 * fix) or {@code failed} (anything else, e.g. the database). Operators can then alert on failed imports apart
 * from the refusals that are part of normal use.
 */
@Component
public final class ImportMetrics {

    /** What was imported; the tag values. */
    public enum Kind {
        DATASET_RELOAD("dataset-reload"), CURRICULUM_CSV("curriculum-csv"), CASE("case"), CTDL("ctdl"), ROLES_CSV("roles-csv");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry registry;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front, so that dashboards see the series at zero before the first import.
        for (Kind kind : Kind.values()) {
            for (String outcome : new String[] {"imported", "refused", "failed"}) {
                timer(kind, outcome);
            }
        }
    }

    /** {@return the import, timed when it ends} */
    public <T> Mono<T> timed(Kind kind, Mono<T> work) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return work.doOnSuccess(value -> record(kind, "imported", start))
                    .doOnError(error -> record(kind, refused(error) ? "refused" : "failed", start));
        });
    }

    private void record(Kind kind, String outcome, long start) {
        timer(kind, outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Kind kind, String outcome) {
        return Timer.builder("michishirube.imports").description("Imports and reloads by kind and outcome")
                .tag("kind", kind.tag).tag("outcome", outcome).register(registry);
    }

    private static boolean refused(Throwable error) {
        if (error instanceof ApiException api) {
            return api.type().status().is4xxClientError();
        }
        return error instanceof InvalidImportException || error instanceof InvalidDatasetException
                || error instanceof ImportConflictException || error instanceof ServerWebInputException;
    }
}
