package org.michishirube.data.resource;

import java.time.Clock;

import org.michishirube.data.graph.GraphAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the learning-resource store. */
@AutoConfiguration(after = GraphAutoConfiguration.class)
public class ResourceAutoConfiguration {

    @Bean
    LearningResources learningResources(Database database, PublishedGraph graph) {
        return new LearningResources(database, graph, Clock.systemUTC());
    }
}
