package org.michishirube.data.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.testing.TestDatabase;
import org.michishirube.dataset.SearchVocabulary;
import org.michishirube.testing.TestNeo4j;

/** Search over the snapshot that the real in-process Neo4j gives, as the service builds it. */
class SearchIT {

    private static PublishedGraph graph;
    private static Search search;

    @BeforeAll
    static void load() {
        graph = TestDatabase.withShippedDataset();
        search = new Search(graph, SearchVocabulary.shipped());
    }

    private static SearchPage find(String q, String type, String lang, String framework, String credential, int page, int size) {
        return search.find(new SearchQuery(q, Optional.ofNullable(type), Optional.ofNullable(lang), Optional.ofNullable(framework),
                Optional.ofNullable(credential), page, size));
    }

    @Test
    void aJapaneseWordFindsTheImagingCredentialAndMarksTheWordByItsOffsets() {
        SearchPage page = search.search("画像", Optional.of("credential"), "ja", 0, 50).block();
        assertThat(page.hits()).extracting(SearchHit::id).contains("miis");
        SearchHit miis = page.hits().stream().filter(h -> h.id().equals("miis")).findFirst().orElseThrow();
        assertThat(miis.snippet()).isEqualTo("医用<mark>画像</mark>情報専門技師");
        assertThat(miis.field()).isEqualTo("nameJa");
        assertThat(miis.framework()).isEqualTo("miis");
    }

    @Test
    void wordsNotCharactersDecide() {
        // 生涯学習 shares 学習 with 機械学習; the renewal's 生涯研修 (lifelong learning) is the word meant.
        SearchPage lifelong = find("生涯学習", null, null, null, null, 0, 5);
        assertThat(lifelong.hits().get(0).id()).isIn("hit", "senior-hit");
        assertThat(lifelong.hits().get(0).field()).isEqualTo("renewalJa");
        // 階層ストレージ is ストレージ階層 in the other order.
        SearchHit tiers = find("階層ストレージ", null, "ja", null, null, 0, 5).hits().get(0);
        assertThat(tiers.id()).isEqualTo("miis.pacs.storage-tiers");
        // Adjacent matched words form one mark.
        assertThat(tiers.snippet()).isEqualTo("<mark>ストレージ階層</mark>と容量設計");
        // No item is about professionalism: nothing, rather than profiles sharing ム.
        assertThat(find("プロフェッショナリズム", null, null, null, null, 0, 5).total()).isZero();
    }

    @Test
    void synonymsAndLabelsCrossLanguagesAndWidthsFold() {
        assertThat(find("EHR", "target", "ja", null, null, 0, 5).hits().get(0).id()).isEqualTo("hit.sys.his.ehr");
        assertThat(find("EHR", "target", "ja", null, null, 0, 5).hits().get(0).snippet()).isEqualTo("<mark>電子カルテ</mark>システム");
        assertThat(find("ｽﾄﾚｰｼﾞ", null, null, null, null, 0, 5).hits().get(0).id()).isEqualTo("miis.pacs.storage-tiers");
        SearchHit kana = find("でんしかるて", null, null, null, null, 0, 5).hits().get(0);
        assertThat(kana.id()).isEqualTo("hit.sys.his.ehr");
        // Found by reading, and the words whose readings spell the query are marked.
        assertThat(kana.field()).isEqualTo("reading");
        assertThat(kana.snippet()).isEqualTo("<mark>電子カルテ</mark>システム");
    }

    @Test
    void targetsCarryTheirPathAndVersion() {
        SearchHit tiers = find("ストレージ階層", "target", null, null, null, 0, 1).hits().get(0);
        // miis@2011.yaml: domain miis.imaging-systems › area miis.pacs › item miis.pacs.storage-tiers
        assertThat(tiers.path()).extracting(SearchHit.PathStep::id).containsExactly("miis.imaging-systems", "miis.pacs", "miis.pacs.storage-tiers");
        assertThat(tiers.path().get(0).name().ja()).isEqualTo("画像情報システム");
        assertThat(tiers.version()).isEqualTo("miis@2011");
    }

