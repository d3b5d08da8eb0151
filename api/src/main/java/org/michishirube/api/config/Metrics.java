package org.michishirube.api.config;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.search.Search;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Domain metrics beside Boot's per-route http.server.requests: snapshot rebuilds, the revision served and the search
 * index's build time.
 * Planner time is timed where plans are made (michishirube.planner).
 */
@Configuration(proxyBeanMethods = false)
class Metrics {

    /** Labels must not tell where the service runs from: the disk-space meters would name the working directory. */
    @Bean
    MeterFilter noPathLabels() {
        return MeterFilter.ignoreTags("path");
    }

    @Bean
    FunctionCounter snapshotRebuilds(MeterRegistry registry, PublishedGraph graph) {
        return FunctionCounter.builder("michishirube.snapshot.rebuilds", graph, PublishedGraph::rebuildCount)
                .description("How many times the in-memory graph snapshot was rebuilt").register(registry);
    }

    @Bean
    FunctionCounter snapshotRebuildTime(MeterRegistry registry, PublishedGraph graph) {
        return FunctionCounter.builder("michishirube.snapshot.rebuild.seconds", graph, PublishedGraph::rebuildSeconds)
                .description("Total time spent rebuilding the snapshot").baseUnit("seconds").register(registry);
    }

    @Bean
    Gauge searchIndexBuildTime(MeterRegistry registry, Search search) {
        return Gauge.builder("michishirube.search.index.build.seconds", search, Search::buildSeconds)
                .description("How long the current search index took to build (part of the snapshot rebuild)").baseUnit("seconds").register(registry);
    }

    @Bean
    Gauge snapshotRevision(MeterRegistry registry, PublishedGraph graph) {
        return Gauge.builder("michishirube.snapshot.revision", graph, g -> g.snapshot().revision())
                .description("The graph revision the snapshot was read at").register(registry);
    }
}
