package org.michishirube.data.graph;

import org.michishirube.dataset.DatasetSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.interop.RoleImports;
import org.michishirube.data.migration.SchemaMigrations;
import org.michishirube.data.neo4j.Database;
import org.michishirube.testing.DatasetCopy;
import org.michishirube.testing.TestNeo4j;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The data layer's own sessions go to the database named by {@code spring.data.neo4j.database}: the in-process
 * server (Community) holds only {@code neo4j}, so naming it works, and naming a database the server lacks makes
 * the migrations, the loader, the snapshot and the imports fail rather than silently use the default one.
 */
class ConfiguredDatabaseIT {

    @TempDir
    Path temp;

    @BeforeEach
    void emptyGraph() {
        TestNeo4j.clear();
    }

    @Test
    void blankNamesMeanTheServersDefault() {
        assertThat(Database.of(TestNeo4j.driver(), null).name()).isEmpty();
        assertThat(Database.of(TestNeo4j.driver(), "  ").name()).isEmpty();
        assertThat(Database.of(TestNeo4j.driver(), " neo4j ").name()).contains("neo4j");
    }

    @Test
    void theNamedDatabaseIsTheOneLoadedAndRead() {
        Database named = Database.of(TestNeo4j.driver(), "neo4j");
        new SchemaMigrations(TestNeo4j.driver(), named.name()).apply();
        new DatasetLoader(named, DatasetSource.directory(DatasetCopy.of(temp).dir())).reload();
        PublishedGraph graph = new PublishedGraph(named);
        assertThat(graph.refresh().graph().targets()).isNotEmpty();
        assertThat(named.readBlocking(GraphRevision::current)).isEqualTo(graph.snapshot().revision());
    }

    @Test
    void aDatabaseTheServerLacksIsRefusedEverywhereInsteadOfFallingBackToTheDefault() {
        Database missing = Database.of(TestNeo4j.driver(), "nosuchdatabase");
        assertThatThrownBy(() -> new DatasetLoader(missing, DatasetSource.directory(DatasetCopy.of(temp).dir())).reload())
                .isInstanceOf(ClientException.class).hasMessageContaining("nosuchdatabase");
        assertThatThrownBy(() -> missing.readBlocking(GraphRevision::current)).isInstanceOf(ClientException.class);
        assertThatThrownBy(() -> new PublishedGraph(missing).refresh()).isInstanceOf(ClientException.class);
        assertThatThrownBy(() -> new RoleImports(missing).delete("any-role")).isInstanceOf(ClientException.class);
        assertThatThrownBy(() -> new SchemaMigrations(TestNeo4j.driver(), missing.name()).apply()).isInstanceOf(RuntimeException.class);
        // Nothing reached the default database.
        try (var session = TestNeo4j.driver().session()) {
            assertThat(session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong()).isZero();
        }
    }
}
