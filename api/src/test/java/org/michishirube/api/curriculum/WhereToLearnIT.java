package org.michishirube.api.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.michishirube.data.dataset.DatasetLoader;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.testing.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 18 item 5: each step of a plan says where to learn it. A public curriculum's course mapped to the step's target is
 * listed, a private one never; the seeded textbooks cite their sources; stewards register, change and remove resources
 * (audit logged, no four eyes) and the next plan lists them; a refused write stores nothing.
 */
@ApiIT
class WhereToLearnIT {

    static final String INSTITUTION = "where-u";
    static final String TARGET = "hit.sys.his.architecture";
    static final String STEWARD = Tokens.forRoles("steward-w", List.of("steward"));
    static final String LEARNER = Tokens.forRoles("learner-w", List.of("learner"));
    static final String PLAN = "{\"profile\": {\"hoursPerWeek\": 5}, \"goal\": {\"targets\": [\"" + TARGET + "\"]}, \"alternatives\": 0, "
            + "\"today\": \"2026-12-05\"}";

    @Autowired
    WebTestClient http;
    @Autowired
    DatasetLoader loader;
    @Autowired
    PublishedGraph graph;

    @BeforeEach
    @AfterEach
    void clean() {
        CurriculumTesting.deleteCurriculaOf(INSTITUTION);
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (r:LearningResource) WHERE r.origin = 'steward' OPTIONAL MATCH (r)-[:LOGGED]->(a) DETACH DELETE a, r").consume();
        }
        loader.reload();
        graph.refresh();
    }

    @Test
    void aStepListsThePublicCourseMappedToItsTargetAndNeverAPrivateOne() {
        curriculum("where-u.open", "public", "OPEN-1", "病院情報システム論", "masters");
        curriculum("where-u.closed", "private", "SHUT-1", "非公開の講義", "masters");

        JsonNode step = stepFor(plan(), TARGET);
        List<String> ids = step.path("resources").valueStream().map(r -> r.path("id").asString()).toList();
        assertThat(ids).contains("where-u.open/OPEN-1").doesNotContain("where-u.closed/SHUT-1");
        JsonNode course = step.path("resources").valueStream().filter(r -> r.path("id").asString().equals("where-u.open/OPEN-1")).findFirst().orElseThrow();
        assertThat(course.path("kind").asString()).isEqualTo("course");
        assertThat(course.path("fit").asString()).isEqualTo("target");
        assertThat(course.path("depth").asString()).isEqualTo("masters");
        assertThat(course.path("institution").asString()).isEqualTo(INSTITUTION);
        assertThat(course.path("title").path("ja").asString()).isEqualTo("病院情報システム論");
        assertThat(course.path("hours").asInt()).isEqualTo(30);
        // The private course is in no answer at all.
        assertThat(plan().toString()).doesNotContain("SHUT-1", "非公開の講義");

        // Markdown lists it under where to learn; the CTDL Pathway references it as a ceterms:Course teaching the step's competency.
        String md = http.post().uri("/api/v1/plans").accept(MediaType.parseMediaType("text/markdown")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PLAN).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("学べる場所 / Where to learn").contains("病院情報システム論").contains("OPEN-1").doesNotContain("SHUT-1");
        JsonNode ctdl = http.post().uri("/api/v1/plans/ctdl").contentType(MediaType.APPLICATION_JSON).bodyValue(PLAN).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode courseNode = ctdl.path("@graph").valueStream().filter(n -> n.path("@type").asString().equals("ceterms:Course")
                && n.path("ceterms:codedNotation").asString().equals("OPEN-1")).findFirst().orElseThrow();
        JsonNode stepComponent = ctdl.path("@graph").valueStream().filter(n -> n.path("ceterms:componentDesignation").toString().contains(TARGET))
                .findFirst().orElseThrow();
        assertThat(courseNode.path("ceterms:teaches").get(0).path("ceterms:targetNode").asString())
                .isEqualTo(stepComponent.path("ceterms:proxyFor").asString());
        JsonNode option = ctdl.path("@graph").valueStream().filter(n -> n.path("ceterms:proxyFor").asString().equals(courseNode.path("@id").asString()))
                .findFirst().orElseThrow();
        assertThat(option.path("@type").asString()).isEqualTo("ceterms:CourseComponent");
        assertThat(option.path("ceterms:precedes").get(0).asString()).isEqualTo(stepComponent.path("@id").asString());
        assertThat(ctdl.path("@graph").valueStream().anyMatch(n -> n.path("@type").asString().equals("ceterms:LearningOpportunityProfile"))).isTrue();
        assertThat(ctdl.toString()).doesNotContain("SHUT-1");
    }

    @Test
    void theSeededTextbookOfTheStepsDomainIsListedWithItsSource() {
        JsonNode step = stepFor(plan(), TARGET);
        JsonNode book = step.path("resources").valueStream().filter(r -> r.path("id").asString().equals("jami-textbook-his")).findFirst().orElseThrow();
        // resources.yaml and sources.yaml, read here: the book covers the whole hit.sys domain and cites the 2022 abstract.
        JsonNode seed = yaml("/dataset/resources.yaml").path("resources").valueStream()
                .filter(r -> r.path("id").asString().equals("jami-textbook-his")).findFirst().orElseThrow();
        assertThat(seed.path("domains").get(0).asString()).isEqualTo("hit.sys");
        assertThat(book.path("fit").asString()).isEqualTo("area");
        assertThat(book.path("kind").asString()).isEqualTo("textbook");
        assertThat(book.path("title").path("ja").asString()).isEqualTo(seed.path("title").path("ja").asString());
        assertThat(book.path("source").asString()).startsWith("JCMI2022 3-B-3-03");
        assertThat(book.path("verification").asString()).isEqualTo("corroborated");
    }

    @Test
    void aStewardRegistersChangesAndRemovesAResourceAndTheNextPlanFollows() {
        String body = """
                {"id": "his-e-learning", "title": {"ja": "病院情報システム入門 (e-ラーニング)", "en": "Introduction to hospital information systems (e-learning)"},
                 "kind": "e-learning", "targets": ["%s"], "depth": "introduces", "url": "https://example.org/his", "hours": 6, "cost": "無料",
                 "language": "ja", "source": "https://example.org/his", "verification": "secondary"}""".formatted(TARGET);
        // Only stewards write.
        http.post().uri("/api/v1/resources").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(LEARNER)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isForbidden();

        http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectHeader().valueEquals("Location", "/api/v1/resources/his-e-learning");
        http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(409);
        JsonNode listed = resourceIn(stepFor(plan(), TARGET), "his-e-learning");
        assertThat(listed.path("fit").asString()).isEqualTo("target");
        assertThat(listed.path("cost").asString()).isEqualTo("無料");
        assertThat(listed.path("url").asString()).isEqualTo("https://example.org/his");
        JsonNode forTarget = get("/api/v1/resources?target=" + TARGET);
        assertThat(forTarget.path("items").valueStream().map(r -> r.path("id").asString()).toList()).contains("his-e-learning", "jami-textbook-his");

        http.put().uri("/api/v1/resources/his-e-learning").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.replace("\"hours\": 6", "\"hours\": 8")).exchange().expectStatus().isOk();
        assertThat(resourceIn(stepFor(plan(), TARGET), "his-e-learning").path("hours").asInt()).isEqualTo(8);

        http.delete().uri("/api/v1/resources/his-e-learning").headers(h -> h.setBearerAuth(STEWARD)).exchange().expectStatus().isNoContent();
        http.get().uri("/api/v1/resources/his-e-learning").exchange().expectStatus().isNotFound();
        assertThat(stepFor(plan(), TARGET).path("resources").toString()).doesNotContain("his-e-learning");

        JsonNode audit = http.get().uri("/api/v1/resources/his-e-learning/audit").headers(h -> h.setBearerAuth(STEWARD)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(audit.valueStream().map(a -> a.path("action").asString() + ":" + a.path("actor").asString()).toList())
                .containsExactly("create:steward-w", "update:steward-w", "delete:steward-w");
        assertThat(audit.get(1).path("before").toString()).contains("hours: 6");
        assertThat(audit.get(1).path("after").toString()).contains("hours: 8");
        http.get().uri("/api/v1/resources/his-e-learning/audit").headers(h -> h.setBearerAuth(LEARNER)).exchange().expectStatus().isNotFound();
    }

    @Test
    void aRefusedResourceStoresNothingAndAStewardsChangeToASeedOutlivesAReload() {
        Map<String, Object> before = resourceNodes();
        JsonNode unknown = problem(http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"id": "x", "title": {"ja": "x", "en": "x"}, "kind": "textbook", "targets": ["hit.no-such-target"], "depth": "introduces",
                         "language": "ja", "source": "s", "verification": "inferred"}""").exchange(), 422);
        assertThat(unknown.path("errors").get(0).path("field").asString()).isEqualTo("targets[0]");
        JsonNode bad = problem(http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"Bad Id\", \"kind\": \"book\", \"language\": \"fr\", \"url\": \"ftp://x\"}").exchange(), 400);
        assertThat(bad.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .contains("id", "title", "kind", "depth", "targets", "url", "language", "source", "verification");
        // Odd shapes: a fraction of an hour is not cut to a whole one, an empty target is a missing field.
        JsonNode fraction = problem(http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"x\", \"hours\": 1.5}").exchange(), 400);
        assertThat(fraction.path("field").asString()).isEqualTo("hours");
        assertThat(fraction.path("detail").asString()).contains("whole number");
        JsonNode empty = problem(http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"id": "x", "title": {"ja": "ｘ", "en": "x"}, "kind": "other", "targets": [null], "domains": ["hit.sys"], "depth": "introduces",
                         "language": "ja", "source": "s", "verification": "inferred"}""").exchange(), 400);
        assertThat(empty.path("errors").get(0).path("field").asString()).isEqualTo("targets[0]");
        JsonNode domainAsTarget = problem(http.post().uri("/api/v1/resources").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"id": "x", "title": {"ja": "ｘ", "en": "x"}, "kind": "other", "targets": ["hit.sys"], "depth": "introduces",
                         "language": "ja", "source": "s", "verification": "inferred"}""").exchange(), 422);
        assertThat(domainAsTarget.path("errors").get(0).path("message").asString()).contains("it is a domain");
        assertThat(resourceNodes()).isEqualTo(before);

        // A steward corrects a seed; the dataset's reload leaves the correction in place.
        JsonNode seed = get("/api/v1/resources/jami-textbook-it");
        String corrected = seed.toString().replace("\"note\":", "\"cost\":\"¥4,400\",\"note\":");
        http.put().uri("/api/v1/resources/jami-textbook-it").headers(h -> h.setBearerAuth(STEWARD)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(corrected).exchange().expectStatus().isOk();
        loader.reload();
        graph.refresh();
        assertThat(get("/api/v1/resources/jami-textbook-it").path("cost").asString()).isEqualTo("¥4,400");
    }

    private void curriculum(String id, String visibility, String code, String title, String depth) {
        String token = CurriculumTesting.educator(INSTITUTION);
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "visibility", visibility, "name", Map.of("ja", "課程 " + id, "en", "Programme " + id)))
                .exchange().expectStatus().isCreated();
        String csv = "course_code,title_ja,title_en,year,semester,hours,credits,syllabus,target,depth,evidence\n"
                + code + "," + title + ",Course " + code + ",2,前期,30,2,," + TARGET + "," + depth + ",\n";
        http.put().uri("/api/v1/curricula/" + id + "/courses").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv.getBytes(StandardCharsets.UTF_8)).exchange().expectStatus().isOk();
    }

    private JsonNode plan() {
        return http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(PLAN).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** {@return the step for a target, its resources each the plan's description of it with the step's fit} */
    private static JsonNode stepFor(JsonNode plan, String target) {
        tools.jackson.databind.node.ObjectNode step = ((tools.jackson.databind.node.ObjectNode) plan.path("steps").valueStream()
                .filter(s -> s.path("target").path("id").asString().equals(target)).findFirst().orElseThrow()).deepCopy();
        tools.jackson.databind.node.ArrayNode merged = step.putArray("resources");
        for (JsonNode ref : plan.path("steps").valueStream().filter(s -> s.path("target").path("id").asString().equals(target)).findFirst()
                .orElseThrow().path("resources")) {
            JsonNode place = plan.path("resources").valueStream().filter(r -> r.path("id").asString().equals(ref.path("id").asString()))
                    .findFirst().orElseThrow(() -> new AssertionError(ref + " is not among the plan's resources"));
            merged.add(((tools.jackson.databind.node.ObjectNode) place.deepCopy()).put("fit", ref.path("fit").asString()));
        }
        return step;
    }

    private static JsonNode resourceIn(JsonNode step, String id) {
        return step.path("resources").valueStream().filter(r -> r.path("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + step.path("resources")));
    }

    private JsonNode get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode problem(WebTestClient.ResponseSpec spec, int status) {
        return spec.expectStatus().isEqualTo(status).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> resourceNodes() {
        try (var session = TestNeo4j.driver().session()) {
            return Map.of("nodes", session.run("""
                    MATCH (n) WHERE n:LearningResource OR n:ResourceAudit RETURN labels(n)[0] + ':' + coalesce(n.id, n.resource) AS k,
                    properties(n) AS p ORDER BY k""").list(r -> Map.of("k", r.get("k").asString(), "p", r.get("p").asMap())));
        }
    }

    private static JsonNode yaml(String resource) {
        return YAMLMapper.builder().build().readTree(org.michishirube.dataset.DatasetSource.class.getResourceAsStream(resource));
    }
}
