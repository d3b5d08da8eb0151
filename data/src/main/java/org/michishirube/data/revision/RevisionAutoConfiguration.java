package org.michishirube.data.revision;

import java.time.Clock;

import org.michishirube.data.graph.GraphAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.neo4j.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the revision store. */
@AutoConfiguration(after = GraphAutoConfiguration.class)
public class RevisionAutoConfiguration {

    @Bean
    Revisions revisions(Database database, PublishedGraph graph) {
        return new Revisions(database, graph, Clock.systemUTC());
    }

    @Bean
    CareerPathRevisions careerPathRevisions(Database database, PublishedGraph graph) {
        return new CareerPathRevisions(database, graph, Clock.systemUTC());
    }
}
