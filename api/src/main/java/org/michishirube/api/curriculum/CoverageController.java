package org.michishirube.api.curriculum;

import org.michishirube.api.curriculum.CurriculumViews.BenchmarkView;
import org.michishirube.api.curriculum.CurriculumViews.ComparisonView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the coverage API to {@link CoverageReports}. */
@RestController
class CoverageController implements CoverageApi {

    private final CoverageReports reports;

    CoverageController(CoverageReports reports) {
        this.reports = reports;
    }

    @Override
    public Mono<ResponseEntity<Object>> coverage(String id, String version, String accept) {
        return reports.coverage(id, version, accept).map(report -> {
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(report.type()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            report.fileName().ifPresent(file -> ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\""));
            return ok.body(report.body());
        });
    }

    @Override
    public Mono<ComparisonView> compare(String id, String from, String to) {
        return reports.compare(id, from, to);
    }

    @Override
    public Mono<BenchmarkView> benchmark(String version) {
        return reports.benchmark(version);
    }
}
