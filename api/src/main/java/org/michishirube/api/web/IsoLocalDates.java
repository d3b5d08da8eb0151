package org.michishirube.api.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ext.javatime.ser.LocalDateSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes a {@link LocalDate} of years 0–9999 as {@code "yyyy-MM-dd"} digit by digit. A plan's weekly schedule has a date
 * per week, and Jackson's way ({@code LocalDate.toString()}, a builder and a string per date) was the largest single item
 * of writing a plan in the profile. Everything else (a {@code @JsonFormat}, dates as timestamps, other years) is left to
 * Jackson; the output is the same either way ({@code IsoLocalDatesTests}).
 */
@Configuration(proxyBeanMethods = false)
public class IsoLocalDates {

    @Bean
    public JacksonModule isoLocalDatesModule() {
        return module();
    }

    static JacksonModule module() {
        return new SimpleModule("michishirube-iso-local-dates").addSerializer(LocalDate.class, new Serializer());
    }

    static final class Serializer extends LocalDateSerializer {

        Serializer() {
            super();
        }

        private Serializer(Serializer base, DateTimeFormatter formatter, Boolean useTimestamp, JsonFormat.Shape shape) {
            super(base, formatter, useTimestamp, shape);
        }

        /** Jackson makes a copy per property (with the timestamp setting resolved); the copy must be this class too. */
        @Override
        protected LocalDateSerializer withFormat(DateTimeFormatter formatter, Boolean useTimestamp, JsonFormat.Shape shape) {
            return new Serializer(this, formatter, useTimestamp, shape);
        }

        @Override
        public void serialize(LocalDate date, JsonGenerator gen, SerializationContext context) {
            int year = date.getYear();
            // Jackson writes LocalDate.toString() unless a timestamp or a pattern is asked for.
            if (_formatter != null || year < 0 || year > 9999 || useTimestamp(context)) {
                super.serialize(date, gen, context);
                return;
            }
            char[] iso = new char[10];
            digits(iso, 0, year, 4);
            iso[4] = '-';
            digits(iso, 5, date.getMonthValue(), 2);
            iso[7] = '-';
            digits(iso, 8, date.getDayOfMonth(), 2);
            gen.writeString(iso, 0, iso.length);
        }

        private static void digits(char[] into, int at, int value, int width) {
            for (int i = at + width - 1; i >= at; i--) {
                into[i] = (char) ('0' + value % 10);
                value /= 10;
            }
        }
    }
}
