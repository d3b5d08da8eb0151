package org.michishirube.data.testing;

import org.michishirube.data.neo4j.Database;
import org.michishirube.testing.TestNeo4j;

/** The data layer's access to the shared in-process Neo4j, as the stores get it in the service. */
public final class TestDatabase {

    private static Database database;

    private TestDatabase() {
    }

    /** {@return the adapter over the shared server's default database, made once per test JVM} */
    public static synchronized Database database() {
        if (database == null) {
            database = Database.of(TestNeo4j.driver());
        }
        return database;
    }
}
