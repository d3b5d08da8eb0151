package org.michishirube.api.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class OpenApiAndHealthIT {

    @Autowired
    WebTestClient http;

    @Test
    void everyOperationHasASummaryDocumentedParametersAndAnExampleResponse() {
        JsonNode doc = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(doc.path("paths").propertyNames()).contains("/api/v1/credentials", "/api/v1/credentials/{id}", "/api/v1/search",
                "/api/v1/frameworks/{id}/versions/{version}/targets", "/api/v1/targets/{id}", "/api/v1/roles/{id}", "/api/v1/statistics",
                "/api/v1/admin/dataset/verify-and-reload");
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey() + " " + path.getKey();
                assertThat(op.getValue().path("summary").asString()).as(where).isNotBlank();
                op.getValue().path("parameters").forEach(p -> assertThat(p.path("description").asString()).as(where + " " + p.path("name")).isNotBlank());
                // Every success that has a body shows an example of it.
                for (Map.Entry<String, JsonNode> response : op.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("2") && !response.getValue().path("content").isMissingNode()) {
                        assertThat(response.getValue().path("content").toString()).as(where + " " + response.getKey()).contains("example");
                        // ...and its shape: a schema for every media type it answers.
                        response.getValue().path("content").properties().forEach(media -> assertThat(media.getValue().has("schema"))
                                .as("schema of %s %s %s", where, response.getKey(), media.getKey()).isTrue());
                    }
                }
                assertThat(op.getValue().path("responses").propertyNames()).as(where).anyMatch(code -> code.startsWith("2"));
            }
        }
    }

    @Test
    void aPlanAnswerIsDocumentedWithItsFullShape() {
        JsonNode doc = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode schemas = doc.path("components").path("schemas");
        String ref = doc.at("/paths/~1api~1v1~1plans/post/responses/200/content/application~1json/schema/$ref").asString();
        JsonNode plan = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(plan.path("properties").propertyNames()).contains("steps", "milestones", "totalHours", "weeks", "alternatives");
        JsonNode step = schemas.path(name(plan.at("/properties/steps/items/$ref").asString()));
        assertThat(step.path("properties").propertyNames()).contains("target", "hours", "why", "fromLevel", "toLevel");
        JsonNode milestone = schemas.path(name(plan.at("/properties/milestones/items/$ref").asString()));
        assertThat(milestone.path("properties").propertyNames()).contains("kind", "credential", "earliest");
    }

    private static String name(String ref) {
        assertThat(ref).startsWith("#/components/schemas/");
        return ref.substring("#/components/schemas/".length());
    }

    @Test
    void swaggerUiIsServed() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @Test
    void healthIncludesNeo4jOnTheManagementPort() {
        WebTestClient management = org.michishirube.api.testing.Management.client(managementPort);
        JsonNode health = management.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("neo4j").path("status").asString()).isEqualTo("UP");
        for (String probe : List.of("liveness", "readiness")) {
            management.get().uri("/actuator/health/" + probe).exchange().expectStatus().isOk();
        }
    }

    @Test
    void thePublicPortHasTheProbesButNoActuator(@org.springframework.beans.factory.annotation.Autowired
            org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties management) {
        http.get().uri("/livez").exchange().expectStatus().isOk();
        http.get().uri("/readyz").exchange().expectStatus().isOk();
        for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator")) {
            http.get().uri(path).exchange().expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(management.getAddress()).as("the management server listens on loopback only").isNotNull()
                .satisfies(a -> assertThat(a.isLoopbackAddress()).isTrue());
    }
}
