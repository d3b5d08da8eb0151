package org.michishirube.api.curriculum;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.michishirube.api.curriculum.CurriculumViews.CourseRequest;
import org.michishirube.api.curriculum.CurriculumViews.CourseSuggestions;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumRequest;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumSummary;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumView;
import org.michishirube.api.curriculum.CurriculumViews.Decision;
import org.michishirube.api.curriculum.CurriculumViews.ImportAnswer;
import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.web.Page;
import org.michishirube.api.web.Versioned;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.curriculum.CurriculumWrite;
import org.michishirube.interop.curriculum.CurriculumCsv;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Curricula and their courses for the institutions that own them: creating, replacing and deleting under If-Match,
 * CSV import and export, and mapping suggestions to accept or reject. Reads are public for public curricula.
 */
@Component
class CurriculumManagement {

    /**
     * A curriculum as a write left it.
     *
     * @param view the stored curriculum
     * @param version its version, for the ETag
     * @param written whether the write changed it (else it already was so)
     */
    record Stored(CurriculumView view, long version, boolean written) {
    }

    private final CurriculumSupport support;

    CurriculumManagement(CurriculumSupport support) {
        this.support = support;
    }

    Mono<Page<CurriculumSummary>> list(Optional<String> institution, int page, int size) {
        Page.check(page, size);
        return Viewer.current().flatMap(viewer -> support.store.all().filter(viewer::canSee)
                .filter(c -> institution.map(i -> i.equals(c.institution().value())).orElse(true))
                .map(CurriculumSummary::from).collectList().map(all -> Page.of(all, page, size)));
    }

    Mono<Stored> create(CurriculumRequest request) {
        return create(request, null);
    }

    /**
     * Creates a curriculum with every course of a CSV file, in the one transaction that stores the curriculum: a file with
     * bad rows is refused with every bad row and nothing is created (no empty curriculum left behind).
     */
    Mono<ImportAnswer> createWithCsv(CurriculumRequest request, byte[] csv) {
        return Viewer.current().flatMap(viewer -> {
            CurriculumCsv.Outcome outcome = CurriculumCsv.read(csv == null ? new byte[0] : csv, support::knownTarget);
            if (outcome instanceof CurriculumCsv.Outcome.Rejected rejected) {
                return Mono.error(invalidCsv(rejected));
            }
            CurriculumCsv.Outcome.Read read = (CurriculumCsv.Outcome.Read) outcome;
            return create(request, read.courses()).map(s -> new ImportAnswer(request.id(), s.version(), true, read.rows(),
                    read.courses().size(), read.courses().stream().mapToInt(k -> k.mappings().size()).sum()));
        });
    }

    /** {@code csvCourses}: the courses of a CSV file already read, in place of the request's own. */
    private Mono<Stored> create(CurriculumRequest request, List<Course> csvCourses) {
        return Viewer.current().flatMap(viewer -> {
            CurriculumRequests r = new CurriculumRequests(support::knownTarget);
            if (request.id() == null || !CurriculumId.isWellFormed(request.id())) {
                r.error("id", "must be lowercase words joined by '-' within segments joined by '.', e.g. example-u.radiology-2025");
            }
            InstitutionId institution = institutionFor(viewer, request.institution(), r);
            inNamespace(viewer, request.id(), institution, r);
            LocalizedText name = r.text(request.name(), "name");
            Visibility visibility = r.visibility(request.visibility(), "visibility");
            List<Course> courses = csvCourses != null ? csvCourses : r.courses(request.courses(), "courses");
            r.check();
            Curriculum c = new Curriculum(new CurriculumId(request.id()), institution, name, visibility, 0, courses);
            return support.store.create(c).map(w -> stored(w, request.id()));
        });
    }

    /**
     * An institution owns the ids that start with its own id and a dot ({@code example-u.radiology-2025}). An educator
     * asking for an id of another namespace is refused before the store is asked, so the answer is the same whether
     * or not that id exists; an admin naming an institution gets a validation error instead.
     */
    private static void inNamespace(Viewer viewer, String id, InstitutionId institution, CurriculumRequests r) {
        if (id == null || institution == null || !CurriculumId.isWellFormed(id) || id.startsWith(institution.value() + ".")) {
            return;
        }
        if (viewer.admin()) {
            r.error("id", "must start with the owning institution's id and a dot, e.g. " + institution.value() + ".radiology-2025");
            return;
        }
        throw new ApiException(ProblemType.FORBIDDEN, "Curriculum ids of your institution start with '" + institution.value()
                + ".'; educators create curricula only in their own institution's namespace.",
                Map.of("namespace", institution.value() + "."));
    }

