package org.michishirube.api.testing;

import org.michishirube.testing.TestNeo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points the application at the shared in-process Neo4j instead of starting an embedded one. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    Neo4jConnectionDetails testNeo4j() {
        URI uri = URI.create(TestNeo4j.boltUri());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
