package org.michishirube.api.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class BrowseApiIT {

    @Autowired
    WebTestClient http;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** Already-encoded URIs go out as they are; a relative string would be encoded a second time. */
    private java.net.URI absolute(String pathAndQuery) {
        return java.net.URI.create("http://localhost:" + port + pathAndQuery);
    }

    @Test
    void listsCredentialsInStablePagesWithATotal() {
        JsonNode all = get("/api/v1/credentials?size=200");
        int total = all.path("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(10);
        List<String> ids = ids(all.path("items"));
        assertThat(ids).contains("hit", "senior-hit", "miis").isSorted();
        JsonNode second = get("/api/v1/credentials?page=1&size=3");
        assertThat(ids(second.path("items"))).isEqualTo(ids.subList(3, 6));
        assertThat(second.path("total").asInt()).isEqualTo(total);
        JsonNode hit = all.path("items").get(ids.indexOf("hit"));
        assertThat(hit.path("name").path("ja").asString()).isEqualTo("医療情報技師");
        assertThat(hit.path("name").path("en").asString()).isEqualTo("Healthcare Information Technologist");
    }

    @Test
    void seniorHitNeedsHitAndFiveYearsOfHealthcareIsWork() {
        JsonNode senior = get("/api/v1/credentials/senior-hit");
        assertThat(senior.path("eligibility").toString())
                .contains("\"kind\":\"credential\"").contains("\"id\":\"hit\"")
                .contains("\"experience\":\"healthcare-is\"").contains("\"years\":5");
        assertThat(senior.path("framework").path("currentVersion").asString()).startsWith("senior-hit@");
        assertThat(senior.path("since").asInt()).isEqualTo(2007);
        JsonNode hit = get("/api/v1/credentials/hit");
        assertThat(ids(hit.path("leadsTo"))).contains("senior-hit", "miis");
        assertThat(hit.path("suitedRoles").size()).isPositive();
    }

    @Test
    void hitHasTwoVersionsAndOnlyTheNewerHasTheDataAnalysisArea() {
        JsonNode versions = get("/api/v1/frameworks/hit/versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).path("current").asBoolean()).isTrue();
        String older = versions.get(0).path("version").asString();
        JsonNode current = get("/api/v1/frameworks/hit/versions/current/targets?domain=hit.it&depth=1");
        JsonNode previous = get("/api/v1/frameworks/hit/versions/" + older + "/targets?domain=hit.it&depth=1");
        assertThat(current.path("domains").size()).isEqualTo(1);
        assertThat(current.path("domains").get(0).path("targets").toString()).contains("データ");
        assertThat(current.path("domains").get(0).path("targets").size())
                .isGreaterThan(previous.path("domains").get(0).path("targets").size());
        // depth=1 stops at the areas
        current.path("domains").get(0).path("targets").forEach(t -> assertThat(t.path("children").size()).isZero());
    }

    @Test
    void aTargetShowsItsNeighbourhood() {
        JsonNode tree = get("/api/v1/frameworks/miis/versions/current/targets");
        String withPrerequisites = null;
        for (JsonNode d : tree.path("domains")) {
            for (String id : allIds(d.path("targets"))) {
                JsonNode t = get("/api/v1/targets/" + id);
                if (t.path("prerequisites").size() > 0 && t.path("parents").size() > 0) {
                    withPrerequisites = id;
                    break;
                }
            }
            if (withPrerequisites != null) {
                break;
            }
        }
        assertThat(withPrerequisites).isNotNull();
        JsonNode target = get("/api/v1/targets/" + withPrerequisites);
        assertThat(target.path("credentials").get(0).path("id").asString()).isEqualTo("miis");
        String prerequisite = target.path("prerequisites").get(0).path("id").asString();
        assertThat(ids(get("/api/v1/targets/" + prerequisite).path("requiredBy"))).contains(withPrerequisites);
        String parent = target.path("parents").get(target.path("parents").size() - 1).path("id").asString();
        assertThat(ids(get("/api/v1/targets/" + parent).path("children"))).contains(withPrerequisites);
    }

    @Test
    void aRoleListsItsNeedsGroupedByDomain() {
        JsonNode roles = get("/api/v1/roles?size=200");
        assertThat(roles.path("total").asInt()).isGreaterThanOrEqualTo(9);
        String first = roles.path("items").get(0).path("id").asString();
        JsonNode role = get("/api/v1/roles/" + first);
        int needs = 0;
        for (JsonNode group : role.path("needs")) {
            assertThat(group.path("domain").path("id").asString()).isNotBlank();
            for (JsonNode n : group.path("needs")) {
                assertThat(n.path("level").asInt()).isBetween(1, 4);
                assertThat(n.path("importance").asDouble()).isBetween(0.0, 1.0);
                needs++;
            }
        }
        assertThat(needs).isEqualTo(roles.path("items").get(0).path("needCount").asInt());
    }

    @Test
    void statisticsKeepConflictingFiguresAsSuch() {
        JsonNode stats = get("/api/v1/statistics?credential=hit");
        JsonNode exam = stats.get(0).path("series").get(0);
        JsonNode y2023 = null;
        for (JsonNode p : exam.path("points")) {
            if (p.path("year").asInt() == 2023) {
                y2023 = p;
            }
        }
        assertThat(y2023).isNotNull();
        assertThat(y2023.path("conflicting").asBoolean()).isTrue();
        assertThat(y2023.path("passed").isNull()).isTrue();
        assertThat(y2023.path("entries").findValuesAsString("passed")).containsExactlyInAnyOrder("1145", "1153");
        assertThat(y2023.path("examinees").asInt()).isEqualTo(3170);
    }

    @Test
    void referenceDataCarriesAnEtagAndA304WhenUnchanged() {
        var result = http.get().uri("/api/v1/credentials/hit").exchange().expectStatus().isOk().expectBody().returnResult();
        String etag = result.getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        assertThat(result.getResponseHeaders().getCacheControl()).contains("max-age");
        http.get().uri("/api/v1/credentials/hit").header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isNotModified();
    }

    @Test
    void unknownIdsAre404Problems() {
        for (String uri : List.of("/api/v1/credentials/nope", "/api/v1/credentials/NOT%20AN%20ID", "/api/v1/targets/hit.no.such",
                "/api/v1/roles/nobody", "/api/v1/frameworks/nope/versions", "/api/v1/frameworks/hit/versions/v99/targets",
                "/api/v1/frameworks/hit/versions/current/targets?domain=hit.nothing", "/api/v1/statistics?credential=nope",
                "/api/v1/no-such-route", "/nothing-here")) {
            JsonNode problem = problem(uri, 404);
            assertThat(problem.path("type").asString()).isEqualTo("https://michishirube.org/problems/not-found");
        }
    }

    @Test
    void malformedParametersAre400ProblemsNamingTheParameter() {
        Map<String, String> cases = Map.of(
                "/api/v1/credentials?page=-1", "page",
                "/api/v1/credentials?size=0", "size",
                "/api/v1/credentials?size=abc", "size",
                "/api/v1/roles?size=100000", "size",
                "/api/v1/frameworks/hit/versions/current/targets?depth=0", "depth",
                "/api/v1/targets/hit.it?version=not-a-version", "version");
        cases.forEach((uri, parameter) -> {
            JsonNode problem = problem(uri, 400);
            assertThat(problem.path("type").asString()).isEqualTo("https://michishirube.org/problems/invalid-parameter");
            assertThat(problem.path("parameter").asString()).as(uri).isEqualTo(parameter);
        });
    }

    @Test
    void aWrongMethodIs405AndAWrongAcceptIs406() {
        http.delete().uri("/api/v1/credentials/hit").exchange().expectStatus().isEqualTo(401);
        JsonNode notAcceptable = problemOf(http.get().uri("/api/v1/credentials/hit").accept(MediaType.APPLICATION_XML).exchange()
                .expectStatus().isEqualTo(406));
        assertThat(notAcceptable.path("type").asString()).endsWith("/not-acceptable");
    }

    private JsonNode get(String uri) {
        return http.get().uri(absolute(uri)).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode problem(String uri, int status) {
        return problemOf(http.get().uri(absolute(uri)).exchange().expectStatus().isEqualTo(status));
    }

    static JsonNode problemOf(WebTestClient.ResponseSpec spec) {
        var result = spec.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult();
        JsonNode body = result.getResponseBody();
        assertThat(body.path("status").asInt()).isEqualTo(result.getStatus().value());
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(body.path("requestId").asString()).isNotBlank();
        // The stable code a client's text is looked up by, and the parameters to fill it with.
        String slug = body.path("type").asString().substring(body.path("type").asString().lastIndexOf('/') + 1);
        assertThat(body.path("code").asString()).isEqualTo(body.has("evidence") ? body.path("code").asString() : slug);
        assertThat(body.path("params").isObject()).isTrue();
        body.properties().forEach(m -> {
            if (m.getValue().isValueNode() && !List.of("type", "title", "status", "detail", "instance", "requestId", "code").contains(m.getKey())) {
                assertThat(body.path("params").path(m.getKey())).as("params." + m.getKey()).isEqualTo(m.getValue());
            }
        });
        assertThat(body.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    private static List<String> ids(JsonNode array) {
        return array.findValuesAsString("id").stream().toList().isEmpty() ? List.of()
                : java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asString()).toList();
    }

    private static List<String> allIds(JsonNode targets) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode t : targets) {
            out.add(t.path("id").asString());
            out.addAll(allIds(t.path("children")));
        }
        return out;
    }
}