    private static InstitutionId institutionFor(Viewer viewer, String requested, CurriculumRequests r) {
        if (viewer.admin()) {
            if (requested != null && InstitutionId.isWellFormed(requested)) {
                return new InstitutionId(requested);
            }
            if (requested == null && viewer.institution().isPresent()) {
                return viewer.institution().get();
            }
            r.error("institution", "admins must name the owning institution, e.g. example-u");
            return null;
        }
        if (viewer.institution().isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Your token names no institution (claim 'institution'), so it cannot own a curriculum.");
        }
        if (requested != null && !requested.equals(viewer.institution().get().value())) {
            throw new ApiException(ProblemType.FORBIDDEN, "Educators create curricula of their own institution ("
                    + viewer.institution().get() + ") only.");
        }
        return viewer.institution().get();
    }

    Mono<Versioned<CurriculumView>> get(String id) {
        return support.visible(id).map(c -> new Versioned<>(support.view(c), c.version()));
    }

    /** Replaces name, visibility and all courses; what is stored already changes nothing and keeps the version. */
    Mono<Stored> replace(String id, String ifMatch, CurriculumRequest request) {
        return edit(id, current -> {
            CurriculumRequests r = new CurriculumRequests(support::knownTarget);
            if (request.id() != null && !request.id().equals(id)) {
                r.error("id", "differs from the id in the path; ids cannot change");
            }
            if (request.institution() != null && !request.institution().equals(current.institution().value())) {
                r.error("institution", "the owning institution cannot change");
            }
            LocalizedText name = r.text(request.name(), "name");
            Visibility visibility = r.visibility(request.visibility() == null ? current.visibility().code() : request.visibility(), "visibility");
            List<Course> courses = r.courses(request.courses(), "courses");
            r.check();
            return support.store.update(current.id(), CurriculumSupport.expectedVersion(ifMatch),
                    c -> new Curriculum(c.id(), c.institution(), name, visibility, c.version(), courses));
        });
    }

    Mono<Void> delete(String id, String ifMatch) {
        return support.editable(id)
                .flatMap(c -> support.store.delete(c.id(), CurriculumSupport.expectedVersion(ifMatch)))
                .flatMap(w -> w instanceof CurriculumWrite.Deleted ? Mono.<Void>empty() : Mono.error(CurriculumSupport.failure(w, id)));
    }

    /** Replaces every course and mapping with the file's, all or nothing: a file with bad rows is refused with every bad row. */
    Mono<ImportAnswer> importCsv(String id, String ifMatch, byte[] csv) {
        return support.editable(id).flatMap(current -> {
            CurriculumCsv.Outcome outcome = CurriculumCsv.read(csv == null ? new byte[0] : csv, support::knownTarget);
            if (outcome instanceof CurriculumCsv.Outcome.Rejected rejected) {
                return Mono.error(invalidCsv(rejected));
            }
            CurriculumCsv.Outcome.Read read = (CurriculumCsv.Outcome.Read) outcome;
            return support.store.update(current.id(), CurriculumSupport.expectedVersion(ifMatch), c -> c.withCourses(read.courses()))
                    .map(w -> {
                        Curriculum c;
                        if (w instanceof CurriculumWrite.Written x) {
                            c = x.curriculum();
                        } else if (w instanceof CurriculumWrite.Unchanged x) {
                            c = x.curriculum();
                        } else {
                            throw CurriculumSupport.failure(w, id);
                        }
                        return new ImportAnswer(id, c.version(), w instanceof CurriculumWrite.Written, read.rows(), c.courses().size(),
                                c.courses().stream().mapToInt(k -> k.mappings().size()).sum());
                    });
        });
    }

