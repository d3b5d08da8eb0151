package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.Management;
import org.michishirube.api.MichishirubeApplication;
import org.michishirube.data.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The database goes away and comes back: requests that need it get 503 problem+json, health says DOWN,
 * reads served from the snapshot keep working, and the service recovers by itself. Runs against a database
 * of its own, so the shared test database is not disturbed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {MichishirubeApplication.class, DatabaseOutageIT.OwnDatabase.class})
@AutoConfigureWebTestClient(timeout = "60s")
@ActiveProfiles("test")
class DatabaseOutageIT {

    private static final String PROBE = "/api/v1/curricula/outage-probe";

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    static final Path HOME;
    static final int PORT;
    static EmbeddedNeo4j database;

    static {
        try {
            HOME = Files.createTempDirectory("outage-neo4j");
            try (ServerSocket socket = new ServerSocket(0)) {
                PORT = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        database = EmbeddedNeo4j.start(HOME, PORT);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {
        @Bean
        Neo4jConnectionDetails outageNeo4j() {
            return new Neo4jConnectionDetails() {
                @Override
                public URI getUri() {
                    return URI.create("bolt://127.0.0.1:" + PORT);
                }

                @Override
                public AuthToken getAuthToken() {
                    return AuthTokens.none();
                }
            };
        }
    }

    @Autowired
    WebTestClient http;

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void requestsThatNeedTheDatabaseGet503UntilItReturns() throws Exception {
        // A curriculum read needs the database (curricula are not in the snapshot); an unknown one is 404 while it is up.
        http.get().uri(PROBE).exchange().expectStatus().isNotFound();

        database.close();
        database = null;

        JsonNode problem = http.get().uri(PROBE).exchange()
                .expectStatus().isEqualTo(503).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.path("type").asString()).endsWith("/service-unavailable");
        Management.client(managementPort).get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.components.neo4j.status").isEqualTo("DOWN");
        // Reference reads and search come from the in-memory snapshot and its index and do not need the database.
        http.get().uri("/api/v1/credentials/miis").exchange().expectStatus().isOk();
        http.get().uri(b -> b.path("/api/v1/search").queryParam("q", "画像").build()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isPositive());

        database = EmbeddedNeo4j.start(HOME, PORT);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 404) {
            status = http.get().uri(PROBE).exchange().expectBody().returnResult().getStatus().value();
            if (status != 404) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("curriculum reads work again once the database is back").isEqualTo(404);
        Management.client(managementPort).get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
