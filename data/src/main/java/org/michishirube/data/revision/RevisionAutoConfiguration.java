package org.michishirube.data.revision;

import java.time.Clock;

import org.michishirube.data.DataAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.graph.Sessions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the revision store. */
@AutoConfiguration(after = DataAutoConfiguration.class)
public class RevisionAutoConfiguration {

    @Bean
    Revisions revisions(Sessions sessions, PublishedGraph graph) {
        return new Revisions(sessions, graph, Clock.systemUTC());
    }
}
