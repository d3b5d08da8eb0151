package org.michishirube.data.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An embedded Neo4j Community database that speaks Bolt on loopback only. */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /** Starts the database in {@code home}, creating it on first use. */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                // Boot's Netty 4.2 breaks Neo4j 5.26's in-JVM local connector; TCP Bolt is unaffected.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                // Neo4j's HTTP server needs Jersey 2, which cannot live beside Boot 4; Bolt is all we use.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();
        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var address = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
        LOG.info("Embedded Neo4j started in {} with Bolt on {}", home.toAbsolutePath(), uri);
        return new EmbeddedNeo4j(service, uri);
    }

    /** {@return the loopback Bolt URI of the running database} */
    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
