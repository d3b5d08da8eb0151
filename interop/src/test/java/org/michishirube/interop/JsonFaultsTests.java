package org.michishirube.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

class JsonFaultsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTruncatedDocumentIsDescribedWithoutTheParsersSettingsOrClassNames() {
        // A CASE package cut off mid-object, as an interrupted upload leaves it.
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> json.readTree("{\"CFDocument\": {\"title\": \"x\""));

        String said = JsonFaults.malformed(e);

        assertThat(said).startsWith("malformed JSON: ").contains("end-of-input")
                .doesNotContain("Source:").doesNotContain("StreamReadFeature").doesNotContain("`");
    }

    @Test
    void aDocumentNestedTooDeeplyIsSaidInWords() {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> json.readTree("[".repeat(2_000) + "]".repeat(2_000)));

        assertThat(JsonFaults.malformed(e)).isEqualTo("malformed JSON: nested more than 500 levels deep");
    }
}
