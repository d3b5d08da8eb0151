package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The shipped labels and synonyms pass their schemas and every label names an item of the dataset. */
class SearchVocabularyTests {

    private final SearchVocabulary vocabulary = SearchVocabulary.shipped();

    @Test
    void everyLabelledIdResolvesToAnItemOfTheShippedDataset() {
        assertThat(vocabulary.labels()).isNotEmpty();
        assertThat(vocabulary.unresolvedIds(ReferenceDataset.load())).isEmpty();
    }

    @Test
    void theIssuesSynonymsArePresentAndEveryGroupNamesASource() {
        assertThat(vocabulary.synonyms()).anySatisfy(g -> assertThat(g.terms()).contains("電子カルテ", "EHR", "電子診療録"));
        assertThat(vocabulary.synonyms()).anySatisfy(g -> assertThat(g.terms()).contains("放射線情報システム", "RIS"));
        assertThat(vocabulary.synonyms()).anySatisfy(g -> assertThat(g.terms()).contains("画像保存通信システム", "PACS"));
        assertThat(vocabulary.synonyms()).anySatisfy(g -> assertThat(g.terms()).contains("医用画像", "医療画像"));
        assertThat(vocabulary.synonyms()).allSatisfy(g -> assertThat(g.source()).isNotBlank());
        assertThat(vocabulary.labels().get("hit.sys.his.ehr").en()).contains("EHR");
    }

    @Test
    void anUnknownIdIsReportedAndABadFileIsRefused() {
        DatasetSource withStray = file -> file.equals(SearchVocabulary.LABELS)
                ? stream("labels:\n  no.such.item:\n    en: [X]\n") : DatasetSource.shipped().open(file);
        assertThat(SearchVocabulary.load(withStray).unresolvedIds(ReferenceDataset.load())).containsExactly("no.such.item");

        DatasetSource oneTermGroup = file -> file.equals(SearchVocabulary.SYNONYMS)
                ? stream("groups:\n- terms: [alone]\n  source: x\n") : DatasetSource.shipped().open(file);
        assertThatThrownBy(() -> SearchVocabulary.load(oneTermGroup)).isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("synonyms.yaml")));
    }

    @Test
    void aFolderWithoutTheFilesHasAnEmptyVocabulary() {
        Map<String, String> none = Map.of();
        SearchVocabulary empty = SearchVocabulary.load(file -> none.containsKey(file) ? stream(none.get(file)) : null);
        assertThat(empty.labels()).isEmpty();
        assertThat(empty.synonyms()).isEmpty();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