    private static ApiException invalidCsv(CurriculumCsv.Outcome.Rejected rejected) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rejected.problems().forEach(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", p.row());
            row.put("column", p.column());
            row.put("reason", p.reason());
            row.put("code", p.code());
            row.put("params", p.params());
            rows.add(row);
        });
        long bad = rejected.problems().stream().mapToLong(CurriculumCsv.RowProblem::row).distinct().count();
        return new ApiException(ProblemType.INVALID_CSV, bad + " bad row(s); nothing was stored.", Map.of("rows", rows));
    }

    /** {@return every course in the import format (UTF-8), so that the file re-imports to the same curriculum} */
    Mono<Versioned<byte[]>> exportCsv(String id) {
        return support.visible(id).map(c -> new Versioned<>(CurriculumCsv.write(c.courses()).getBytes(StandardCharsets.UTF_8), c.version()));
    }

    /** Creates or replaces one course with its mappings; a new course goes last. */
    Mono<Stored> putCourse(String id, String code, String ifMatch, CourseRequest request) {
        return edit(id, current -> {
            CurriculumRequests r = new CurriculumRequests(support::knownTarget);
            if (request.code() != null && !request.code().equals(code)) {
                r.error("code", "differs from the code in the path");
            }
            Course course = r.course(new CourseRequest(code, request.title(), request.year(), request.semester(), request.hours(),
                    request.credits(), request.syllabus(), request.mappings()), "course");
            r.check();
            return support.store.update(current.id(), CurriculumSupport.expectedVersion(ifMatch), c -> c.withCourses(replaced(c, course)));
        });
    }

    private static List<Course> replaced(Curriculum c, Course course) {
        List<Course> courses = new ArrayList<>(c.courses());
        int at = courses.stream().map(Course::code).toList().indexOf(course.code());
        if (at >= 0) {
            courses.set(at, course);
        } else {
            courses.add(course);
        }
        return courses;
    }

    Mono<Stored> deleteCourse(String id, String code, String ifMatch) {
        return editCourse(id, code, (current, course) -> support.store.update(current.id(), CurriculumSupport.expectedVersion(ifMatch),
                c -> c.withCourses(c.courses().stream().filter(k -> !k.code().equals(code)).toList())));
    }

    /** {@return for each course (or the one named), the targets its title and syllabus most likely address, best first} */
    Mono<List<CourseSuggestions>> suggestions(String id, Optional<List<String>> version, Optional<String> course, int limit) {
        if (limit < 1 || limit > 20) {
            throw ApiException.invalidParameter("limit", "limit must be between 1 and 20, was " + limit + ".");
        }
        List<FrameworkVersionId> versions = version.filter(v -> !v.isEmpty())
                .map(vs -> vs.stream().map(v -> support.tree("version", v).version().id()).toList())
                .orElseGet(support::currentVersions);
        return support.visible(id).flatMap(c -> {
            Curriculum scope = c;
            if (course.isPresent()) {
                Course k = c.course(course.get()).orElseThrow(() -> ApiException.notFound("course of " + id, course.get()));
                scope = c.withCourses(List.of(k));
            }
            Curriculum finalScope = scope;
            return support.store.suggest(scope, versions, limit).collectList().map(all -> CourseSuggestions.from(finalScope, all));
        });
    }

    /** Maps the course to the suggested target at the decided depth (default introduces). */
    Mono<Stored> accept(String id, String code, String target, String ifMatch, Decision decision) {
        Depth depth = decision == null || decision.depth() == null ? Depth.INTRODUCES : Depth.parse(decision.depth())
                .orElseThrow(() -> ApiException.invalidParameter("depth", "depth must be introduces, reinforces or masters."));
        TargetId t = knownTarget(target);
        return editCourse(id, code, (current, k) -> {
            List<Mapping> mappings = new ArrayList<>(k.mappings().stream().filter(m -> !m.target().equals(t)).toList());
            mappings.add(new Mapping(t, depth, Optional.ofNullable(decision == null ? null : decision.evidence())));
            Course changed = k.withMappings(mappings);
            return support.store.update(current.id(), CurriculumSupport.expectedVersion(ifMatch),
                    c -> c.withCourses(replaced(c, c.course(code).map(x -> changed).orElse(changed))));
        });
    }

    /** Records that the course does not address the target, so that it is not suggested again. */
    Mono<Stored> reject(String id, String code, String target, String ifMatch) {
        TargetId t = knownTarget(target);
        return editCourse(id, code, (current, k) -> {
            if (k.mappings().stream().anyMatch(m -> m.target().equals(t))) {
                return Mono.error(new ApiException(ProblemType.CONFLICT, "Course " + code + " maps " + target
                        + " already; remove the mapping instead of rejecting it.", Map.of("target", target)));
            }
            return support.store.reject(current.id(), CurriculumSupport.expectedVersion(ifMatch), code, t);
        });
    }

    private TargetId knownTarget(String target) {
        if (!TargetId.isWellFormed(target) || !support.knownTarget(new TargetId(target))) {
            throw ApiException.notFound("target", target);
        }
        return new TargetId(target);
    }

    /** A write to one course of a curriculum the viewer may change; an unknown course is 404. */
    private Mono<Stored> editCourse(String id, String code, BiFunction<Curriculum, Course, Mono<CurriculumWrite>> change) {
        return edit(id, current -> current.course(code).map(k -> change.apply(current, k))
                .orElseGet(() -> Mono.error(ApiException.notFound("course of " + id, code))));
    }

    /** A write to a curriculum the viewer may change, answered with what is stored or the problem that stopped it. */
    private Mono<Stored> edit(String id, Function<Curriculum, Mono<CurriculumWrite>> change) {
        return support.editable(id).flatMap(change).map(w -> stored(w, id));
    }

    private Stored stored(CurriculumWrite w, String id) {
        if (w instanceof CurriculumWrite.Written x) {
            return new Stored(support.view(x.curriculum()), x.curriculum().version(), true);
        }
        if (w instanceof CurriculumWrite.Unchanged x) {
            return new Stored(support.view(x.curriculum()), x.curriculum().version(), false);
        }
        throw CurriculumSupport.failure(w, id);
    }
}
