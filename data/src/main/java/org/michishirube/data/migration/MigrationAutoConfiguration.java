package org.michishirube.data.migration;

import org.michishirube.data.graph.GraphPreparation;
import org.michishirube.data.neo4j.Database;
import org.michishirube.data.neo4j.DatabaseAutoConfiguration;
import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the schema migrations, which run first of all the preparations of the graph. */
@AutoConfiguration(after = DatabaseAutoConfiguration.class)
public class MigrationAutoConfiguration {

    @Bean
    SchemaMigrations schemaMigrations(Driver driver, Database database) {
        return new SchemaMigrations(driver, database.name());
    }

    @Bean
    GraphPreparation schemaMigration(SchemaMigrations migrations) {
        return new GraphPreparation("schema migrations", GraphPreparation.SCHEMA, migrations::apply);
    }
}
