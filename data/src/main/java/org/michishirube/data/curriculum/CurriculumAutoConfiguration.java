package org.michishirube.data.curriculum;

import org.michishirube.data.graph.GraphAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the curriculum store. */
@AutoConfiguration(after = GraphAutoConfiguration.class)
public class CurriculumAutoConfiguration {

    @Bean
    Curricula curricula(Database database, PublishedGraph graph) {
        return new Curricula(database, graph);
    }
}
