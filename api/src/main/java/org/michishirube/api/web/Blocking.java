package org.michishirube.api.web;

import java.util.concurrent.Callable;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one place where work that blocks (a driver call, a store's transaction) or keeps a CPU busy for long (parsing a
 * package, writing a workbook) leaves the event loop: feature services wrap such work here, so no request thread waits.
 */
public final class Blocking {

    private Blocking() {
    }

    /** {@return the result of {@code work}, called on a thread that may block} */
    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    /** {@return completion of {@code work}, run on a thread that may block} */
    public static Mono<Void> run(Runnable work) {
        return Mono.<Void>fromRunnable(work).subscribeOn(Schedulers.boundedElastic());
    }

    /** {@return {@code source}'s value passed through {@code work} on a thread that may block} */
    public static <T, R> Mono<R> map(Mono<T> source, Function<? super T, ? extends R> work) {
        return source.publishOn(Schedulers.boundedElastic()).map(work);
    }
}
