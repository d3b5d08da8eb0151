package org.michishirube.data.curriculum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Semester;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/** How curricula become node properties and back; positions keep the institution's order, so equal reads compare equal. */
final class CurriculumRows {

    private CurriculumRows() {
    }

    static String uid(CurriculumId curriculum, String code) {
        return curriculum.value() + "/" + code;
    }

    static Map<String, Object> header(Curriculum c, long version) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id().value());
        p.put("institution", c.institution().value());
        p.put("nameJa", c.name().ja());
        p.put("nameEn", c.name().en());
        p.put("visibility", c.visibility().code());
        p.put("version", version);
        return p;
    }

    static Map<String, Object> course(CurriculumId curriculum, Course k, int position) {
        Map<String, Object> p = new HashMap<>();
        p.put("uid", uid(curriculum, k.code()));
        p.put("curriculum", curriculum.value());
        p.put("code", k.code());
        p.put("position", position);
        p.put("titleJa", k.title().ja());
        p.put("titleEn", k.title().en());
        p.put("year", k.year());
        p.put("semester", k.semester().code());
        if (k.hours().isPresent()) {
            p.put("hours", k.hours().getAsInt());
        }
        if (k.credits().isPresent()) {
            p.put("credits", k.credits().getAsDouble());
        }
        k.syllabus().ifPresent(s -> p.put("syllabus", s));
        return p;
    }

    @SuppressWarnings("unchecked")
    static Curriculum curriculum(Map<String, Object> row) {
        Map<String, Object> c = (Map<String, Object>) row.get("c");
        List<Course> courses = new ArrayList<>();
        for (Object o : (List<Object>) row.get("courses")) {
            Map<String, Object> entry = (Map<String, Object>) o;
            Map<String, Object> k = (Map<String, Object>) entry.get("course");
            List<Mapping> mappings = new ArrayList<>();
            for (Object m : (List<Object>) entry.get("mappings")) {
                Map<String, Object> mm = (Map<String, Object>) m;
                mappings.add(new Mapping(new TargetId((String) mm.get("target")), Depth.parse((String) mm.get("depth")).orElseThrow(),
                        Optional.ofNullable((String) mm.get("evidence"))));
            }
            courses.add(new Course((String) k.get("code"), new LocalizedText((String) k.get("titleJa"), (String) k.get("titleEn")),
                    ((Number) k.get("year")).intValue(), Semester.parse((String) k.get("semester")).orElseThrow(),
                    k.get("hours") == null ? OptionalInt.empty() : OptionalInt.of(((Number) k.get("hours")).intValue()),
                    k.get("credits") == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) k.get("credits")).doubleValue()),
                    Optional.ofNullable((String) k.get("syllabus")), mappings));
        }
        return new Curriculum(new CurriculumId((String) c.get("id")), new InstitutionId((String) c.get("institution")),
                new LocalizedText((String) c.get("nameJa"), (String) c.get("nameEn")),
                Visibility.parse((String) c.get("visibility")).orElseThrow(), ((Number) c.get("version")).longValue(), courses);
    }
}
