package org.michishirube.api.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.testing.Fixtures;
import org.michishirube.api.testing.Tokens;
import org.michishirube.interop.occupation.OccupationalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class RolesAndCtdlImportApiIT {

    static final MediaType CSV = MediaType.valueOf("text/csv");

    @Autowired
    WebTestClient http;

    private final String steward = Tokens.forRoles("steward-" + System.nanoTime(), List.of("steward"));

    @Test
    void escoOccupationsArriveAsPublicRolesAndCanBeRemovedAgain() {
        String csv = OccupationalData.withShippedCrosswalk().esco(Fixtures.read("esco/occupations_en.csv"),
                Fixtures.read("esco/occupationSkillRelations.csv")).csv();
        CaseApiIT.problem(http.post().uri("/api/v1/interop/roles").contentType(CSV).bodyValue(csv).exchange(), 401);
        CaseApiIT.problem(http.post().uri("/api/v1/interop/roles").contentType(CSV)
                .headers(h -> h.setBearerAuth(Tokens.forRoles("l", List.of("learner")))).bodyValue(csv).exchange(), 403);
        JsonNode report = http.post().uri("/api/v1/interop/roles").contentType(CSV).headers(h -> h.setBearerAuth(steward)).bodyValue(csv)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> created = new ArrayList<>();
        report.get("created").forEach(r -> created.add(r.asString()));
        try {
            assertThat(created).hasSize(9).contains("esco-picture-archiving-and-communication-systems-administrator");
            JsonNode role = http.get().uri("/api/v1/roles/esco-picture-archiving-and-communication-systems-administrator").exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(role.toString()).contains("miis.pacs.ris");
        } finally {
            created.forEach(id -> http.delete().uri("/api/v1/interop/roles/" + id).headers(h -> h.setBearerAuth(steward)).exchange()
                    .expectStatus().isNoContent());
        }
        http.get().uri("/api/v1/roles/esco-picture-archiving-and-communication-systems-administrator").exchange().expectStatus().isNotFound();
    }

    @Test
    void aFaultyCsvIsRefusedLineByLine() {
        JsonNode problem = CaseApiIT.problem(http.post().uri("/api/v1/interop/roles").contentType(CSV).headers(h -> h.setBearerAuth(steward))
                .bodyValue("""
                        role_id,role_name_ja,role_name_en,family,target_id,level,importance
                        x-role,役割,Role,hospital-it,hit.it.db,2,0.5
                        x-role,役割,Role,hospital-it,hit.nope,2,0.5
                        x-role,役割,Role,hospital-it,hit.it.net,9,0.5
                        """).exchange(), 422);
        assertThat(problem.get("faults").findValuesAsString("where")).containsExactly("line 3", "line 4");
        http.get().uri("/api/v1/roles/x-role").exchange().expectStatus().isNotFound();
    }

    @Test
    void theOnetCtdlFrameworkImportsAndAPathwayGraphIsRefusedWithTheReason() {
        JsonNode report = http.post().uri("/api/v1/interop/ctdl/imports?framework=onet-knowledge&version=" + (System.nanoTime() % 100000))
                .contentType(MediaType.valueOf("application/ld+json")).headers(h -> h.setBearerAuth(steward))
                .bodyValue(Fixtures.read("ctdl/competency-framework/onet-knowledge_ctdlasn-graph.json"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(report.get("targetCount").asInt()).isEqualTo(41);
        JsonNode refused = CaseApiIT.problem(http.post().uri("/api/v1/interop/ctdl/imports?framework=badgr&version=1")
                .contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(steward))
                .bodyValue(Fixtures.read("ctdl/pathway/badgr-french-ba-marketable-skills_pathway-graph.json")).exchange(), 422);
        assertThat(refused.get("faults").get(0).get("fault").asString()).contains("holds no ceasn:CompetencyFramework", "ceterms:Pathway");
    }
}
