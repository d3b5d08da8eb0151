package org.michishirube.data.revision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.TransactionContext;

/**
 * The audit log every audited thing keeps (framework drafts, career-path drafts, learning resources): one entry node per
 * write, linked by {@code LOGGED} and numbered on the logged node, written in the transaction of the write it records.
 *
 * @param label the logged node's label, e.g. {@code Draft}
 * @param entryLabel the entry nodes' label, e.g. {@code DraftAudit}
 * @param key the entry property that names the logged node's id, e.g. {@code draft}
 */
public record AuditLog(String label, String entryLabel, String key) {

    /** The log of framework drafts. */
    public static final AuditLog DRAFTS = new AuditLog("Draft", "DraftAudit", "draft");
    /** The log of career-path drafts; their entries are draft entries too. */
    public static final AuditLog CAREER_PATH_DRAFTS = new AuditLog("CareerPathDraft", "DraftAudit", "draft");
    /** The log of learning resources. */
    public static final AuditLog RESOURCES = new AuditLog("LearningResource", "ResourceAudit", "resource");

    /**
     * Appends an entry.
     *
     * @param operation the operation as received, or null for other actions
     * @param revision the logged thing's revision after the write, or null when it has none
     */
    public void append(TransactionContext tx, String id, Instant at, String actor, String action, String operation, List<String> before,
                       List<String> after, Long revision) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("at", at.atZone(ZoneOffset.UTC));
        p.put("actor", actor);
        p.put("action", action);
        p.put("operation", operation);
        p.put("before", before);
        p.put("after", after);
        p.put("revision", revision);
        tx.run("MATCH (d:" + label + " {id: $id})\n"
                + "SET d.logged = coalesce(d.logged, 0) + 1\n"
                + "CREATE (d)-[:LOGGED]->(:" + entryLabel + " {" + key + ": $id, sequence: d.logged, at: $at, actor: $actor, action: $action,\n"
                + "  operation: $operation, before: $before, after: $after, revision: $revision})", p).consume();
    }

    /** {@return the entries of one logged thing, oldest first; empty when it has none} */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> entries(TransactionContext tx, String id) {
        return tx.run("MATCH (:" + label + " {id: $id})-[:LOGGED]->(a:" + entryLabel + ") RETURN properties(a) AS a ORDER BY a.sequence",
                Map.of("id", id)).list(r -> {
                    Map<String, Object> a = r.get("a").asMap();
                    long sequence = ((Number) a.get("sequence")).longValue();
                    Object at = a.get("at");
                    return new AuditEntry((String) a.get(key), sequence,
                            at instanceof ZonedDateTime z ? z.toInstant() : at instanceof OffsetDateTime o ? o.toInstant() : Instant.EPOCH,
                            (String) a.get("actor"), (String) a.get("action"), Optional.ofNullable((String) a.get("operation")),
                            (List<String>) a.get("before"), (List<String>) a.get("after"),
                            a.get("revision") instanceof Number n ? n.longValue() : sequence);
                });
    }
}
