package org.michishirube.data.resource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.resource.LearningResource;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphRevision;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.revision.AuditEntry;
import org.michishirube.data.revision.AuditLog;
import org.neo4j.driver.TransactionContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Learning resources stewards register, change and remove: no four eyes (they are pointers to material, not the
 * credential's definition), but every write is one transaction with its audit entry and the graph revision raised, so
 * every instance's plans list the change. A resource a steward touched has origin {@code steward}, which a reload of the
 * reference dataset leaves alone; a removed one keeps a node marked retired, with its log, so a reload does not bring a
 * removed seed back.
 */
public final class LearningResources {

    /** The origin of resources stewards wrote. */
    public static final String ORIGIN = "steward";

    private final Database database;
    private final PublishedGraph graph;
    private final Clock clock;

    public LearningResources(Database database, PublishedGraph graph, Clock clock) {
        this.database = database;
        this.graph = graph;
        this.clock = clock;
    }

    /** What a write came to; only {@link Done} changed anything. */
    public sealed interface Outcome {

        /** @param resource the resource as stored; empty after a removal */
        record Done(Optional<LearningResource> resource) implements Outcome {
        }

        /** No resource has that id. */
        record NotFound() implements Outcome {
        }

        /** A resource with that id exists already. */
        record Exists() implements Outcome {
        }
    }

    /** {@return the new resource stored, or {@link Outcome.Exists}} */
    public Mono<Outcome> register(LearningResource r, String actor) {
        return written(database.write(tx -> {
            if (live(tx, r.id())) {
                return (Outcome) new Outcome.Exists();
            }
            write(tx, r);
            log(tx, r.id(), actor, "create", List.of(), lines(r));
            return new Outcome.Done(Optional.of(r));
        }).onErrorResume(DatabaseFailures::isConstraintViolation, e -> Mono.just(new Outcome.Exists())));
    }

    /** {@return the resource replaced, or {@link Outcome.NotFound}} */
    public Mono<Outcome> replace(LearningResource r, String actor) {
        return written(database.write(tx -> {
            Optional<LearningResource> before = read(tx, r.id());
            if (before.isEmpty()) {
                return (Outcome) new Outcome.NotFound();
            }
            write(tx, r);
            log(tx, r.id(), actor, "update", lines(before.get()), lines(r));
            return new Outcome.Done(Optional.of(r));
        }));
    }

    /** {@return the resource removed, or {@link Outcome.NotFound}} */
    public Mono<Outcome> remove(String id, String actor) {
        return written(database.write(tx -> {
            Optional<LearningResource> before = read(tx, id);
            if (before.isEmpty()) {
                return (Outcome) new Outcome.NotFound();
            }
            tx.run("""
                    MATCH (r:LearningResource {id: $id}) WITH r, r.logged AS logged
                    SET r = {id: $id, refKey: 'LearningResource:' + $id, origin: $origin, retired: true, logged: logged}""",
                    Map.of("id", id, "origin", ORIGIN)).consume();
            log(tx, id, actor, "delete", lines(before.get()), List.of());
            return new Outcome.Done(Optional.empty());
        }));
    }

    /** {@return the resource's audit log, oldest first; empty for an unknown id} */
    public Flux<AuditEntry> audit(String id) {
        return database.readMany(tx -> AuditLog.RESOURCES.entries(tx, id));
    }

    /** The snapshot is rebuilt before the caller hears of the write, so the next plan lists it. */
    private Mono<Outcome> written(Mono<Outcome> write) {
        return write.doOnNext(o -> {
            if (o instanceof Outcome.Done) {
                graph.refresh();
            }
        });
    }

    private static boolean live(TransactionContext tx, String id) {
        return tx.run("MATCH (r:LearningResource {id: $id}) WHERE r.retired IS NULL RETURN r.id", Map.of("id", id)).hasNext();
    }

    private static Optional<LearningResource> read(TransactionContext tx, String id) {
        return tx.run("MATCH (r:LearningResource {id: $id}) WHERE r.retired IS NULL RETURN properties(r) AS r", Map.of("id", id)).list().stream()
                .findFirst().map(x -> GraphProperties.resource(x.get("r").asMap()));
    }

    private static void write(TransactionContext tx, LearningResource r) {
        Map<String, Object> node = GraphProperties.of(r);
        node.put("origin", ORIGIN);
        // The log's counter survives the replacement, so the entries keep their order.
        tx.run("MERGE (n:LearningResource {id: $id}) WITH n, n.logged AS logged SET n = $p SET n.logged = logged",
                Map.of("id", r.id(), "p", node)).consume();
    }

    private void log(TransactionContext tx, String id, String actor, String action, List<String> before, List<String> after) {
        // Every write raises the graph revision, so other instances rebuild their snapshot and plans list the change.
        GraphRevision.increment(tx);
        AuditLog.RESOURCES.append(tx, id, clock.instant(), actor, action, null, before, after, null);
    }

    /** The resource in lines, for the audit log's before and after. */
    private static List<String> lines(LearningResource r) {
        return List.of(r.id() + " [" + r.kind().code() + ", " + r.depth().code() + ", " + r.language() + "] 「" + r.title().ja() + "」 “" + r.title().en() + "”",
                "addresses: " + String.join(", ", java.util.stream.Stream.concat(r.targets().stream().map(Object::toString),
                        r.domains().stream().map(Object::toString)).toList()),
                "url: " + r.url().orElse("—") + "; hours: " + (r.hours().isPresent() ? r.hours().getAsInt() : "—") + "; cost: " + r.cost().orElse("—"),
                "source: " + r.provenance().source() + " (" + r.provenance().verification().code() + ")");
    }
}
