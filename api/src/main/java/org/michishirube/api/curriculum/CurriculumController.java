package org.michishirube.api.curriculum;

import java.util.List;
import java.util.Optional;

import org.michishirube.api.curriculum.CurriculumManagement.Stored;
import org.michishirube.api.curriculum.CurriculumViews.CourseRequest;
import org.michishirube.api.curriculum.CurriculumViews.CourseSuggestions;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumRequest;
import org.michishirube.api.curriculum.CurriculumViews.Text;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumSummary;
import org.michishirube.api.curriculum.CurriculumViews.CurriculumView;
import org.michishirube.api.curriculum.CurriculumViews.Decision;
import org.michishirube.api.curriculum.CurriculumViews.ImportAnswer;
import org.michishirube.api.web.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the curricula API to {@link CurriculumManagement}; every stored curriculum is answered with its version as the ETag. */
@RestController
class CurriculumController implements CurriculaApi {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CurriculumManagement curricula;

    CurriculumController(CurriculumManagement curricula) {
        this.curricula = curricula;
    }

    @Override
    public Mono<Page<CurriculumSummary>> list(Optional<String> institution, int page, int size) {
        return curricula.list(institution, page, size);
    }

    @Override
    public Mono<ResponseEntity<CurriculumView>> create(CurriculumRequest request) {
        return curricula.create(request).map(s -> answer(s, HttpStatus.CREATED));
    }

    @Override
    public Mono<ResponseEntity<CurriculumView>> get(String id) {
        return curricula.get(id).map(CurriculumSupport.CURRICULUM::ok);
    }

    @Override
    public Mono<ResponseEntity<CurriculumView>> replace(String id, String ifMatch, CurriculumRequest request) {
        return curricula.replace(id, ifMatch, request).map(s -> answer(s, HttpStatus.OK));
    }

    @Override
    public Mono<ResponseEntity<Void>> delete(String id, String ifMatch) {
        return curricula.delete(id, ifMatch).thenReturn(ResponseEntity.noContent().build());
    }

    @Override
    public Mono<ResponseEntity<ImportAnswer>> createWithCsv(String id, String nameJa, String nameEn, String visibility, String institution,
                                                            byte[] csv) {
        String ja = nameJa == null || nameJa.isBlank() ? id : nameJa;
        String en = nameEn == null || nameEn.isBlank() ? ja : nameEn;
        return curricula.createWithCsv(new CurriculumRequest(id, institution, new Text(ja, en), visibility, null), csv)
                .map(a -> ResponseEntity.status(HttpStatus.CREATED).eTag(CurriculumSupport.CURRICULUM.of(a.version())).body(a));
    }

    @Override
    public Mono<ImportAnswer> importCsv(String id, String ifMatch, byte[] csv) {
        return curricula.importCsv(id, ifMatch, csv);
    }

    @Override
    public Mono<ResponseEntity<byte[]>> exportCsv(String id) {
        return curricula.exportCsv(id).map(file -> ResponseEntity.ok().contentType(CSV).eTag(CurriculumSupport.CURRICULUM.of(file.version()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".csv\"").body(file.body()));
    }

    @Override
    public Mono<ResponseEntity<CurriculumView>> putCourse(String id, String code, String ifMatch, CourseRequest request) {
        return curricula.putCourse(id, code, ifMatch, request).map(s -> answer(s, HttpStatus.OK));
    }

    @Override
    public Mono<ResponseEntity<CurriculumView>> deleteCourse(String id, String code, String ifMatch) {
        return curricula.deleteCourse(id, code, ifMatch).map(s -> answer(s, HttpStatus.OK));
    }

    @Override
    public Mono<List<CourseSuggestions>> suggestions(String id, Optional<List<String>> version, Optional<String> course, int limit) {
        return curricula.suggestions(id, version, course, limit);
    }

    @Override
    public Mono<ResponseEntity<CurriculumView>> accept(String id, String code, String target, String ifMatch, Decision decision) {
        return curricula.accept(id, code, target, ifMatch, decision).map(s -> answer(s, HttpStatus.OK));
    }

    @Override
    public Mono<ResponseEntity<CurriculumView>> reject(String id, String code, String target, String ifMatch) {
        return curricula.reject(id, code, target, ifMatch).map(s -> answer(s, HttpStatus.OK));
    }

    /** A write that changed the curriculum answers {@code whenWritten} with its Location; one that changed nothing, 200. */
    private static ResponseEntity<CurriculumView> answer(Stored stored, HttpStatus whenWritten) {
        ResponseEntity.BodyBuilder answer = stored.written()
                ? ResponseEntity.status(whenWritten).header(HttpHeaders.LOCATION, "/api/v1/curricula/" + stored.view().id())
                : ResponseEntity.ok();
        return answer.eTag(CurriculumSupport.CURRICULUM.of(stored.version())).body(stored.view());
    }
}
