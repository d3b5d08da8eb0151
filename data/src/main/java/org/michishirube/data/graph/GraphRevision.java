package org.michishirube.data.graph;

import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * A counter in the graph that every write bumps in its own transaction, so that each instance of the
 * service can tell cheaply whether its snapshot is stale, whichever instance made the change.
 */
public final class GraphRevision {

    private GraphRevision() {
    }

    /** Bumps the counter inside the caller's write transaction. */
    public static void increment(TransactionContext tx) {
        tx.run("MERGE (g:GraphState {id: 'graph'}) SET g.revision = coalesce(g.revision, 0) + 1");
    }

    /** The same, for Cypher run by other means: append or run this statement in the write transaction. */
    public static final String INCREMENT = "MERGE (g:GraphState {id: 'graph'}) SET g.revision = coalesce(g.revision, 0) + 1";

    /** {@return the current revision, read in the caller's transaction; 0 for a graph never written} */
    public static long current(TransactionContext tx) {
        return tx.run("OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN coalesce(g.revision, 0) AS r", Map.of()).single().get("r").asLong();
    }
}
