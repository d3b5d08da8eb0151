package org.michishirube.data.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jIT {

    @TempDir
    Path home;

    @Test
    void speaksBoltOnLoopbackAndKeepsItsDataAcrossARestart() {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0)) {
            assertThat(db.boltUri().getHost()).isEqualTo("127.0.0.1");
            try (var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none()); var session = driver.session()) {
                session.run("CREATE (:Probe {name: '道標'})").consume();
            }
        }
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0);
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none()); var session = driver.session()) {
            assertThat(session.run("MATCH (p:Probe) RETURN p.name AS n").single().get("n").asString()).isEqualTo("道標");
        }
    }
}
