package org.michishirube.data.graph;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.michishirube.data.neo4j.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the in-memory snapshot that requests read, and swaps it atomically when the graph's revision moves,
 * whether this instance or another one wrote the change. Views derived from a snapshot (the search index) are built
 * before the swap and swapped with it, so a reader never sees a view of another revision than the snapshot's.
 */
public final class PublishedGraph {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedGraph.class);

    private final Database database;
    private final GraphSnapshotReader reader;
    private final AtomicReference<Published> published = new AtomicReference<>();
    private final List<Function<GraphSnapshot, ?>> views = new CopyOnWriteArrayList<>();
    private final AtomicLong rebuilds = new AtomicLong();
    private final AtomicLong rebuildNanos = new AtomicLong();

    public PublishedGraph(Database database) {
        this.database = database;
        this.reader = new GraphSnapshotReader(database);
    }

    /** The snapshot and the views built from it, swapped as one. */
    private record Published(GraphSnapshot snapshot, Map<Function<GraphSnapshot, ?>, Object> views) {
    }

    /** {@return the current snapshot} */
    public GraphSnapshot snapshot() {
        return current().snapshot();
    }

    private Published current() {
        Published p = published.get();
        if (p == null) {
            throw new IllegalStateException("the graph snapshot has not been built yet");
        }
        return p;
    }

    /**
     * {@return the current value of a view derived from the snapshot, rebuilt with every snapshot and swapped with it}
     * The view is built now for the current snapshot (if there is one) and then on every refresh, before the swap.
     *
     * @param builder builds the view from a snapshot; it must not fail for a snapshot the reader accepts
     */
    public synchronized <T> Supplier<T> view(Function<GraphSnapshot, T> builder) {
        views.add(builder);
        Published p = published.get();
        if (p != null) {
            Map<Function<GraphSnapshot, ?>, Object> extended = new IdentityHashMap<>(p.views());
            extended.put(builder, builder.apply(p.snapshot()));
            published.set(new Published(p.snapshot(), extended));
        }
        @SuppressWarnings("unchecked")
        Supplier<T> supplier = () -> (T) current().views().get(builder);
        return supplier;
    }

    /** Rebuilds the snapshot now, whatever the revision. */
    public synchronized GraphSnapshot refresh() {
        long start = System.nanoTime();
        GraphSnapshot fresh = reader.read();
        Map<Function<GraphSnapshot, ?>, Object> built = new IdentityHashMap<>();
        for (Function<GraphSnapshot, ?> view : views) {
            built.put(view, view.apply(fresh));
        }
        published.set(new Published(fresh, built));
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
        Published p = published.get();
        if (p == null || database.readBlocking(GraphRevision::current) != p.snapshot().revision()) {
            refresh();
            return true;
        }
        return false;
    }
}
