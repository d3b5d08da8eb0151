package org.michishirube.data.curriculum;

import org.michishirube.data.graph.GraphAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.search.Search;
import org.michishirube.data.search.SearchAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the curriculum store. */
@AutoConfiguration(after = {GraphAutoConfiguration.class, SearchAutoConfiguration.class})
public class CurriculumAutoConfiguration {

    @Bean
    Curricula curricula(Database database, PublishedGraph graph, Search search) {
        return new Curricula(database, graph, search);
    }
}
