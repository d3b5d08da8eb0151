package org.michishirube.data;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.dataset.DatasetLocation;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.graph.Sessions;
import org.michishirube.data.search.Search;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jReactiveAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.ReactiveDatabaseSelectionProvider;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.data.neo4j.core.transaction.ReactiveNeo4jTransactionManager;

/**
 * Wires the data layer: schema migrations, the reference dataset, the published snapshot and the stores.
 * At start-up the schema is migrated, the dataset loaded if the graph lacks its version, and the snapshot built,
 * in that order, before the application takes requests.
 */
@AutoConfiguration(after = DataNeo4jReactiveAutoConfiguration.class)
public class DataAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DataAutoConfiguration.class);

    /** Boot creates no reactive transaction manager; reactive writes need one under this name. */
    @Bean
    ReactiveNeo4jTransactionManager reactiveTransactionManager(Driver driver, ReactiveDatabaseSelectionProvider databases) {
        return ReactiveNeo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases).build();
    }

    /** The database Spring Data Neo4j uses ({@code spring.data.neo4j.database}), for the data layer's own sessions too. */
    @Bean
    Sessions sessions(Driver driver, @Value("${spring.data.neo4j.database:}") String database) {
        Sessions sessions = Sessions.of(driver, database);
        LOG.info("Graph database: {}", sessions.database().orElse("the server's default"));
        return sessions;
    }

    @Bean
    SchemaMigrations schemaMigrations(Sessions sessions) {
        return new SchemaMigrations(sessions);
    }

    @Bean
    DatasetLoader datasetLoader(Sessions sessions, ResourceLoader resources,
                                @Value("${michishirube.dataset.location:classpath:dataset/}") String location) {
        return new DatasetLoader(sessions, DatasetLocation.at(resources, location));
    }

    @Bean
    PublishedGraph publishedGraph(Sessions sessions, SchemaMigrations migrations, DatasetLoader loader,
                                  @Value("${michishirube.dataset.load-on-startup:true}") boolean loadOnStartup) {
        migrations.apply();
        if (loadOnStartup) {
            loader.loadIfMissing();
        }
        PublishedGraph graph = new PublishedGraph(sessions);
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
    org.michishirube.data.learner.Learners learners(ReactiveNeo4jClient client, ReactiveNeo4jTransactionManager reactiveTransactionManager) {
        return new org.michishirube.data.learner.Learners(client,
                org.springframework.transaction.reactive.TransactionalOperator.create(reactiveTransactionManager));
    }

    @Bean
    org.michishirube.data.interop.FrameworkImports frameworkImports(Sessions sessions) {
        return new org.michishirube.data.interop.FrameworkImports(sessions);
    }

    @Bean
    org.michishirube.data.interop.RoleImports roleImports(Sessions sessions) {
        return new org.michishirube.data.interop.RoleImports(sessions);
    }

    @Bean
    Search search(ReactiveNeo4jClient client, PublishedGraph graph) {
        return new Search(client, graph);
    }

    /** Applies the Cypher migrations under {@code classpath:neo4j/migrations}; the schema lives only there. */
    public static final class SchemaMigrations {
        private final Sessions sessions;

        public SchemaMigrations(Sessions sessions) {
            this.sessions = sessions;
        }

        public void apply() {
            var builder = MigrationsConfig.builder();
            sessions.database().ifPresent(builder::withDatabase);
            var config = builder
                    .withLocationsToScan("classpath:neo4j/migrations")
                    .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
                    .withAutocrlf(true)
                    .build();
            new Migrations(config, sessions.driver()).apply()
                    .ifPresent(v -> LOG.info("Graph schema is at version {}", v.getValue()));
        }
    }
}
