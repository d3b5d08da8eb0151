package org.michishirube.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.LocalizedText;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class PreEncodedNamesTests {

    private final JsonMapper plain = JsonMapper.builder().build();
    private final JsonMapper preEncoded = JsonMapper.builder().addModule(PreEncodedNames.module()).build();

    record Step(int index, LocalizedText name, List<LocalizedText> more) {
    }

    @Test
    void writesTheSameBytesAsJacksonDoesForTheRecord() {
        List<LocalizedText> texts = List.of(new LocalizedText("医用画像情報専門技師", "Medical Imaging Information Specialist"),
                new LocalizedText("\"引用\" \\ 改行\n タブ\t 制御\u0001", "quote \" backslash \\ slash / </script>"),
                new LocalizedText("絵文字 🏥 サロゲート", "U+2028 \u2028 and U+2029 \u2029"), new LocalizedText("a", "b"));
        for (LocalizedText text : texts) {
            Step step = new Step(1, text, List.of(text, text));
            // Twice: the first encodes, the second writes the cached bytes.
            for (int i = 0; i < 2; i++) {
                assertThat(new String(preEncoded.writeValueAsBytes(step), StandardCharsets.UTF_8))
                        .isEqualTo(new String(plain.writeValueAsBytes(step), StandardCharsets.UTF_8));
                assertThat(preEncoded.writeValueAsString(Map.of("name", text))).isEqualTo(plain.writeValueAsString(Map.of("name", text)));
            }
        }
    }

    @Test
    void agreesOnSeededRandomText() {
        for (long seed = 0; seed < 50; seed++) {
            Random random = new Random(seed);
            StringBuilder ja = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                ja.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x3000 + random.nextInt(0x6000));
                en.appendCodePoint(random.nextInt(0x250));
            }
            LocalizedText text = new LocalizedText(ja.toString(), en.toString());
            assertThat(preEncoded.writeValueAsBytes(text)).as("seed %d", seed).isEqualTo(plain.writeValueAsBytes(text));
        }
    }

    @Test
    void indentedOutputIsStillIndented() {
        LocalizedText text = new LocalizedText("領域", "Domain");
        assertThat(preEncoded.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(new Step(1, text, List.of())))
                .isEqualTo(plain.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(new Step(1, text, List.of())));
    }
}
