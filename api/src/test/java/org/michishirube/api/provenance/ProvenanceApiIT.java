package org.michishirube.api.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.michishirube.testing.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * GET /api/v1/provenance for stewards: the counts agree with a plain count over the YAML files, the anachronisms of the
 * version before FY2020 are listed, and a new curriculum and a saved plan raise the dependents of the targets they use.
 */
@ApiIT
class ProvenanceApiIT {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String INSTITUTION = "prov-it";

    @Autowired
    WebTestClient http;

    private final String steward = Tokens.forRoles("steward-" + System.nanoTime(), List.of("steward"));
    private final String learner = Tokens.forRoles("learner-" + System.nanoTime(), List.of("learner"));

    @AfterEach
    void cleanUp() {
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (c:Curriculum {institution: $i}) OPTIONAL MATCH (c)-[:HAS_COURSE]->(k:Course) DETACH DELETE k, c",
                    Map.of("i", INSTITUTION)).consume();
            session.run("MATCH (i:Institution {id: $i}) DETACH DELETE i", Map.of("i", INSTITUTION)).consume();
        }
    }

    @Test
    void onlyStewardsAndAdminsReadItAndABadLimitIsAProblem() {
        http.get().uri("/api/v1/provenance").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/provenance").headers(h -> h.setBearerAuth(learner)).exchange().expectStatus().isForbidden();
        JsonNode problem = http.get().uri("/api/v1/provenance?limit=0").headers(h -> h.setBearerAuth(steward)).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.path("type").asString()).endsWith("/invalid-parameter");
    }

    @Test
    void theCountsAgreeWithTheFilesAndTheAnachronismsOfTheOldVersionAreListed() {
        JsonNode report = report(20);
        assertThat(report.path("datasetVersion").asString()).isEqualTo(yaml("manifest.yaml").path("datasetVersion").asString());

        // Independently: the items of hit@fy2020 (version, changes, domains, targets) per level that cite an exam result.
        Map<String, String> kinds = new HashMap<>();
        yaml("sources.yaml").path("sources").forEach(s -> kinds.put(s.path("id").asString(), s.path("kind").asString()));
        JsonNode fy2020 = yaml("frameworks/hit@fy2020.yaml");
        Map<String, Integer> expected = new HashMap<>();
        boolean versionCitesResult = cites(fy2020, kinds, "exam-result");
        if (versionCitesResult) {
            expected.merge(fy2020.path("verification").asString(), 1, Integer::sum);
        }
        fy2020.path("changes").forEach(ch -> {
            if (versionCitesResult) {
                expected.merge(ch.path("verification").asString(fy2020.path("verification").asString()), 1, Integer::sum);
            }
        });
        for (JsonNode d : fy2020.path("domains")) {
            if (cites(d, kinds, "exam-result")) {
                expected.merge(d.path("verification").asString(), 1, Integer::sum);
            }
            count(d.path("targets"), kinds, expected);
        }
        Map<String, Integer> reported = new HashMap<>();
        report.path("counts").forEach(c -> {
            if (c.path("credential").asString().equals("hit") && c.path("version").asString().equals("hit@fy2020")
                    && c.path("sourceKind").asString().equals("exam-result")) {
                reported.put(c.path("level").asString(), c.path("items").asInt());
            }
        });
        assertThat(reported).isEqualTo(expected).containsKey("corroborated");

        assertThat(report.path("anachronisms")).anySatisfy(a -> {
            assertThat(a.path("item").asString()).isEqualTo("hit.it.net.ip");
            assertThat(a.path("version").asString()).isEqualTo("hit@pre-fy2020");
            assertThat(a.path("source").asString()).isEqualTo("hit-results-22");
            assertThat(a.path("level").asString()).isEqualTo("inferred");
        });
        assertThat(report.path("anachronisms")).allSatisfy(a -> assertThat(a.path("level").asString()).isEqualTo("inferred"));
    }

    @Test
    void aCurriculumAndASavedPlanRaiseTheDependentsOfTheTargetsTheyUse() {
        JsonNode before = report(1000);
        List<JsonNode> first = list(before.path("verifyFirst"));
        assertThat(first).isNotEmpty();
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i - 1).path("dependents").asInt()).isGreaterThanOrEqualTo(first.get(i).path("dependents").asInt());
        }
        first.forEach(f -> {
            assertThat(f.path("level").asString()).isIn("secondary", "inferred");
            assertThat(f.path("dependents").asInt())
                    .isEqualTo(f.path("roles").asInt() + f.path("curricula").asInt() + f.path("savedPlans").asInt());
        });
        // Roles counted independently from roles.yaml for one inferred target.
        String target = "hit.sys.his.ehr";
        int roles = 0;
        for (JsonNode r : yaml("roles.yaml").path("roles")) {
            Set<String> needs = new TreeSet<>();
            r.path("needs").forEach(n -> needs.add(n.path("target").asString()));
            roles += needs.contains(target) ? 1 : 0;
        }
        JsonNode ehr = entry(before, target);
        assertThat(ehr.path("roles").asInt()).isEqualTo(roles);

        String educator = Tokens.sign(Tokens.SECRET, "edu@" + INSTITUTION, List.of("educator"), INSTITUTION, Instant.now().plusSeconds(3600));
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(educator)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", INSTITUTION + ".course", "visibility", "private", "name", Map.of("ja", "試験課程", "en", "Test"),
                        "courses", List.of(Map.of("code", "P-1", "title", Map.of("ja", "病院情報システム", "en", "Hospital IS"),
                                "year", 1, "semester", "前期", "hours", 30, "mappings", List.of(Map.of("target", target, "depth", "I"))))))
                .exchange().expectStatus().isCreated();
        JsonNode plan = http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(learner)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"title": "provenance", "profile": {"credentials": [{"id": "hit", "year": 2021}], "hoursPerWeek": 5},
                         "goal": {"credential": "miis"}}""")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode after = report(1000);
        assertThat(entry(after, target).path("curricula").asInt()).isEqualTo(ehr.path("curricula").asInt() + 1);
        // A step of the saved plan that the report lists gains one saved plan.
        String step = null;
        for (JsonNode s : plan.path("plan").path("steps")) {
            String id = s.path("target").path("id").asString();
            if (find(before, id) != null) {
                step = id;
                break;
            }
        }
        assertThat(step).as("a step of the plan below corroborated").isNotNull();
        assertThat(entry(after, step).path("savedPlans").asInt()).isEqualTo(entry(before, step).path("savedPlans").asInt() + 1);
        http.delete().uri("/api/v1/me/plans/" + plan.path("id").asString()).headers(h -> h.setBearerAuth(learner)).exchange()
                .expectStatus().is2xxSuccessful();
    }

    private JsonNode report(int limit) {
        return http.get().uri("/api/v1/provenance?limit=" + limit).headers(h -> h.setBearerAuth(steward)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode entry(JsonNode report, String target) {
        JsonNode e = find(report, target);
        assertThat(e).as(target).isNotNull();
        return e;
    }

    private static JsonNode find(JsonNode report, String target) {
        for (JsonNode e : report.path("verifyFirst")) {
            if (e.path("target").asString().equals(target)) {
                return e;
            }
        }
        return null;
    }

    private static void count(JsonNode targets, Map<String, String> kinds, Map<String, Integer> expected) {
        for (JsonNode t : targets) {
            if (cites(t, kinds, "exam-result")) {
                expected.merge(t.path("verification").asString(), 1, Integer::sum);
            }
            count(t.path("children"), kinds, expected);
        }
    }

    private static boolean cites(JsonNode item, Map<String, String> kinds, String kind) {
        for (JsonNode s : item.path("sources")) {
            if (kind.equals(kinds.get(s.isString() ? s.asString() : s.path("id").asString()))) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> l = new java.util.ArrayList<>();
        array.forEach(l::add);
        return l;
    }

    private static JsonNode yaml(String file) {
        try (InputStream in = ProvenanceApiIT.class.getClassLoader().getResourceAsStream("dataset/" + file)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
