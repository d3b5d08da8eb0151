package org.michishirube.core.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/**
 * A programme of an institution, e.g. 診療放射線学科 2025年度カリキュラム, with its courses.
 *
 * @param id the curriculum id
 * @param institution the institution that owns it; only its educators change it
 * @param name the name in ja and en
 * @param visibility public, or private to its institution
 * @param version increases with every change, for optimistic locking
 * @param courses the courses, in the order the institution lists them
 */
public record Curriculum(CurriculumId id, InstitutionId institution, LocalizedText name, Visibility visibility, long version,
                         List<Course> courses) {

    public Curriculum {
        if (id == null || institution == null || name == null || visibility == null || courses == null) {
            throw new IllegalArgumentException("a curriculum needs an id, an institution, a name, a visibility and courses");
        }
        courses = List.copyOf(courses);
        Set<String> codes = new HashSet<>();
        for (Course c : courses) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("course code " + c.code() + " appears twice in " + id);
            }
        }
    }

    /** {@return the course with this code} */
    public Optional<Course> course(String code) {
        return courses.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** {@return every target some course of this curriculum maps, once} */
    public Set<TargetId> addressedTargets() {
        Set<TargetId> addressed = new HashSet<>();
        courses.forEach(c -> c.mappings().forEach(m -> addressed.add(m.target())));
        return addressed;
    }

    /** {@return the same curriculum with other courses} */
    public Curriculum withCourses(List<Course> other) {
        return new Curriculum(id, institution, name, visibility, version, other);
    }
}
