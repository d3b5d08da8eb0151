package org.michishirube.data.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Writes lineage between framework versions in the one layout the snapshot reader expects, for the dataset
 * loader and for published revisions alike. Each row has {@code type} (REPLACED_BY, SPLIT_INTO, MERGED_INTO,
 * ADDED_IN, RETIRED_IN), {@code from} and {@code to} target uids (for *_IN, {@code version} is the version),
 * {@code change} (its index in the version's changes), {@code note} and {@code verification}.
 */
public final class LineageRelationships {

    private LineageRelationships() {
    }

    public static void write(TransactionContext tx, List<Map<String, Object>> rows) {
        for (String type : List.of("REPLACED_BY", "SPLIT_INTO", "MERGED_INTO")) {
            tx.run("UNWIND $rows AS row MATCH (a:Target {uid: row.from}), (b:Target {uid: row.to}) "
                            + "CREATE (a)-[:" + type + " {change: row.change, version: row.version, note: row.note, verification: row.verification}]->(b)",
                    Map.of("rows", rows.stream().filter(r -> type.equals(r.get("type"))).toList()));
        }
        tx.run("""
                UNWIND $rows AS row
                MATCH (t:Target {uid: row.from}), (v:FrameworkVersion {id: row.version})
                FOREACH (_ IN CASE WHEN row.type = 'ADDED_IN' THEN [1] ELSE [] END |
                  CREATE (t)-[:ADDED_IN {change: row.change, note: row.note, verification: row.verification}]->(v))
                FOREACH (_ IN CASE WHEN row.type = 'RETIRED_IN' THEN [1] ELSE [] END |
                  CREATE (t)-[:RETIRED_IN {change: row.change, note: row.note, verification: row.verification}]->(v))""",
                Map.of("rows", rows.stream().filter(r -> ((String) r.get("type")).endsWith("_IN")).toList()));
    }
}
