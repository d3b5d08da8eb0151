package org.michishirube.data.learner;

import org.michishirube.data.neo4j.Database;
import org.michishirube.data.neo4j.DatabaseAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the store of learners' profiles and saved plans. */
@AutoConfiguration(after = DatabaseAutoConfiguration.class)
public class LearnerAutoConfiguration {

    @Bean
    Learners learners(Database database) {
        return new Learners(database);
    }
}
