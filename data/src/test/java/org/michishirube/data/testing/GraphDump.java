package org.michishirube.data.testing;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;

/** Everything in the graph as sorted lines, to prove that a failed write left it exactly as it was. */
public final class GraphDump {

    private GraphDump() {
    }

    public static List<String> of(Driver driver) {
        try (var session = driver.session()) {
            List<String> lines = new ArrayList<>();
            session.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') "
                            + "RETURN labels(n) AS l, properties(n) AS p")
                    .list().forEach(r -> lines.add("N " + r.get("l").asList() + " " + new java.util.TreeMap<>(r.get("p").asMap())));
            session.run("MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration') "
                            + "RETURN coalesce(a.refKey, a.id, elementId(a)) AS a, type(r) AS t, coalesce(b.refKey, b.id, elementId(b)) AS b, properties(r) AS p")
                    .list().forEach(r -> lines.add("R " + r.get("a").asString() + " -" + r.get("t").asString() + "-> "
                            + r.get("b").asString() + " " + new java.util.TreeMap<>(r.get("p").asMap())));
            lines.sort(null);
            return lines;
        }
    }
}
