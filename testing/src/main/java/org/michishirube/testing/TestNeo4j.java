package org.michishirube.testing;

import java.time.Duration;

import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** One in-process Neo4j per test JVM: starting one takes seconds, so every integration test shares it and cleans up. */
public final class TestNeo4j {

    private static Neo4j server;
    private static Driver driver;

    private TestNeo4j() {
    }

    /** {@return the shared server, started on first use and stopped when the JVM exits} */
    public static synchronized Neo4j server() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (driver != null) {
                    driver.close();
                }
                server.close();
            }));
        }
        return server;
    }

    /** {@return the shared server's Bolt address, for an application context to connect to} */
    public static String boltUri() {
        return server().boltURI().toString();
    }

    /** {@return one driver to the shared server, closed when the JVM exits} */
    public static synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(boltUri(), AuthTokens.none());
        }
        return driver;
    }

    /** Removes all data; the schema (constraints, indexes) stays, as migrations would leave it. */
    public static void clear() {
        try (var session = driver().session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }
}
