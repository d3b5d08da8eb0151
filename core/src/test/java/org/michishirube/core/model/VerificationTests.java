package org.michishirube.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The four-level scale's codes, and the former top level that stored graphs and drafts may still hold. */
class VerificationTests {

    @Test
    void everyLevelReadsBackFromItsCodeStrongestFirst() {
        assertThat(Verification.values()).extracting(Verification::code)
                .containsExactly("official", "corroborated", "secondary", "inferred");
        for (Verification v : Verification.values()) {
            assertThat(Verification.fromCode(v.code())).isEqualTo(v);
        }
    }

    @Test
    void theFormerVerifiedLevelReadsAsCorroboratedAndAnUnknownCodeIsRefused() {
        assertThat(Verification.fromCode("verified")).isEqualTo(Verification.CORROBORATED);
        assertThatThrownBy(() -> Verification.fromCode("checked")).isInstanceOf(IllegalArgumentException.class);
    }
}
