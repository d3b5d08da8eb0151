package org.michishirube.data.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.testing.TestDatabase;
import org.michishirube.testing.TestNeo4j;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The adapter every store goes through: one transaction per unit of work, off the caller's thread, retried only when that helps. */
class DatabaseIT {

    private final Database database = TestDatabase.database();

    @BeforeEach
    void emptyGraph() {
        TestNeo4j.clear();
    }

    @Test
    void aUnitOfWorkThatThrowsLeavesNothingOfWhatItWrote() {
        Mono<Long> failing = database.write(tx -> {
            tx.run("CREATE (:Probe {n: 1})").consume();
            throw new IllegalStateException("fails after writing");
        });
        StepVerifier.create(failing).expectError(IllegalStateException.class).verify();
        assertThat(probes()).isZero();

        StepVerifier.create(database.write(tx -> tx.run("CREATE (p:Probe {n: 1}) RETURN p.n AS n").single().get("n").asLong()))
                .expectNext(1L).verifyComplete();
        assertThat(probes()).isOne();
    }

    @Test
    void theReactiveMethodsRunOnTheDatabasesOwnThreadsAndANullResultIsEmpty() {
        StepVerifier.create(database.read(tx -> Thread.currentThread().getName())).assertNext(name -> assertThat(name).startsWith("neo4j"))
                .verifyComplete();
        StepVerifier.create(database.read(tx -> null)).verifyComplete();
        StepVerifier.create(database.readMany(tx -> List.of("a", "b"))).expectNext("a", "b").verifyComplete();
    }

    @Test
    void aTransientFailureIsRetriedInANewTransaction() {
        AtomicInteger runs = new AtomicInteger();
        long written = database.writeBlocking(tx -> {
            tx.run("CREATE (:Probe {n: $n})", Map.of("n", runs.get())).consume();
            if (runs.incrementAndGet() == 1) {
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock, for the test");
            }
            return tx.run("MATCH (p:Probe) RETURN count(p) AS n").single().get("n").asLong();
        });
        assertThat(runs).hasValue(2);
        assertThat(written).as("the first run's write was rolled back").isOne();
    }

    @Test
    void aDeadlockThatLastsHalfASecondStillEndsInACommit() {
        // Under the soak's load the transaction a deadlock was with held its locks for longer than three quick runs took.
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        AtomicInteger runs = new AtomicInteger();
        long written = database.writeBlocking(tx -> {
            runs.incrementAndGet();
            tx.run("CREATE (:Probe {n: 1})").consume();
            if (System.nanoTime() < until) {
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a long deadlock, for the test");
            }
            return tx.run("MATCH (p:Probe) RETURN count(p) AS n").single().get("n").asLong();
        });
        assertThat(runs.get()).as("runs").isGreaterThan(1);
        assertThat(written).as("only the last run's write was committed").isOne();
        assertThat(probes()).isOne();
    }

    @Test
    void transientFailuresAreGivenUpOnAfterAFewRuns() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> database.readBlocking(tx -> {
            runs.incrementAndGet();
            throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "always, for the test");
        })).isInstanceOf(TransientException.class);
        assertThat(runs).hasValue(Database.ATTEMPTS);
    }

    @Test
    void anUnreachableDatabaseFailsAtOnceAndOtherErrorsAreNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> database.readBlocking(tx -> {
            runs.incrementAndGet();
            throw new ServiceUnavailableException("gone, for the test");
        })).isInstanceOf(ServiceUnavailableException.class);
        assertThatThrownBy(() -> database.readBlocking(tx -> {
            runs.incrementAndGet();
            throw new IllegalArgumentException("a bug, for the test");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(runs).hasValue(2);
    }

    @Test
    void workBeyondTheQueueIsRefusedAsUnavailable() {
        try (Database tiny = Database.of(TestNeo4j.driver(), null, 1, 1)) {
            CountDownLatch release = new CountDownLatch(1);
            Mono<Boolean> waiting = tiny.read(tx -> {
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            List<CompletableFuture<Boolean>> submitted = IntStream.range(0, 4).mapToObj(i -> waiting.toFuture()).toList();
            release.countDown();
            List<Throwable> refused = submitted.stream().map(f -> f.handle((ok, e) -> e).join()).filter(Objects::nonNull).toList();
            assertThat(refused).isNotEmpty().hasSizeLessThan(submitted.size()).allSatisfy(e -> assertThat(DatabaseFailures.isUnavailable(e)).isTrue());
        }
    }

    @Test
    void aClosedDatabaseTakesNoMoreWork() {
        Database closed = Database.of(TestNeo4j.driver());
        closed.close();
        assertThatThrownBy(() -> closed.read(tx -> 1).block()).satisfies(e -> assertThat(DatabaseFailures.isUnavailable(e)).isTrue());
    }

    private static long probes() {
        try (var session = TestNeo4j.driver().session()) {
            return session.run("MATCH (p:Probe) RETURN count(p) AS n").single().get("n").asLong();
        }
    }
}
