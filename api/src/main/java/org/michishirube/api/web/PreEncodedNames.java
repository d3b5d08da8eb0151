package org.michishirube.api.web;

import java.util.concurrent.ConcurrentHashMap;

import org.michishirube.core.model.LocalizedText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes each {@code {ja, en}} name as UTF-8 bytes encoded once. The names of the graph are the same in every answer and
 * most of a plan's bytes (every step names its target in two languages); encoding them again for each request was the
 * largest single cost of writing a plan. The output is byte for byte what Jackson writes for the record
 * ({@code PreEncodedNamesTests}).
 */
@Configuration(proxyBeanMethods = false)
public class PreEncodedNames {

    /** Enough for every name of a large graph and its curricula; past it names are encoded per answer, as before. */
    static final int MAX_NAMES = 50_000;

    @Bean
    public JacksonModule preEncodedNamesModule() {
        return module();
    }

    static JacksonModule module() {
        return new SimpleModule("michishirube-pre-encoded-names").addSerializer(LocalizedText.class, new Serializer());
    }

    static final class Serializer extends StdSerializer<LocalizedText> {

        private final ConcurrentHashMap<LocalizedText, SerializableString> encoded = new ConcurrentHashMap<>();

        Serializer() {
            super(LocalizedText.class);
        }

        @Override
        public void serialize(LocalizedText text, JsonGenerator gen, SerializationContext context) {
            if (!(gen instanceof UTF8JsonGenerator) || gen.getPrettyPrinter() != null) {
                // Another format or indented output: write it field by field, as the record would be.
                gen.writeStartObject(text);
                gen.writeStringProperty("ja", text.ja());
                gen.writeStringProperty("en", text.en());
                gen.writeEndObject();
                return;
            }
            SerializableString raw = encoded.get(text);
            if (raw == null) {
                raw = encode(text);
                if (encoded.size() < MAX_NAMES) {
                    encoded.putIfAbsent(text, raw);
                }
            }
            gen.writeRawValue(raw);
        }

        private static SerializableString encode(LocalizedText text) {
            JsonStringEncoder json = JsonStringEncoder.getInstance();
            StringBuilder out = new StringBuilder("{\"ja\":\"");
            json.quoteAsString(text.ja(), out);
            out.append("\",\"en\":\"");
            json.quoteAsString(text.en(), out);
            SerializedString raw = new SerializedString(out.append("\"}").toString());
            raw.asUnquotedUTF8(); // encoded now, not by the first answer that writes it
            return raw;
        }
    }
}
