package org.michishirube.data.graph;

import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.michishirube.data.neo4j.Database;
import org.michishirube.data.neo4j.DatabaseAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Wires the published snapshot. It is built while the context starts, after every {@link GraphPreparation} (migrations,
 * the reference dataset) has run, so the service takes no request before the graph is ready; then a thread polls the
 * graph's revision so that changes made through another instance reach this one's snapshot.
 */
@AutoConfiguration(after = DatabaseAutoConfiguration.class)
@EnableConfigurationProperties(SnapshotProperties.class)
public class GraphAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(GraphAutoConfiguration.class);

    @Bean
    PublishedGraph publishedGraph(Database database, ObjectProvider<GraphPreparation> preparations) {
        preparations.stream().sorted(Comparator.comparingInt(GraphPreparation::order)).forEach(p -> {
            LOG.debug("Preparing the graph: {}", p.name());
            p.work().run();
        });
        PublishedGraph graph = new PublishedGraph(database);
        graph.refresh();
        return graph;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService snapshotRefresher(PublishedGraph graph, SnapshotProperties properties) {
        long interval = properties.pollInterval().toMillis();
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
        }, interval, interval, TimeUnit.MILLISECONDS);
        return executor;
    }
}
