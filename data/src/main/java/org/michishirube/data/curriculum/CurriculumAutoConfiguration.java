package org.michishirube.data.curriculum;

import org.michishirube.data.DataAutoConfiguration;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.data.neo4j.core.transaction.ReactiveNeo4jTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Wires the curriculum store; its writes run in the data module's reactive Neo4j transaction manager. */
@AutoConfiguration(after = DataAutoConfiguration.class)
public class CurriculumAutoConfiguration {

    @Bean
    Curricula curricula(ReactiveNeo4jClient client,
                        @Qualifier("reactiveTransactionManager") ReactiveNeo4jTransactionManager transactions, PublishedGraph graph) {
        return new Curricula(client, TransactionalOperator.create(transactions), graph);
    }
}
