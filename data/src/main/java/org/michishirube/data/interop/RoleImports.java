package org.michishirube.data.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.michishirube.core.model.Role;
import org.michishirube.data.graph.GraphProperties;
import org.michishirube.data.graph.GraphRevision;
import org.michishirube.data.neo4j.Database;

/**
 * Stores imported roles in one transaction. Roles are not versioned, so they are public at once; their needs point at the
 * current versions' targets. An imported role with the id of an earlier import replaces it; a reference role cannot be.
 */
public final class RoleImports {

    /** The origin of nodes that an import created; reloading the reference dataset leaves them alone. */
    public static final String IMPORTED = "import";


    private final Database database;

    public RoleImports(Database database) {
        this.database = database;
    }

    /**
     * What a role import did.
     *
     * @param created roles that are new
     * @param replaced roles of an earlier import that were replaced
     * @param needs needs written
     */
    public record Report(List<String> created, List<String> replaced, int needs) {
    }

    public Report store(List<Role> roles, String importedBy) {
        return database.writeBlocking(tx -> {
            List<String> ids = roles.stream().map(r -> r.id().value()).toList();
            List<String> reference = tx.run("MATCH (r:Role) WHERE r.id IN $ids AND coalesce(r.origin, '') <> $imported RETURN r.id AS id ORDER BY id",
                    Map.of("ids", ids, "imported", RoleImports.IMPORTED)).list(r -> r.get("id").asString());
            if (!reference.isEmpty()) {
                throw new ImportConflictException("Role(s) " + String.join(", ", reference) + " belong to the reference dataset; "
                        + "an import cannot replace them. Choose other role ids.");
            }
            List<String> existing = tx.run("MATCH (r:Role) WHERE r.id IN $ids RETURN r.id AS id ORDER BY id", Map.of("ids", ids))
                    .list(r -> r.get("id").asString());
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Map<String, Object>> needs = new ArrayList<>();
            for (Role r : roles) {
                Map<String, Object> p = new HashMap<>(GraphProperties.of(r));
                p.put("origin", RoleImports.IMPORTED);
                p.put("importedBy", importedBy);
                rows.add(p);
                r.needs().forEach(n -> needs.add(Map.of("role", r.id().value(), "target", n.target().value(), "level", n.level(),
                        "importance", n.importance())));
            }
            tx.run("""
                    UNWIND $rows AS row
                    MERGE (r:Role {id: row.id})
                    SET r = row
                    WITH r OPTIONAL MATCH (r)-[n:NEEDS]->() DELETE n""", Map.of("rows", rows));
            int written = tx.run("""
                    UNWIND $rows AS row
                    MATCH (r:Role {id: row.role})
                    MATCH (:FrameworkVersion {current: true})-[:CONTAINS]->(t:Target {id: row.target})
                    CREATE (r)-[:NEEDS {level: row.level, importance: row.importance}]->(t)
                    RETURN count(*) AS n""", Map.of("rows", needs)).single().get("n").asInt();
            GraphRevision.increment(tx);
            List<String> created = ids.stream().filter(id -> !existing.contains(id)).toList();
            return new Report(created, existing, written);
        });
    }

    /** {@return whether an imported role with this id existed and is now gone} Reference roles are never deleted. */
    public boolean delete(String id) {
        return database.writeBlocking(tx -> {
            long n = tx.run("MATCH (r:Role {id: $id, origin: $imported}) DETACH DELETE r RETURN count(*) AS n",
                    Map.of("id", id, "imported", RoleImports.IMPORTED)).single().get("n").asLong();
            if (n > 0) {
                GraphRevision.increment(tx);
            }
            return n > 0;
        });
    }
}
