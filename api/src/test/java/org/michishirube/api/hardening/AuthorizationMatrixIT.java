package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Runs the table in docs/authorization.md against the service, cell by cell, and checks that it covers every write. */
@ApiIT
class AuthorizationMatrixIT {

    private static final Path TABLE = Path.of("..", "docs", "authorization.md");
    private static final List<String> CALLERS = List.of("anonymous", "learner", "educator (own)", "educator (other)", "steward", "admin");
    private static final String OWN = "univ-own";
    private static final String CURRICULUM = OWN + ".matrix";
    private static final String COURSE = "MX101";
    private static final String MAPPED = "hit.it.db.sql";
    private static final String UNMAPPED = "hit.it.net.devices";

    @org.springframework.beans.factory.annotation.Autowired
    WebTestClient http;

    /** A cell that says the caller passes authorization: anything but 401, 403, 404 or a 5xx. */
    private static final int OK = -1;

    private final Map<String, String> tokens = new LinkedHashMap<>();

    AuthorizationMatrixIT() {
        Instant in = Instant.now().plusSeconds(3600);
        tokens.put("learner", Tokens.sign(Tokens.SECRET, "matrix-learner", List.of("learner"), null, in));
        tokens.put("educator (own)", Tokens.sign(Tokens.SECRET, "matrix-own", List.of("educator"), OWN, in));
        tokens.put("educator (other)", Tokens.sign(Tokens.SECRET, "matrix-other", List.of("educator"), "univ-other", in));
        tokens.put("steward", Tokens.sign(Tokens.SECRET, "matrix-steward", List.of("steward"), null, in));
        tokens.put("admin", Tokens.sign(Tokens.SECRET, "matrix-admin", List.of("admin"), null, in));
    }

    @Test
    void everyWriteOperationHasARowAndEveryCellHolds() throws IOException {
        Map<String, Map<String, Integer>> table = readTable();
        JsonNode doc = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        Set<String> writes = new TreeSet<>();
        doc.path("paths").properties().forEach(p -> p.getValue().propertyNames().forEach(m -> {
            if (!m.equals("get") && !m.equals("head") && !m.equals("options")) {
                writes.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
            }
        }));
        assertThat(table.keySet()).as("rows in docs/authorization.md for every write operation").containsAll(writes);

        List<String> failures = new ArrayList<>();
        table.forEach((operation, expected) -> expected.forEach((caller, status) -> {
            resetFixtures();
            int actual = call(operation, caller);
            boolean holds = status == OK ? actual != 401 && actual != 403 && actual != 404 && actual < 500 : actual == status;
            if (!holds) {
                failures.add(operation + " as " + caller + ": expected " + (status == OK ? "ok" : status) + ", got " + actual);
            }
        }));
        assertThat(failures).isEmpty();
    }

