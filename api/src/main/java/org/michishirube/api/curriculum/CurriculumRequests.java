package org.michishirube.api.curriculum;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

import org.michishirube.api.curriculum.CurriculumViews.CourseRequest;
import org.michishirube.api.curriculum.CurriculumViews.MappingRequest;
import org.michishirube.api.curriculum.CurriculumViews.Text;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Semester;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;

/** Turns JSON requests into core values, collecting every field error so one answer lists them all. */
final class CurriculumRequests {

    private final Predicate<TargetId> knownTarget;
    private final List<Map<String, Object>> errors = new ArrayList<>();

    CurriculumRequests(Predicate<TargetId> knownTarget) {
        this.knownTarget = knownTarget;
    }

    LocalizedText text(Text t, String field) {
        if (t == null || t.ja() == null || t.ja().isBlank() || t.en() == null || t.en().isBlank()) {
            error(field, "needs both ja and en");
            return null;
        }
        return LocalizedText.of(t.ja().strip(), t.en().strip());
    }

    Visibility visibility(String v, String field) {
        if (v == null) {
            return Visibility.PRIVATE;
        }
        return Visibility.parse(v).orElseGet(() -> {
            error(field, "must be public or private");
            return null;
        });
    }

    List<Course> courses(List<CourseRequest> requests, String field) {
        List<Course> courses = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<CourseRequest> list = requests == null ? List.of() : requests;
        for (int i = 0; i < list.size(); i++) {
            Course k = course(list.get(i), field + "[" + i + "]");
            if (k != null && !codes.add(k.code())) {
                error(field + "[" + i + "].code", "course code " + k.code() + " appears twice");
            } else if (k != null) {
                courses.add(k);
            }
        }
        return courses;
    }

    Course course(CourseRequest r, String field) {
        if (r == null) {
            error(field, "is empty");
            return null;
        }
        int before = errors.size();
        if (!Course.isWellFormedCode(r.code())) {
            error(field + ".code", "may use only letters, digits, '.', '_' and '-' (at most 40)");
        }
        LocalizedText title = text(r.title(), field + ".title");
        if (r.year() == null || r.year() < 1 || r.year() > 6) {
            error(field + ".year", "must be 1 to 6");
        }
        Optional<Semester> semester = Semester.parse(r.semester());
        if (semester.isEmpty()) {
            error(field + ".semester", "must be first, second, full-year or intensive (or 前期, 後期, 通年, 集中)");
        }
        if (r.hours() != null && r.hours() < 0) {
            error(field + ".hours", "cannot be negative");
        }
        if (r.credits() != null && !(r.credits() >= 0)) {
            error(field + ".credits", "cannot be negative");
        }
        List<Mapping> mappings = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        List<MappingRequest> ms = r.mappings() == null ? List.of() : r.mappings();
        for (int j = 0; j < ms.size(); j++) {
            String f = field + ".mappings[" + j + "]";
            Mapping m = mapping(ms.get(j), f);
            if (m != null && !targets.add(m.target().value())) {
                error(f + ".target", "maps " + m.target() + " twice");
            } else if (m != null) {
                mappings.add(m);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Course(r.code(), title, r.year(), semester.get(), r.hours() == null ? OptionalInt.empty() : OptionalInt.of(r.hours()),
                r.credits() == null ? OptionalDouble.empty() : OptionalDouble.of(r.credits()), Optional.ofNullable(r.syllabus()), mappings);
    }

    Mapping mapping(MappingRequest m, String field) {
        if (m == null) {
            error(field, "is empty");
            return null;
        }
        int before = errors.size();
        if (m.target() == null || !TargetId.isWellFormed(m.target()) || !knownTarget.test(new TargetId(m.target()))) {
            error(field + ".target", "no framework version has the target '" + m.target() + "'");
        }
        Optional<Depth> depth = Depth.parse(m.depth());
        if (depth.isEmpty()) {
            error(field + ".depth", "must be introduces, reinforces or masters");
        }
        return errors.size() > before ? null : new Mapping(new TargetId(m.target()), depth.get(), Optional.ofNullable(m.evidence()));
    }

    void error(String field, String message) {
        errors.add(Map.of("field", field, "message", message));
    }

    /** Fails with every error collected, if there are any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "The request has " + errors.size() + " invalid field(s).",
                    Map.of("errors", List.copyOf(errors)));
        }
    }
}
