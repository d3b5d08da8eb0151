package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document is committed in docs/openapi.json and linted in CI; this test fails when the live
 * document differs, so API changes are deliberate. Regenerate with {@code -Dopenapi.update=true}.
 */
@ApiIT
class OpenApiSnapshotIT {

    static final Path COMMITTED = Path.of("..", "docs", "openapi.json");

    @Autowired
    WebTestClient http;

    @Test
    void theCommittedDocumentIsTheLiveOne() throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        ObjectNode live = (ObjectNode) http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        live.remove("servers"); // carries the test's random port
        String rendered = json.writeValueAsString(json.readTree(json.writeValueAsString(live))) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, rendered);
        }
        assertThat(Files.exists(COMMITTED)).as("docs/openapi.json exists; create it with -Dopenapi.update=true").isTrue();
        assertThat(rendered).as("docs/openapi.json is out of date; review the change and rerun with -Dopenapi.update=true")
                .isEqualTo(Files.readString(COMMITTED));
    }
}
