package org.michishirube.data.search;

import org.michishirube.data.graph.GraphAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires full-text search. */
@AutoConfiguration(after = GraphAutoConfiguration.class)
public class SearchAutoConfiguration {

    @Bean
    Search search(Database database, PublishedGraph graph) {
        return new Search(database, graph);
    }
}
