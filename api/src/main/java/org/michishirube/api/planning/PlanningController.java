package org.michishirube.api.planning;

import org.michishirube.api.planning.PlanViews.FitAnswer;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanningBodies.PlanRequest;
import org.michishirube.api.planning.PlanningBodies.RoleFitRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the planning API to {@link Planning}. */
@RestController
class PlanningController implements PlanningApi {

    private final Planning planning;

    PlanningController(Planning planning) {
        this.planning = planning;
    }

    @Override
    public Mono<PlanAnswer> plan(PlanRequest request) {
        return planning.plan(request);
    }

    @Override
    public Mono<String> planAsMarkdown(PlanRequest request) {
        return planning.plan(request).map(PlanMarkdown::render);
    }

    @Override
    public Mono<ResponseEntity<String>> planAsCalendar(PlanRequest request) {
        return planning.plan(request).map(answer ->
                PlanCalendar.attachment(PlanCalendar.render(answer, PlanCalendar.title(answer), java.time.Instant.now())));
    }

    @Override
    public Mono<FitAnswer> roleFit(RoleFitRequest request) {
        return planning.roleFit(request);
    }
}
