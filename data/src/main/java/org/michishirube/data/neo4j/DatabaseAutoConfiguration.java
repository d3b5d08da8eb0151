package org.michishirube.data.neo4j;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the data layer's one access to Neo4j, on the driver Boot creates. */
@AutoConfiguration(after = Neo4jAutoConfiguration.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAutoConfiguration.class);

    /** The database named by {@code spring.data.neo4j.database}, or the server's default; its scheduler stops with the context. */
    @Bean(destroyMethod = "close")
    Database database(Driver driver, @Value("${spring.data.neo4j.database:}") String name, DatabaseProperties properties) {
        Database database = Database.of(driver, name, properties.threads(), properties.queuedTasks());
        LOG.info("Graph database: {}", database.name().orElse("the server's default"));
        return database;
    }
}