    @Test
    void filtersByTypeLanguageFrameworkAndCredential() {
        assertThat(find("情報", "role", null, null, null, 0, 200).hits()).isNotEmpty().allSatisfy(h -> assertThat(h.type()).isEqualTo("role"));
        assertThat(find("DICOM", null, "en", null, null, 0, 200).hits()).isNotEmpty().allSatisfy(h -> assertThat(h.field()).endsWith("En"));
        assertThat(find("DICOM", null, null, "miis", null, 0, 200).hits()).isNotEmpty().allSatisfy(h -> assertThat(h.framework()).isEqualTo("miis"));
        assertThat(find("セキュリティ", null, null, null, "senior-hit", 0, 200).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.id()).satisfiesAnyOf(id -> assertThat(id).startsWith("senior-hit"),
                        id -> assertThat(h.type()).isEqualTo("role")));
        // The current HIT version's targets by default; a retired version only when asked for by name.
        assertThat(find("ネットワーク", "target", null, "hit", null, 0, 200).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.version()).isEqualTo("hit@fy2020"));
        assertThat(find("ネットワーク", "target", null, "hit@pre-fy2020", null, 0, 200).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.version()).isEqualTo("hit@pre-fy2020"));
        // hit@fy2020 added data analysis (domain.md, FY2020 revision): the retired version has no such area.
        assertThat(find("データ解析", "target", null, "hit@pre-fy2020", null, 0, 200).hits()).extracting(SearchHit::id).doesNotContain("hit.it.analysis");
        assertThat(find("データ解析", "target", null, "hit", null, 0, 200).hits()).extracting(SearchHit::id).contains("hit.it.analysis");
    }

    @Test
    void japaneseTypedOnTheEnglishPageIsStillFound() {
        // The page sends its own language; an English page user may type Japanese.
        SearchPage page = find("電子カルテ", "target", "en", null, null, 0, 5);
        assertThat(page.hits().get(0).id()).isEqualTo("hit.sys.his.ehr");
        // English-only matching is kept when the query has English words.
        assertThat(find("DICOM", null, "en", null, null, 0, 50).hits()).allSatisfy(h -> assertThat(h.field()).endsWith("En"));
    }

    @Test
    void stopWordsAndSymbolsAnswerAnEmptyPage() {
        for (String q : new String[] {"the of and", "の", "!!!", "・・・", "  ", "*"}) {
            SearchPage page = find(q, null, null, null, null, 0, 20);
            assertThat(page.hits()).as(q).isEmpty();
            assertThat(page.total()).as(q).isZero();
        }
    }

    @Test
    void aSingleCharacterFallsBackToSubstrings() {
        SearchPage page = search.search("像", Optional.empty(), "ja", 0, 200).block();
        assertThat(page.hits()).isNotEmpty();
        assertThat(page.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("像"));
    }

    @Test
    void queryLanguageAndMarkupAreTreatedAsText() {
        for (String q : new String[] {"\" OR 1=1 //", "a:b AND (c", "AND", "NOT OR", "' MATCH (n) DETACH DELETE n //", "<script>alert(1)</script>", "*"}) {
            SearchPage page = search.search(q, Optional.empty(), "en", 0, 10).block();
            assertThat(page).isNotNull();
            page.hits().forEach(h -> assertThat(h.snippet()).doesNotContain("<script>"));
        }
        assertThat(search.search("画像", Optional.empty(), "ja", 0, 5).block().total()).isPositive();
    }

    @Test
    void theLongestQueryWithManySynonymsIsAnswered() {
        String q = ("EHR PACS RIS 電子カルテ 放射線情報システム 画像保存通信システム 医用画像 DPC AI BCP privacy "
                + "オーダリング 生涯学習 インフォームドコンセント 被ばく線量 モニター 遠隔診療 匿名加工 インターフェース ").repeat(3).substring(0, 200);
        SearchPage page = find(q, null, null, null, null, 0, 20);
        assertThat(page.total()).isPositive();
    }

    @Test
    void pagesAreStableAndAddUpToTheTotal() {
        SearchPage all = search.search("情報", Optional.empty(), "ja", 0, 200).block();
        SearchPage first = search.search("情報", Optional.empty(), "ja", 0, 5).block();
        SearchPage second = search.search("情報", Optional.empty(), "ja", 1, 5).block();
        assertThat(first.total()).isEqualTo(all.total()).isEqualTo(all.hits().size());
        assertThat(first.hits()).isEqualTo(all.hits().subList(0, 5));
        assertThat(second.hits()).isEqualTo(all.hits().subList(5, 10));
        assertThat(search.search("情報", Optional.empty(), "ja", 1000, 5).block().hits()).isEmpty();
    }

    @Test
    void theIndexIsSwappedWithTheSnapshotWhenTheRevisionMoves() {
        String uid = "miis@2011/miis.pacs.vna";
        try (var session = TestNeo4j.driver().session()) {
            String before = session.run("MATCH (t:Target {uid: $uid}) RETURN t.nameEn AS n", Map.of("uid", uid)).single().get("n").asString();
            try {
                session.run("MATCH (t:Target {uid: $uid}) SET t.nameEn = 'Quuxarchive' WITH 1 AS x MATCH (g:GraphState {id: 'graph'}) SET g.revision = g.revision + 1",
                        Map.of("uid", uid)).consume();
                // Not before the snapshot moves: search reads memory, not the database.
                assertThat(find("quuxarchive", null, null, null, null, 0, 5).hits()).isEmpty();
                long revision = search.revision();
                assertThat(graph.refreshIfStale()).isTrue();
                assertThat(search.revision()).isEqualTo(graph.snapshot().revision()).isGreaterThan(revision);
                assertThat(find("quuxarchive", null, null, null, null, 0, 5).hits()).extracting(SearchHit::id).containsExactly("miis.pacs.vna");
            } finally {
                session.run("MATCH (t:Target {uid: $uid}) SET t.nameEn = $n WITH 1 AS x MATCH (g:GraphState {id: 'graph'}) SET g.revision = g.revision + 1",
                        Map.of("uid", uid, "n", before)).consume();
                graph.refreshIfStale();
            }
        }
        assertThat(find("quuxarchive", null, null, null, null, 0, 5).hits()).isEmpty();
    }
}
