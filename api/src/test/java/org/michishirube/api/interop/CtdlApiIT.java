package org.michishirube.api.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApiIT
class CtdlApiIT {

    WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        this.http = client.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
    }

    @Test
    void aPlanBecomesAPathwayShapedLikeTheRegistrysExamples() {
        JsonNode graph = http.post().uri("/api/v1/plans/ctdl").contentType(MediaType.APPLICATION_JSON).accept(MediaType.valueOf("application/ld+json"))
                .bodyValue("""
                        {"profile": {"credentials": [], "hoursPerWeek": 5}, "goal": {"credential": "senior-hit"}, "today": "2026-04-01"}""")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(graph.get("@context").asString()).isEqualTo("https://credreg.net/ctdl/schema/context/json");
        Map<String, JsonNode> byId = new HashMap<>();
        graph.get("@graph").forEach(n -> byId.put(n.get("@id").asString(), n));
        JsonNode pathway = graph.get("@graph").get(0);
        assertThat(pathway.get("@type").asString()).isEqualTo("ceterms:Pathway");
        JsonNode destination = byId.get(pathway.get("ceterms:hasDestinationComponent").asString());
        assertThat(destination.get("@type").asString()).isEqualTo("ceterms:CredentialComponent");
        assertThat(destination.get("ceterms:name").get("ja").asString()).isEqualTo("上級医療情報技師");
        pathway.get("ceasn:hasPart").forEach(p -> assertThat(byId).containsKey(p.asString()));
        // HIT must be earned on the way: its CredentialComponent is a child of the destination.
        assertThat(destination.get("ceasn:hasChild").toString()).isNotEmpty();
        boolean hitOnTheWay = false;
        for (JsonNode child : destination.get("ceasn:hasChild")) {
            JsonNode c = byId.get(child.asString());
            hitOnTheWay |= c.get("@type").asString().equals("ceterms:CredentialComponent") && c.get("ceterms:name").get("ja").asString().equals("医療情報技師");
        }
        assertThat(hitOnTheWay).isTrue();
        // As in the Badgr example, every condition's targets are among its component's children.
        graph.get("@graph").forEach(n -> n.path("ceterms:hasCondition").forEach(cond -> {
            Set<String> children = new HashSet<>();
            n.get("ceasn:hasChild").forEach(c -> children.add(c.asString()));
            assertThat(cond.get("ceterms:requiredNumber").asInt()).isPositive();
            cond.get("ceterms:targetComponent").forEach(t -> assertThat(children).contains(t.asString()));
        }));
        Map<String, Set<String>> real = shapes(JsonMapper.builder().build().readTree(
                Fixtures.read("ctdl/pathway/badgr-french-ba-marketable-skills_pathway-graph.json")));
        Set<String> allowed = Set.of("ceterms:isDestinationComponentOf", "ceterms:proxyFor", "ceterms:pointValue", "ceterms:componentDesignation",
                "ceterms:precedes");
        // Where to learn a step: CTDL classes the Badgr example does not use, each with CTDL terms only.
        Map<String, Set<String>> learning = Map.of(
                "ceterms:CourseComponent", Set.of("@id", "@type", "ceterms:ctid", "ceterms:name", "ceasn:isPartOf", "ceterms:proxyFor", "ceterms:precedes"),
                "ceterms:Course", Set.of("@id", "@type", "ceterms:ctid", "ceterms:name", "ceterms:description", "ceterms:codedNotation",
                        "ceterms:subjectWebpage", "ceterms:estimatedDuration", "ceterms:teaches"),
                "ceterms:LearningOpportunityProfile", Set.of("@id", "@type", "ceterms:ctid", "ceterms:name", "ceterms:description",
                        "ceterms:inLanguage", "ceterms:subjectWebpage", "ceterms:estimatedDuration", "ceterms:teaches"),
                "ceterms:DurationProfile", Set.of("@type", "ceterms:exactDuration"),
                "ceterms:CredentialAlignmentObject", Set.of("@type", "ceterms:targetNode", "ceterms:targetNodeName"));
        shapes(graph).forEach((type, keys) -> {
            Set<String> rest = new HashSet<>(keys);
            rest.removeAll(allowed);
            if (real.containsKey(type)) {
                assertThat(real.get(type)).as(type).containsAll(rest);
            } else if (learning.containsKey(type)) {
                assertThat(learning.get(type)).as(type).containsAll(keys);
            } else {
                assertThat(type).isEqualTo("ceterms:CompetencyComponent");
            }
        });
    }

    @Test
    void frameworksAndCredentialsAreServedAsCtdl() {
        JsonNode framework = http.get().uri("/api/v1/frameworks/miis/versions/current/ctdl").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(framework.at("/@graph/0/@type").asString()).isEqualTo("ceasn:CompetencyFramework");
        JsonNode licence = http.get().uri("/api/v1/credentials/radiological-technologist/ctdl").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(licence.at("/@graph/0/@type").asString()).isEqualTo("ceterms:License");
        JsonNode hit = http.get().uri("/api/v1/credentials/hit/ctdl").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(hit.at("/@graph/0/@type").asString()).isEqualTo("ceterms:Certification");
        CaseApiIT.problem(http.get().uri("/api/v1/credentials/nope/ctdl").exchange(), 404);
    }

    static Map<String, Set<String>> shapes(JsonNode graph) {
        Map<String, Set<String>> keys = new HashMap<>();
        collect(graph.get("@graph"), keys);
        return keys;
    }

    private static void collect(JsonNode n, Map<String, Set<String>> keys) {
        if (n.isArray()) {
            n.forEach(x -> collect(x, keys));
        } else if (n.isObject()) {
            if (n.path("@type").isString()) {
                n.propertyNames().forEach(k -> keys.computeIfAbsent(n.get("@type").asString(), t -> new HashSet<>()).add(k));
            }
            n.forEach(v -> collect(v, keys));
        }
    }
}
