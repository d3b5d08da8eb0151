package org.michishirube.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class EntityTagsTests {

    private static final EntityTags DRAFT = new EntityTags('d');

    @Test
    void aVersionIsAStrongTagOfItsKind() {
        assertThat(DRAFT.of(3)).isEqualTo("\"d3\"");
        assertThat(DRAFT.ifMatch(DRAFT.of(3))).hasValue(3);
        assertThat(DRAFT.ifMatch("  \"d42\" ")).hasValue(42);
    }

    @Test
    void noHeaderNamesNoVersion() {
        assertThat(DRAFT.ifMatch(null)).isEmpty();
        assertThat(DRAFT.ifMatch(" ")).isEqualTo(OptionalLong.empty());
    }

    @Test
    void weakForeignAndWildcardTagsMatchNoVersion() {
        // If-Match compares strongly (RFC 9110 §13.1.1): the right version as a weak validator does not match.
        for (String header : new String[] {"W/\"d3\"", "\"v3\"", "\"d\"", "d3", "\"d3\", \"d4\"", "*", "\"d1234567890123456789\""}) {
            assertThat(DRAFT.ifMatch(header)).as(header).hasValue(EntityTags.NO_VERSION);
        }
        assertThat(EntityTags.isAny(" * ")).isTrue();
        assertThat(EntityTags.isAny("\"d3\"")).isFalse();
        assertThat(EntityTags.isAny(null)).isFalse();
    }

    @Test
    void aVersionedBodyIsAnsweredWithItsTag() {
        var answer = DRAFT.ok(new Versioned<>("body", 7));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"d7\"");
        assertThat(answer.getBody()).isEqualTo("body");
    }

    @Test
    void theKindIsOneLowercaseLetter() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EntityTags('D'));
        assertThatIllegalArgumentException().isThrownBy(() -> new EntityTags('1'));
    }
}