    private int call(String operation, String caller) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        String path = template
                .replace("/me/plans/{id}", template.contains("/me/plans/{id}") ? "/me/plans/" + savedPlan() : "")
                .replace("/frameworks/{id}/", "/frameworks/senior-hit/")
                .replace("/career-paths/{id}/", "/career-paths/radiological-technologist-ladder/")
                .replace("/interop/roles/{id}", "/interop/roles/no-such-role")
                .replace("/career-path-drafts/{draft}", template.contains("/career-path-drafts/{draft}") ? "/career-path-drafts/" + careerDraft() : "")
                .replace("/resources/{id}", template.contains("/resources/{id}") ? "/resources/" + resource() : "")
                .replace("{draft}", template.contains("{draft}") ? draft() : "")
                .replace("{id}", CURRICULUM).replace("{code}", COURSE).replace("{target}", UNMAPPED);
        var request = http.method(HttpMethod.valueOf(method)).uri(path);
        String token = tokens.get(caller);
        if (token != null) {
            request = request.headers(h -> h.setBearerAuth(token));
        }
        WebTestClient.RequestHeadersSpec<?> ready = request;
        String body = bodyFor(method, path);
        if (body != null) {
            MediaType type = path.endsWith("/courses") || path.endsWith("/interop/roles") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON;
            ready = request.contentType(type).bodyValue(body.getBytes(StandardCharsets.UTF_8));
        }
        return ready.exchange().expectBody().returnResult().getStatus().value();
    }

    private static String bodyFor(String method, String path) {
        if (method.equals("GET") || method.equals("DELETE") || path.endsWith("/verify-and-reload") || path.endsWith("/accept") || path.endsWith("/reject")) {
            return null;
        }
        if (path.startsWith("/api/v1/interop/")) {
            return path.endsWith("/roles") ? "role_id,name_ja\n" : "{}";
        }
        if (path.endsWith("/drafts")) {
            return "{\"version\": \"m" + System.nanoTime() + "\", \"name\": {\"ja\": \"権限表の下書き\", \"en\": \"Matrix draft\"}}";
        }
        if (path.startsWith("/api/v1/career-path-drafts")) {
            return path.equals("/api/v1/career-path-drafts") ? CAREER_PATH : path.split("/").length == 5 ? "{\"retire\": true}" : null;
        }
        if (path.startsWith("/api/v1/resources")) {
            return resourceBody(path.equals("/api/v1/resources") ? "matrix-r" + System.nanoTime() : RESOURCE);
        }
        if (path.startsWith("/api/v1/drafts/")) {
            return path.endsWith("/comments") ? "{\"text\": \"確認しました\"}" : "{}";
        }
        if (path.equals("/api/v1/plans") || path.equals("/api/v1/plans/ctdl")) {
            return "{\"profile\": {\"credentials\": [\"hit\"], \"hoursPerWeek\": 5}, \"goal\": {\"credential\": \"miis\"}}";
        }
        if (path.startsWith("/api/v1/career-paths/")) {
            return "{\"profile\": {\"credentials\": [\"hit\"], \"hoursPerWeek\": 5}}";
        }
        if (path.equals("/api/v1/renewals")) {
            return "{\"credential\": \"hit\", \"year\": 2020}";
        }
        if (path.equals("/api/v1/role-fit")) {
            return "{\"profile\": {\"hoursPerWeek\": 5}}";
        }
        if (path.equals("/api/v1/me/profile")) {
            return "{\"credentials\": [\"hit\"], \"hoursPerWeek\": 5}";
        }
        if (path.equals("/api/v1/me/plans")) {
            return "{\"goal\": {\"credential\": \"miis\"}, \"profile\": {\"credentials\": [\"hit\"], \"hoursPerWeek\": 5}}";
        }
        if (path.equals("/api/v1/curricula")) {
            return "{\"id\": \"" + OWN + ".x" + System.nanoTime() + "\", \"institution\": \"" + OWN + "\", \"name\": {\"ja\": \"権限表\", \"en\": \"Matrix\"}}";
        }
        if (path.endsWith("/courses")) {
            return "course_code,title_ja,title_en,year,semester,hours,credits,syllabus,target,depth,evidence\n"
                    + COURSE + ",データベース,Databases,1,前期,30,2,,\"" + MAPPED + "\",masters,\n";
        }
        if (path.contains("/courses/")) {
            return "{\"code\": \"" + COURSE + "\", \"title\": {\"ja\": \"データベース\", \"en\": \"Databases\"}, \"year\": 1, \"semester\": \"first\", \"hours\": 30, "
                    + "\"mappings\": [{\"target\": \"" + MAPPED + "\", \"depth\": \"reinforces\"}]}";
        }
        return "{\"name\": {\"ja\": \"権限表\", \"en\": \"Matrix\"}, \"visibility\": \"private\", \"courses\": [{\"code\": \"" + COURSE
                + "\", \"title\": {\"ja\": \"データベース\", \"en\": \"Databases\"}, \"year\": 1, \"semester\": \"first\", \"hours\": 30, \"mappings\": [{\"target\": \"" + MAPPED
                + "\", \"depth\": \"masters\"}]}]}";
    }

    /** A fresh private curriculum of the own institution before every cell, so a delete in one cell cannot change the next. */
    private void resetFixtures() {
        http.delete().uri("/api/v1/curricula/" + CURRICULUM).headers(h -> h.setBearerAuth(tokens.get("admin"))).exchange().expectBody().returnResult();
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(tokens.get("admin"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"" + CURRICULUM + "\", \"institution\": \"" + OWN + "\", \"visibility\": \"private\", "
                        + "\"name\": {\"ja\": \"権限表\", \"en\": \"Matrix\"}, \"courses\": [{\"code\": \"" + COURSE
                        + "\", \"title\": {\"ja\": \"データベース\", \"en\": \"Databases\"}, \"year\": 1, \"semester\": \"first\", \"hours\": 30, \"mappings\": [{\"target\": \""
                        + MAPPED + "\", \"depth\": \"masters\"}]}]}")
                .exchange().expectStatus().isCreated();
    }

    private static final String RESOURCE = "matrix-resource";
    private static final String CAREER_PATH = """
            {"path": {"id": "matrix-path", "name": {"ja": "権限表", "en": "Matrix"}, "description": {"ja": "権限表", "en": "Matrix"},
             "stages": [{"name": {"ja": "医療情報技師", "en": "HIT"}, "credential": "hit", "typicalYear": 0}],
             "source": "https://example.org/matrix", "verification": "inferred"}}""";

    @org.springframework.beans.factory.annotation.Autowired
    org.michishirube.data.graph.PublishedGraph graph;

    /** What the career-path and resource cells may have published goes, so other tests see the reference graph. */
    @org.junit.jupiter.api.AfterEach
    void removeWhatTheCellsPublished() {
        try (var session = org.michishirube.testing.TestNeo4j.driver().session()) {
            session.run("""
                    MATCH (n) WHERE (n:CareerPathDraft AND n.path = 'matrix-path') OR (n:CareerPath AND n.id = 'matrix-path')
                       OR (n:LearningResource AND n.id STARTS WITH 'matrix-')
                    OPTIONAL MATCH (n)-[:LOGGED]->(a) DETACH DELETE a, n""").consume();
        }
        graph.refresh();
    }

    private static String resourceBody(String id) {
        return "{\"id\": \"" + id + "\", \"title\": {\"ja\": \"権限表\", \"en\": \"Matrix\"}, \"kind\": \"other\", \"targets\": [\"" + MAPPED
                + "\"], \"depth\": \"introduces\", \"language\": \"ja\", \"source\": \"https://example.org/matrix\", \"verification\": \"inferred\"}";
    }

    /** {@return the id of a resource that exists} (registered by the admin when a cell removed it) */
    private String resource() {
        http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(tokens.get("admin"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(resourceBody(RESOURCE)).exchange().expectBody().returnResult();
        return RESOURCE;
    }

    /** {@return the open career-path draft of matrix-path}, made by the steward when there is none */
    private String careerDraft() {
        var created = http.post().uri("/api/v1/career-path-drafts").headers(h -> h.setBearerAuth(tokens.get("steward")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CAREER_PATH).exchange().expectBody(JsonNode.class).returnResult();
        JsonNode body = created.getResponseBody();
        return created.getStatus().value() == 201 ? body.path("id").asString() : body.path("evidence").get(0).asString();
    }

    private String draft() {
        return http.post().uri("/api/v1/frameworks/senior-hit/drafts").headers(h -> h.setBearerAuth(tokens.get("steward")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bodyFor("POST", "/drafts")).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().path("id").asString();
    }

    private String savedPlan() {
        return http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(tokens.get("learner"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"goal\": {\"credential\": \"hit\"}, \"profile\": {\"hoursPerWeek\": 5}}").exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().path("id").asString();
    }

    static Map<String, Map<String, Integer>> readTable() throws IOException {
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (!line.startsWith("| ") || line.startsWith("| operation")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                String cell = cells[i + 1].strip();
                expected.put(CALLERS.get(i), cell.equals("ok") ? OK : Integer.parseInt(cell));
            }
            rows.put(cells[0].strip(), expected);
        }
        return rows;
    }
}
