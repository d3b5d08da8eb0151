package org.michishirube.data.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.testing.TestDatabase;

class SearchIT {

    private static Search search;

    @BeforeAll
    static void load() {
        PublishedGraph graph = TestDatabase.withShippedDataset();
        search = new Search(TestDatabase.database(), graph);
    }

    @Test
    void aJapaneseFragmentFindsTheImagingCredential() {
        SearchPage page = search.search("画像", Optional.of("credential"), "ja", 0, 50).block();
        assertThat(page.hits()).extracting(SearchHit::id).contains("miis");
        // Name matches rank above matches in a description only.
        assertThat(page.hits().get(0).name().ja()).contains("画像");
        assertThat(page.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>画像</mark>"));
        SearchHit miis = page.hits().stream().filter(h -> h.id().equals("miis")).findFirst().orElseThrow();
        assertThat(miis.snippet()).contains("<mark>画像</mark>");
    }

    @Test
    void aJapanesePhraseFindsHitFirstAmongCredentials() {
        SearchPage page = search.search("情報技師", Optional.of("credential"), "ja", 0, 10).block();
        assertThat(page.hits()).extracting(SearchHit::id).contains("hit", "senior-hit");
    }

    @Test
    void englishWordsMatchCaseInsensitivelyAndSnippetsAreInTheAskedLanguage() {
        SearchPage page = search.search("dicom", Optional.of("target"), "en", 0, 100).block();
        assertThat(page.total()).isGreaterThanOrEqualTo(3);
        assertThat(page.hits()).allSatisfy(h -> assertThat(h.type()).isEqualTo("target"));
        assertThat(page.hits().get(0).snippet()).containsIgnoringCase("<mark>dicom</mark>");
    }

    @Test
    void aOneCharacterQueryFallsBackToSubstringMatching() {
        SearchPage page = search.search("像", Optional.empty(), "ja", 0, 200).block();
        assertThat(page.hits()).isNotEmpty();
        assertThat(page.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("像"));
    }

    @Test
    void luceneSyntaxAndInjectionAttemptsAreTreatedAsText() {
        for (String q : new String[] {"\" OR 1=1 //", "a:b AND (c", "AND", "NOT OR", "' MATCH (n) DETACH DELETE n //", "<script>alert(1)</script>", "*"}) {
            SearchPage page = search.search(q, Optional.empty(), "en", 0, 10).block();
            assertThat(page).isNotNull();
            page.hits().forEach(h -> assertThat(h.snippet()).doesNotContain("<script>"));
        }
        assertThat(search.search("画像", Optional.empty(), "ja", 0, 5).block().total()).isPositive();
    }

    @Test
    void pagesAreStableAndAddUpToTheTotal() {
        SearchPage all = search.search("情報", Optional.empty(), "ja", 0, 200).block();
        SearchPage first = search.search("情報", Optional.empty(), "ja", 0, 5).block();
        SearchPage second = search.search("情報", Optional.empty(), "ja", 1, 5).block();
        assertThat(first.total()).isEqualTo(all.total());
        assertThat(first.hits()).isEqualTo(all.hits().subList(0, 5));
        assertThat(second.hits()).isEqualTo(all.hits().subList(5, 10));
    }
}
