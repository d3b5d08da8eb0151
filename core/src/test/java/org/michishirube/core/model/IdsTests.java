package org.michishirube.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTests {

    /** The grammar as the docs write it; the scanner must agree with it on every string. */
    private static final Pattern GRAMMAR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    @Test
    void examples() {
        assertThat(Ids.isWellFormed("hit")).isTrue();
        assertThat(Ids.isWellFormed("miis.dicom.gsps")).isTrue();
        assertThat(Ids.isWellFormed("hit.it.net-2.tcp-ip")).isTrue();
        for (String bad : new String[] {null, "", ".", "-", "a.", "a-", ".a", "-a", "a..b", "a--b", "a.-b", "a-.b", "A",
            "a b", "ａ", "医療", "a_b", "a@b"}) {
            assertThat(Ids.isWellFormed(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThatThrownBy(() -> new FrameworkId("Hit")).hasMessageContaining("Framework id is malformed: Hit");
    }

    @Test
    void scannerAgreesWithTheGrammarOnRandomStrings() {
        char[] alphabet = {'a', 'z', '0', '9', '-', '.', 'A', '_', ' ', 'é'};
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            for (int n = 0; n < 200; n++) {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(8);
                for (int i = 0; i < length; i++) {
                    // Mostly the id alphabet, so that both answers occur often.
                    s.append(alphabet[random.nextInt(random.nextInt(10) < 8 ? 6 : alphabet.length)]);
                }
                String value = s.toString();
                assertThat(Ids.isWellFormed(value)).as("seed %d: \"%s\"", seed, value)
                    .isEqualTo(GRAMMAR.matcher(value).matches());
            }
        }
    }
}
