package org.michishirube.data.testing;

import java.util.Optional;

import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.dataset.DatasetSource;
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

    /**
     * {@return the published graph of the shipped dataset on an empty shared server: cleared, migrated, loaded and
     * read, as the service starts}
     */
    public static PublishedGraph withShippedDataset() {
        TestNeo4j.clear();
        new SchemaMigrations(TestNeo4j.driver(), Optional.empty()).apply();
        new DatasetLoader(database(), DatasetSource.shipped()).reload();
        PublishedGraph graph = new PublishedGraph(database());
        graph.refresh();
        return graph;
    }
}
