package org.michishirube.data.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts an embedded Neo4j when {@code spring.neo4j.uri} is not set, and hands Boot its Bolt URI
 * as connection details, so Boot's own driver, pool and health check stay in charge.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@ConditionalOnProperty(prefix = "spring.neo4j", name = "uri", matchIfMissing = true, havingValue = "embedded")
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort());
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j database) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return database.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
