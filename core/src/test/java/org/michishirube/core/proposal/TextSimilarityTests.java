package org.michishirube.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed similarities. */
class TextSimilarityTests {

    @Test
    void japaneseComparesCharacterBigramsAfterNormalising() {
        // {医の, の倫, 倫理} and {医療, 療倫, 倫理}: 1 shared of 5.
        assertThat(TextSimilarity.japanese("医の倫理", "医療倫理")).isCloseTo(0.2, within(1e-9));
        // Middle dots and full-width letters are normalised away.
        assertThat(TextSimilarity.japanese("インフォームド・コンセント", "インフォームドコンセント")).isEqualTo(1.0);
        assertThat(TextSimilarity.japanese("ＳＱＬ", "sql")).isEqualTo(1.0);
        assertThat(TextSimilarity.japanese("表", "表")).isEqualTo(1.0);
        assertThat(TextSimilarity.japanese("", "")).isZero();
    }

    @Test
    void englishComparesWordsWithoutStopWords() {
        // {medical, ethics} and {ethics, medicine}: 1 shared of 3.
        assertThat(TextSimilarity.english("Medical ethics", "Ethics of medicine")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(TextSimilarity.english("Role of the database", "database role")).isEqualTo(1.0);
        assertThat(TextSimilarity.english("White-box testing", "Black-box testing")).isCloseTo(0.5, within(1e-9));
    }
}
