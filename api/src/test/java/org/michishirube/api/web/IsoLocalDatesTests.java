package org.michishirube.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class IsoLocalDatesTests {

    private final JsonMapper plain = JsonMapper.builder().build();
    private final JsonMapper iso = JsonMapper.builder().addModule(IsoLocalDates.module()).build();

    record Week(int week, LocalDate start, List<LocalDate> more) {
    }

    record Formatted(@JsonFormat(pattern = "yyyy/MM/dd") LocalDate day, @JsonFormat(shape = JsonFormat.Shape.ARRAY) LocalDate array) {
    }

    @Test
    void writesWhatJacksonWritesOnEdgesAndSeededRandomDates() {
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2028, 2, 29), LocalDate.of(0, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 6, 15), LocalDate.of(999, 9, 9),
                LocalDate.of(1, 1, 1), LocalDate.MIN, LocalDate.MAX));
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            dates.add(LocalDate.ofEpochDay(random.nextLong(LocalDate.of(-500, 1, 1).toEpochDay(), LocalDate.of(12_000, 1, 1).toEpochDay())));
        }
        for (LocalDate date : dates) {
            Week week = new Week(1, date, List.of(date, date));
            assertThat(iso.writeValueAsString(week)).as("%s (seed %d)", date, seed).isEqualTo(plain.writeValueAsString(week));
            assertThat(iso.writeValueAsBytes(date)).as("%s (seed %d)", date, seed).isEqualTo(plain.writeValueAsBytes(date));
        }
        assertThat(iso.writeValueAsString(LocalDate.of(2027, 8, 29))).isEqualTo("\"2027-08-29\"");
    }

    @Test
    void takesTheDigitByDigitPathForRecordPropertiesAndListElements() {
        // Jackson copies a serializer per property; a copy of Jackson's own class would quietly write dates its way.
        Week week = new Week(1, LocalDate.of(2027, 8, 29), List.of(LocalDate.of(2027, 9, 5), LocalDate.of(2027, 9, 12)));
        assertThat(charArrayStrings(iso, week)).isEqualTo(3);
        assertThat(charArrayStrings(plain, week)).isZero();
        assertThat(charArrayStrings(iso, new Formatted(LocalDate.of(2027, 8, 29), LocalDate.of(2027, 8, 29)))).isZero();
    }

    /** {@return how many strings the mapper wrote from a char array (this module's path) while writing the value} */
    private static int charArrayStrings(JsonMapper mapper, Object value) {
        int[] count = {0};
        StringWriter out = new StringWriter();
        try (JsonGenerator counting = new JsonGeneratorDelegate(mapper.createGenerator(out)) {
            @Override
            public JsonGenerator writeString(char[] text, int offset, int length) {
                count[0]++;
                return super.writeString(text, offset, length);
            }
        }) {
            mapper.writeValue(counting, value);
        }
        return count[0];
    }

    @Test
    void leavesFormatsAndTimestampsToJackson() {
        Formatted formatted = new Formatted(LocalDate.of(2027, 8, 29), LocalDate.of(2027, 8, 29));
        assertThat(iso.writeValueAsString(formatted)).isEqualTo(plain.writeValueAsString(formatted)).contains("2027/08/29");

        JsonMapper plainTimestamps = plain.rebuild().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        JsonMapper isoTimestamps = iso.rebuild().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        Week week = new Week(2, LocalDate.of(2027, 8, 29), List.of(LocalDate.of(2030, 1, 2)));
        assertThat(isoTimestamps.writeValueAsString(week)).isEqualTo(plainTimestamps.writeValueAsString(week)).contains("[2027,8,29]");
    }
}
