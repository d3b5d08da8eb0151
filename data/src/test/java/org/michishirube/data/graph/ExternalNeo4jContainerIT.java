package org.michishirube.data.graph;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.dataset.DatasetSource;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same migrations and load against a real Neo4j server, as an external deployment would have. Skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jContainerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

    @Test
    void migratesLoadsAndReadsASnapshotFromAServer() {
        try (var driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.none())) {
            new SchemaMigrations(driver, Optional.empty()).apply();
            new DatasetLoader(Database.of(driver), DatasetSource.shipped()).reload();
            GraphSnapshot snapshot = new GraphSnapshotReader(Database.of(driver)).read();
            assertThat(snapshot.graph().targets()).isNotEmpty();
        }
    }
}
