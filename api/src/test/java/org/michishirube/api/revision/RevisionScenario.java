package org.michishirube.api.revision;

import static org.michishirube.api.revision.RevisionTesting.EDUCATOR;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * What the revision scenarios share: the service, the reference graph reloaded before and after each test (they
 * publish versions), a client with room for large answers, and the curriculum and saved plan a revision may impact.
 */
abstract class RevisionScenario {

    @Autowired
    WebTestClient http;
    @Autowired
    DatasetLoader loader;
    @Autowired
    PublishedGraph graph;
    @LocalServerPort
    int port;

    @BeforeEach
    @AfterEach
    void reset() {
        RevisionTesting.reset(loader, graph);
        http = RevisionTesting.largeAnswers(port);
    }

    /**
     * {@return the id of a saved plan towards {@code target}, after the sample curriculum of rev-u (which maps MIIS
     * targets) and the learner's profile are stored: what a revision of MIIS may impact}
     */
    String curriculumAndPlanTowards(String learner, String target) {
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(EDUCATOR)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"id": "rev-u.radiology-2025", "visibility": "private", "name": {"ja": "診療放射線学科", "en": "Radiological technology"}}""")
                .exchange().expectStatus().isCreated();
        http.put().uri("/api/v1/curricula/rev-u.radiology-2025/courses").headers(h -> h.setBearerAuth(EDUCATOR))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(RevisionTesting.bytes("docs/examples/radiological-technology-2025.csv"))
                .exchange().expectStatus().isOk();
        http.put().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"credentials\": [{\"id\": \"hit\", \"year\": 2021}], \"hoursPerWeek\": 6}").exchange().expectStatus().isOk();
        return http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\": \"RIS\", \"goal\": {\"targets\": [\"" + target + "\"]}}")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().path("id").asString();
    }
}
