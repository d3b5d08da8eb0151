package org.michishirube.data.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Everything in the graph as sorted lines, to prove that a failed write left it exactly as it was. */
public final class GraphDump {

    private GraphDump() {
    }

    /** {@return every node and relationship but the migrations' own bookkeeping} */
    public static List<String> of(Driver driver) {
        try (var session = driver.session()) {
            List<String> lines = new ArrayList<>();
            session.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') "
                            + "RETURN labels(n) AS l, properties(n) AS p")
                    .list().forEach(r -> lines.add("N " + r.get("l").asList() + " " + new TreeMap<>(r.get("p").asMap())));
            session.run("MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration') "
                            + "RETURN coalesce(a.refKey, a.id, elementId(a)) AS a, type(r) AS t, coalesce(b.refKey, b.id, elementId(b)) AS b, properties(r) AS p")
                    .list().forEach(r -> lines.add("R " + r.get("a").asString() + " -" + r.get("t").asString() + "-> "
                            + r.get("b").asString() + " " + new TreeMap<>(r.get("p").asMap())));
            lines.sort(null);
            return lines;
        }
    }

    /**
     * {@return every node and relationship, the migrations' bookkeeping included, and every index and constraint;
     * relationships name their ends by content, not element id, which carries the id of the database and so differs
     * in a restored copy}
     */
    public static List<String> complete(Driver driver) {
        try (var session = driver.session()) {
            List<String> lines = new ArrayList<>();
            session.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
                    .list().forEach(r -> lines.add("N " + node(r.get("l"), r.get("p"))));
            session.run("MATCH (a)-[r]->(b) RETURN labels(a) AS al, properties(a) AS ap, type(r) AS t, properties(r) AS p, "
                            + "labels(b) AS bl, properties(b) AS bp")
                    .list().forEach(r -> lines.add("R " + node(r.get("al"), r.get("ap")) + " -" + r.get("t").asString() + "-> "
                            + node(r.get("bl"), r.get("bp")) + " " + new TreeMap<>(r.get("p").asMap())));
            session.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties").list()
                    .forEach(r -> lines.add("C " + new TreeMap<>(r.asMap(Object::toString))));
            session.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state").list()
                    .forEach(r -> lines.add("I " + new TreeMap<>(r.asMap(Object::toString))));
            lines.sort(null);
            return lines;
        }
    }

    private static String node(Value labels, Value properties) {
        return labels.asList(Value::asString).stream().sorted().toList() + " " + new TreeMap<>(properties.asMap());
    }
}
