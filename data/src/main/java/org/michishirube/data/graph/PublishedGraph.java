package org.michishirube.data.graph;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.michishirube.data.neo4j.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the in-memory snapshot that requests read, and swaps it atomically when the graph's revision moves,
 * whether this instance or another one wrote the change.
 */
public final class PublishedGraph {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedGraph.class);

    private final Database database;
    private final GraphSnapshotReader reader;
    private final AtomicReference<GraphSnapshot> snapshot = new AtomicReference<>();
    private final AtomicLong rebuilds = new AtomicLong();
    private final AtomicLong rebuildNanos = new AtomicLong();

    public PublishedGraph(Database database) {
        this.database = database;
        this.reader = new GraphSnapshotReader(database);
    }

    /** {@return the current snapshot} */
    public GraphSnapshot snapshot() {
        GraphSnapshot s = snapshot.get();
        if (s == null) {
            throw new IllegalStateException("the graph snapshot has not been built yet");
        }
        return s;
    }

    /** Rebuilds the snapshot now, whatever the revision. */
    public synchronized GraphSnapshot refresh() {
        long start = System.nanoTime();
        GraphSnapshot fresh = reader.read();
        snapshot.set(fresh);
        rebuildNanos.addAndGet(System.nanoTime() - start);
        rebuilds.incrementAndGet();
        LOG.info("Graph snapshot rebuilt at revision {}: {} target(s), {} role(s)", fresh.revision(),
                fresh.graph().targets().size(), fresh.graph().roles().size());
        return fresh;
    }

    /** {@return how many times the snapshot was built, for metrics} */
    public long rebuildCount() {
        return rebuilds.get();
    }

    /** {@return the time spent building snapshots, in seconds, for metrics} */
    public double rebuildSeconds() {
        return rebuildNanos.get() / 1e9;
    }

    /** Rebuilds the snapshot when the graph's revision differs from the one it was read at. */
    public synchronized boolean refreshIfStale() {
        GraphSnapshot s = snapshot.get();
        if (s == null || database.readBlocking(GraphRevision::current) != s.revision()) {
            refresh();
            return true;
        }
        return false;
    }
}
