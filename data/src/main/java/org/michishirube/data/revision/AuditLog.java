package org.michishirube.data.revision;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/** The audit log every kind of draft keeps: one {@code DraftAudit} node per write, numbered on the draft's node. */
final class AuditLog {

    private AuditLog() {
    }

    /**
     * Appends an entry, in the transaction of the write it records.
     *
     * @param label the draft node's label, {@code Draft} or {@code CareerPathDraft}
     * @param operation the operation as received, or null for other actions
     */
    static void append(TransactionContext tx, String label, String draft, Instant at, String actor, String action, String operation,
                       List<String> before, List<String> after, long revision) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", draft);
        p.put("at", at.atZone(ZoneOffset.UTC));
        p.put("actor", actor);
        p.put("action", action);
        p.put("operation", operation);
        p.put("before", before);
        p.put("after", after);
        p.put("revision", revision);
        tx.run("MATCH (d:" + label + " {id: $id})" + """

                SET d.logged = coalesce(d.logged, 0) + 1
                CREATE (d)-[:LOGGED]->(:DraftAudit {draft: $id, sequence: d.logged, at: $at, actor: $actor, action: $action,
                                                   operation: $operation, before: $before, after: $after, revision: $revision})""", p);
    }
}
