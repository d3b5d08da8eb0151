package org.michishirube.data.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one way the data layer talks to Neo4j. A unit of work is a function of a {@link TransactionContext}: it runs in one
 * transaction of the blocking driver, which commits when the function returns and rolls back when it throws, so each
 * store method that writes is all or nothing.
 *
 * <p>{@link #read} and {@link #write} run the unit on a bounded scheduler of their own and answer a {@link Mono}, for the
 * reactive API; a {@code null} result completes empty. {@link #readBlocking} and {@link #writeBlocking} run it on the
 * caller's thread, for start-up, the dataset loader and callers that are off the event loop already.
 *
 * <p>A unit that fails with a transient error (a deadlock, say) or on a cluster member that went away runs again, at most
 * {@value #ATTEMPTS} times in all, so it must not act outside its transaction. An unreachable database is not waited for:
 * the error comes at once, so that a request answers 503 instead of holding a thread until it times out.
 * All sessions share one bookmark manager, so a read sees the writes this instance committed before it, in a cluster too.
 */
public final class Database implements AutoCloseable {

    /**
     * Runs of a unit of work before a retryable failure is given up on. The pauses between them add up to 1.4 to 2.8 s,
     * because on a loaded machine the transaction a deadlock is with can hold its locks for more than a second: with
     * three runs in about 0.1 s, the soak (scripts/soak) saw saved-plan deletes and course edits fail as 500s.
     */
    static final int ATTEMPTS = 8;

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(20);

    private static final Duration MAX_BACKOFF = Duration.ofMillis(400);

    private final Driver driver;
    private final Optional<String> name;
    private final Scheduler scheduler;
    private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

    private Database(Driver driver, Optional<String> name, Scheduler scheduler) {
        this.driver = driver;
        this.name = name;
        this.scheduler = scheduler;
    }

    /** {@return the server's default database (the user's home database), with the default scheduler size} */
    public static Database of(Driver driver) {
        return of(driver, null);
    }

    /** {@return the named database, or the server's default when the name is null or blank, with the default scheduler size} */
    public static Database of(Driver driver, String name) {
        return of(driver, name, DatabaseProperties.DEFAULT_THREADS, DatabaseProperties.DEFAULT_QUEUED_TASKS);
    }

    /**
     * {@return the named database}
     *
     * @param name the database; null or blank for the server's default
     * @param threads the most units of work that run at once off the caller's thread
     * @param queuedTasks the most that wait for a thread; beyond that, {@link #read} and {@link #write} fail at once
     */
    public static Database of(Driver driver, String name, int threads, int queuedTasks) {
        if (driver == null || threads < 1 || queuedTasks < 1) {
            throw new IllegalArgumentException("a driver, at least one thread and room for one queued task are required");
        }
        Optional<String> database = Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty());
        return new Database(driver, database, Schedulers.newBoundedElastic(threads, queuedTasks, "neo4j"));
    }

    /** {@return the database's name; empty for the server's default} */
    public Optional<String> name() {
        return name;
    }

    /** {@return the result of {@code work} in a read transaction, run on the database's scheduler} */
    public <T> Mono<T> read(Function<TransactionContext, T> work) {
        return Mono.fromCallable(() -> readBlocking(work)).subscribeOn(scheduler);
    }

    /** {@return each element of the result of {@code work} in a read transaction, run on the database's scheduler} */
    public <T> Flux<T> readMany(Function<TransactionContext, ? extends Iterable<T>> work) {
        return read(work).flatMapIterable(Function.identity());
    }

    /** {@return the result of {@code work} in one write transaction, run on the database's scheduler} */
    public <T> Mono<T> write(Function<TransactionContext, T> work) {
        return Mono.fromCallable(() -> writeBlocking(work)).subscribeOn(scheduler);
    }

    /** {@return the result of {@code work} in a read transaction, run on the caller's thread} */
    public <T> T readBlocking(Function<TransactionContext, T> work) {
        return run(AccessMode.READ, work);
    }

    /** {@return the result of {@code work} in one write transaction, run on the caller's thread} */
    public <T> T writeBlocking(Function<TransactionContext, T> work) {
        return run(AccessMode.WRITE, work);
    }

    /** Stops the scheduler; the driver belongs to whoever made it. */
    @Override
    public void close() {
        scheduler.dispose();
    }

    private <T> T run(AccessMode mode, Function<TransactionContext, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Session session = driver.session(config(mode)); Transaction tx = session.beginTransaction()) {
                T result = work.apply(new Context(tx));
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean retryable(Throwable error) {
        return error instanceof RetryableException && !(error instanceof ServiceUnavailableException);
    }

    private SessionConfig config(AccessMode mode) {
        SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode).withBookmarkManager(bookmarks);
        name.ifPresent(config::withDatabase);
        return config.build();
    }

    private static void pause(int attempt) {
        long millis = Math.min(FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16), MAX_BACKOFF.toMillis());
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a transaction again", e);
        }
    }

    /** What a unit of work sees of its transaction: it may run queries, and only the adapter commits or rolls back. */
    private record Context(Transaction tx) implements TransactionContext {

        @Override
        public Result run(String query, Value parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query, Map<String, Object> parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query, Record parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query) {
            return tx.run(query);
        }

        @Override
        public Result run(Query query) {
            return tx.run(query);
        }
    }
}
