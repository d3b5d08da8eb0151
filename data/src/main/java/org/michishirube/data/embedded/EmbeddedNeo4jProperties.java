package org.michishirube.data.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded database.
 *
 * @param dataDir where the database files live; kept across restarts
 * @param boltPort the loopback Bolt port; 0 picks a free one
 */
@ConfigurationProperties("michishirube.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, Integer boltPort) {

    public EmbeddedNeo4jProperties {
        dataDir = dataDir == null ? Path.of("var", "neo4j") : dataDir;
        boltPort = boltPort == null ? 0 : boltPort;
    }
}
