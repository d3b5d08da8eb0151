package org.michishirube.api.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class MyPlansIT {

    @Autowired
    WebTestClient http;

    private final String alice = Tokens.forRoles("alice-" + System.nanoTime(), List.of("learner"));
    private final String bob = Tokens.forRoles("bob-" + System.nanoTime(), List.of("learner"));

    @Test
    void aLearnerSavesAProfileAndPlansFromIt() {
        http.get().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isNotFound();
        http.put().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(alice)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"credentials": [{"id": "hit", "year": 2021}], "experience": {"healthcare-is": 2}, "hoursPerWeek": 6,
                         "mastered": {"hit.it.db.sql": 3}, "evidence": {"hit.it.db.sql": "データベース演習 (A, 2024)"}}""")
                .exchange().expectStatus().isOk();
        JsonNode profile = http.get().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(profile.path("evidence").path("hit.it.db.sql").asString()).isEqualTo("データベース演習 (A, 2024)");
        assertThat(profile.path("credentials").get(0).path("id").asString()).isEqualTo("hit");
        assertThat(profile.path("hoursPerWeek").asInt()).isEqualTo(6);

        var saved = http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(alice)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"title": "HIT → 医用画像情報専門技師", "goal": {"credential": "miis"}}""")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
        JsonNode plan = saved.getResponseBody();
        String id = plan.path("id").asString();
        assertThat(saved.getResponseHeaders().getLocation()).hasToString("/api/v1/me/plans/" + id);
        assertThat(plan.path("title").asString()).isEqualTo("HIT → 医用画像情報専門技師");
        assertThat(plan.path("frameworkVersions").toString()).contains("miis@");
        assertThat(plan.path("stale").asBoolean()).isFalse();
        assertThat(plan.path("plan").path("steps").size()).isPositive();

        JsonNode list = http.get().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list.findValuesAsString("id")).contains(id);

        // The saved plan as Markdown, to print or share: its title, then every step of the plan saved.
        String md = http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(alice))
                .accept(MediaType.parseMediaType("text/markdown")).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/markdown"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(md).contains("HIT → 医用画像情報専門技師").contains("医用画像情報専門技師");
        plan.path("plan").path("steps").forEach(step -> assertThat(md).contains("`" + step.path("target").path("id").asString() + "`"));
        // Nobody else gets it in any form.
        PlanningApiIT.problem(http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(bob))
                .accept(MediaType.parseMediaType("text/markdown")).exchange(), 404);
    }

    @Test
    void aPlanSavedInTheOldShapeIsReadInTheNewOne() {
        JsonNode saved = http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(alice)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"title": "old", "profile": {"credentials": [{"id": "hit", "year": 2021}], "hoursPerWeek": 5},
                         "goal": {"role": "hospital-his-staff"}}""")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = saved.path("id").asString();
        JsonNode flat = saved.path("plan");
        // Before the answer was flattened, the main plan sat under "plan" and the alternatives beside it.
        tools.jackson.databind.node.ObjectNode main = ((tools.jackson.databind.node.ObjectNode) flat).deepCopy();
        main.remove("alternatives");
        String old = "{\"plan\":" + main + ",\"alternatives\":" + flat.path("alternatives") + "}";
        try (var session = org.michishirube.testing.TestNeo4j.driver().session()) {
            session.run("MATCH (s:SavedPlan {id: $id}) SET s.plan = $plan", java.util.Map.of("id", id, "plan", old)).consume();
        }
        JsonNode read = http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(read.path("plan").has("plan")).isFalse();
        assertThat(read.path("plan")).isEqualTo(flat);
    }

    @Test
    void anotherLearnerCannotSeeOrDeleteItAndLearnsNothingOfItsExistence() {
        String id = http.post().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(alice)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"profile": {"hoursPerWeek": 3}, "goal": {"credential": "hit"}}""")
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().path("id").asString();

        JsonNode notFound = PlanningApiIT.problem(http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(bob)).exchange(), 404);
        JsonNode missing = PlanningApiIT.problem(http.get().uri("/api/v1/me/plans/no-such-plan").headers(h -> h.setBearerAuth(bob)).exchange(), 404);
        assertThat(notFound.path("type")).isEqualTo(missing.path("type"));
        assertThat(notFound.path("title")).isEqualTo(missing.path("title"));
        PlanningApiIT.problem(http.delete().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(bob)).exchange(), 404);
        JsonNode bobs = http.get().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(bob)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(bobs.findValuesAsString("id")).doesNotContain(id);

        // The owner still has it, and can delete it once.
        http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isOk();
        http.delete().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isNoContent();
        http.get().uri("/api/v1/me/plans/" + id).headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isNotFound();
    }

    @Test
    void personalDataNeedsALearnersToken() {
        PlanningApiIT.problem(http.get().uri("/api/v1/me/plans").exchange(), 401);
        PlanningApiIT.problem(http.put().uri("/api/v1/me/profile").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 401);
        String educator = Tokens.sign(Tokens.SECRET, "teacher", List.of("educator"), "univ-a", java.time.Instant.now().plusSeconds(600));
        PlanningApiIT.problem(http.get().uri("/api/v1/me/plans").headers(h -> h.setBearerAuth(educator)).exchange(), 403);
    }

    @Test
    void anInvalidProfileIsNotSaved() {
        PlanningApiIT.problem(http.put().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(bob)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"credentials": ["nope"], "hoursPerWeek": 5}""").exchange(), 404);
        PlanningApiIT.problem(http.put().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(bob)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"hoursPerWeek": 0}""").exchange(), 400);
        http.get().uri("/api/v1/me/profile").headers(h -> h.setBearerAuth(bob)).exchange().expectStatus().isNotFound();
    }
}
