package org.michishirube.api.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.michishirube.api.testing.ApiIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIT
class SearchApiIT {

    @Autowired
    WebTestClient http;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** Already-encoded URIs go out as they are; a relative string would be encoded a second time. */
    private java.net.URI absolute(String pathAndQuery) {
        return java.net.URI.create("http://localhost:" + port + pathAndQuery);
    }

    @Test
    void japaneseSearchFindsMiisWithAMarkedSnippet() {
        JsonNode page = http.get().uri(b -> b.path("/api/v1/search").queryParam("q", "画像").queryParam("type", "credential").build())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(page.path("items").findValuesAsString("id")).contains("miis");
        assertThat(page.toString()).contains("<mark>画像</mark>");
    }

    @Test
    void badQueriesAre400Problems() {
        for (String query : new String[] {"", "q=", "q=%20%20", "q=x&type=planet", "q=x&lang=fr", "q=x&size=0", "q=x&framework=astrology", "q=x&credential=astronaut", "q=" + "a".repeat(201)}) {
            var result = http.get().uri(absolute("/api/v1/search?" + query)).exchange().expectStatus().isBadRequest()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(result.path("type").asString()).as(query).isEqualTo("https://michishirube.org/problems/invalid-parameter");
        }
    }

    @Test
    void injectionStringsAreSearchedAsText() {
        for (String q : new String[] {"' OR 1=1 --", "MATCH (n) DETACH DELETE n", "<script>alert(1)</script>", "\\", "\"", "*:*"}) {
            http.get().uri(absolute("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).exchange().expectStatus().isOk();
        }
        http.get().uri("/api/v1/credentials/hit").exchange().expectStatus().isOk();
    }

    @Test
    void aHitCarriesItsFieldFrameworkAndPathAndFiltersNarrowIt() {
        JsonNode page = http.get().uri(b -> b.path("/api/v1/search").queryParam("q", "階層ストレージ").queryParam("framework", "miis")
                        .queryParam("credential", "miis").build())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("id").asString()).isEqualTo("miis.pacs.storage-tiers");
        assertThat(first.path("field").asString()).isEqualTo("nameJa");
        assertThat(first.path("framework").asString()).isEqualTo("miis");
        assertThat(first.path("version").asString()).isEqualTo("miis@2011");
        assertThat(first.path("path").findValuesAsString("id")).containsExactly("miis.imaging-systems", "miis.pacs", "miis.pacs.storage-tiers");
        assertThat(page.path("total").asLong()).isPositive();
    }

    @Test
    void onlyStopWordsOrSymbolsAnswerAnEmptyPage() {
        for (String q : new String[] {"the", "の", "!!!"}) {
            JsonNode page = http.get().uri(b -> b.path("/api/v1/search").queryParam("q", q).build())
                    .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(page.path("items").size()).as(q).isZero();
            assertThat(page.path("total").asLong()).as(q).isZero();
        }
    }
}
