package org.michishirube.data;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.dataset.DatasetSource;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.neo4j.DatabaseProperties;
import org.michishirube.data.search.Search;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jReactiveAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Wires the data layer: schema migrations, the reference dataset, the published snapshot and the stores.
 * At start-up the schema is migrated, the dataset loaded if the graph lacks its version, and the snapshot built,
 * in that order, before the application takes requests.
 */
@AutoConfiguration(after = DataNeo4jReactiveAutoConfiguration.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DataAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DataAutoConfiguration.class);

    /** The database named by {@code spring.data.neo4j.database}, or the server's default. */
    @Bean(destroyMethod = "close")
    Database database(Driver driver, @Value("${spring.data.neo4j.database:}") String name, DatabaseProperties properties) {
        Database database = Database.of(driver, name, properties.threads(), properties.queuedTasks());
        LOG.info("Graph database: {}", database.name().orElse("the server's default"));
        return database;
    }

    @Bean
    SchemaMigrations schemaMigrations(Driver driver, Database database) {
        return new SchemaMigrations(driver, database.name());
    }

    @Bean
    DatasetLoader datasetLoader(Database database, ResourceLoader resources,
                                @Value("${michishirube.dataset.location:classpath:dataset/}") String location) {
        return new DatasetLoader(database, DatasetSource.at(resources, location));
    }

    @Bean
    PublishedGraph publishedGraph(Database database, SchemaMigrations migrations, DatasetLoader loader,
                                  @Value("${michishirube.dataset.load-on-startup:true}") boolean loadOnStartup) {
        migrations.apply();
        if (loadOnStartup) {
            loader.loadIfMissing();
        }
        PublishedGraph graph = new PublishedGraph(database);
        graph.refresh();
        return graph;
    }

    /** Polls the graph's revision so that changes made through another instance reach this one's snapshot. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService snapshotRefresher(PublishedGraph graph,
                                               @Value("${michishirube.snapshot.poll-interval:5s}") Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "snapshot-refresher");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                graph.refreshIfStale();
            } catch (RuntimeException e) {
                LOG.warn("Could not check the graph revision: {}", e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return executor;
    }

    @Bean
    org.michishirube.data.learner.Learners learners(Database database) {
        return new org.michishirube.data.learner.Learners(database);
    }

    @Bean
    org.michishirube.data.interop.FrameworkImports frameworkImports(Database database) {
        return new org.michishirube.data.interop.FrameworkImports(database);
    }

    @Bean
    org.michishirube.data.interop.RoleImports roleImports(Database database) {
        return new org.michishirube.data.interop.RoleImports(database);
    }

    @Bean
    Search search(Database database, PublishedGraph graph) {
        return new Search(database, graph);
    }

    /** Applies the Cypher migrations under {@code classpath:neo4j/migrations}; the schema lives only there. */
    public static final class SchemaMigrations {
        private final Driver driver;
        private final Optional<String> database;

        public SchemaMigrations(Driver driver, Optional<String> database) {
            this.driver = driver;
            this.database = database;
        }

        public void apply() {
            var builder = MigrationsConfig.builder();
            database.ifPresent(builder::withDatabase);
            var config = builder
                    .withLocationsToScan("classpath:neo4j/migrations")
                    .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
                    .withAutocrlf(true)
                    .build();
            new Migrations(config, driver).apply()
                    .ifPresent(v -> LOG.info("Graph schema is at version {}", v.getValue()));
        }
    }
}
