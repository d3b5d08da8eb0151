package org.michishirube.core.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.michishirube.core.model.LocalizedText;

/**
 * One course (授業科目) of a curriculum and the targets it addresses.
 *
 * @param code the course code, unique in its curriculum, e.g. {@code RT-201}
 * @param title the title in ja and en
 * @param year the school year it is taught in, 1 to 6
 * @param semester when in the year
 * @param hours contact hours, when stated
 * @param credits credits (単位), when stated
 * @param syllabus the syllabus text, used to suggest mappings
 * @param mappings the targets it addresses, at most one mapping per target
 */
public record Course(String code, LocalizedText title, int year, Semester semester, OptionalInt hours, OptionalDouble credits,
                     Optional<String> syllabus, List<Mapping> mappings) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public Course {
        if (!isWellFormedCode(code)) {
            throw new IllegalArgumentException("course code is malformed (letters, digits, '.', '_', '-'; at most 40): " + code);
        }
        if (title == null || semester == null || hours == null || credits == null || syllabus == null || mappings == null) {
            throw new IllegalArgumentException("course " + code + " lacks a title, semester, hours, credits or syllabus");
        }
        if (year < 1 || year > 6) {
            throw new IllegalArgumentException("course " + code + ": year must be 1 to 6, was " + year);
        }
        if (hours.isPresent() && hours.getAsInt() < 0 || credits.isPresent() && !(credits.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("course " + code + ": hours and credits cannot be negative");
        }
        syllabus = syllabus.map(String::strip).filter(s -> !s.isEmpty());
        mappings = List.copyOf(mappings);
        Set<Object> seen = new HashSet<>();
        for (Mapping m : mappings) {
            if (!seen.add(m.target())) {
                throw new IllegalArgumentException("course " + code + " maps " + m.target() + " twice");
            }
        }
    }

    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** {@return the same course with other mappings} */
    public Course withMappings(List<Mapping> other) {
        return new Course(code, title, year, semester, hours, credits, syllabus, other);
    }
}
