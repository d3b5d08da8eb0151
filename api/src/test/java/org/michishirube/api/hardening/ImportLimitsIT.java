package org.michishirube.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.michishirube.interop.curriculum.CurriculumCsv;
import org.michishirube.api.testing.ApiIT;
import org.michishirube.api.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** An import over the row limit is refused as a whole, naming where the limit was reached, and stores nothing. */
@ApiIT
class ImportLimitsIT {

    private static final String ID = "univ-limits.big";
    private final String educator = Tokens.sign(Tokens.SECRET, "limits", List.of("educator"), "univ-limits", Instant.now().plusSeconds(600));

    @Autowired
    WebTestClient http;

    @AfterEach
    void remove() {
        http.delete().uri("/api/v1/curricula/" + ID).headers(h -> h.setBearerAuth(educator)).exchange().expectBody().returnResult();
    }

    @Test
    void aCurriculumCsvOverTheRowLimitIsRefusedWhole() {
        http.post().uri("/api/v1/curricula").headers(h -> h.setBearerAuth(educator)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"" + ID + "\", \"name\": {\"ja\": \"行数上限\", \"en\": \"Row limit\"}}").exchange().expectStatus().isCreated();
        StringBuilder csv = new StringBuilder("course_code,title_ja,title_en,year,semester,hours,credits,syllabus,target,depth,evidence\n");
        for (int i = 0; i < 5001; i++) {
            csv.append("C").append(i).append(",講義,Lecture,1,前期,2,1,,hit.it.db.sql,introduces,\n");
        }
        JsonNode problem = http.put().uri("/api/v1/curricula/" + ID + "/courses").headers(h -> h.setBearerAuth(educator))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv.toString()).exchange()
                .expectStatus().isEqualTo(422).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.path("type").asString()).endsWith("/invalid-csv");
        assertThat(problem.toString()).contains("5000");
        JsonNode curriculum = http.get().uri("/api/v1/curricula/" + ID).headers(h -> h.setBearerAuth(educator)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(curriculum.path("courses").size()).isZero();
    }
}
