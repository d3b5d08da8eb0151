package org.michishirube.api.planning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.michishirube.api.planning.CareerPathViews.PathDetail;
import org.michishirube.api.planning.CareerPathViews.PathSummary;
import org.michishirube.api.planning.CareerPathViews.PositionAnswer;
import org.michishirube.api.planning.CareerPathViews.PositionRequest;
import org.michishirube.api.web.Negotiation;
import org.michishirube.api.web.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the career-path API to {@link CareerPaths}. */
@RestController
class CareerPathsController implements CareerPathsApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType(CareerPathExports.XLSX);
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, CSV, MARKDOWN, XLSX);

    private final CareerPaths paths;

    CareerPathsController(CareerPaths paths) {
        this.paths = paths;
    }

    @Override
    public Page<PathSummary> list(int page, int size) {
        return paths.list(page, size);
    }

    @Override
    public PathDetail detail(String id) {
        return paths.detail(id);
    }

    @Override
    public tools.jackson.databind.node.ObjectNode pathway(String id, org.springframework.http.server.reactive.ServerHttpRequest request) {
        return paths.pathway(id, request);
    }

    @Override
    public Mono<PositionAnswer> position(String id, PositionRequest request) {
        return paths.position(id, request);
    }

    @Override
    public Mono<String> positionAsMarkdown(String id, PositionRequest request) {
        return paths.position(id, request).map(CareerPathExports::markdown);
    }

    @Override
    public Mono<ResponseEntity<Object>> school(String id, LocalDate today, String accept) {
        MediaType chosen = Negotiation.choose(accept, OFFERED);
        return paths.school(id, today).map(report -> {
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(chosen).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            String file = report.curriculum() + "-career-paths";
            if (chosen.equals(CSV)) {
                return ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                        .body(CareerPathExports.csv(report).getBytes(StandardCharsets.UTF_8));
            }
            if (chosen.equals(MARKDOWN)) {
                return ok.body(CareerPathExports.markdown(report).getBytes(StandardCharsets.UTF_8));
            }
            if (chosen.equals(XLSX)) {
                return ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".xlsx\"").body(CareerPathExports.xlsx(report));
            }
            return ok.body(report);
        });
    }
}
