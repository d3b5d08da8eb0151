package org.michishirube.api.planning;

import org.michishirube.api.planning.PlanViews.FitAnswer;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanningBodies.PlanRequest;
import org.michishirube.api.planning.PlanningBodies.RoleFitRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Routes the planning API to {@link Planning}. */
@RestController
class PlanningController implements PlanningApi {

    private final Planning planning;

    PlanningController(Planning planning) {
        this.planning = planning;
    }

    @Override
    public PlanAnswer plan(PlanRequest request) {
        return planning.plan(request);
    }

    @Override
    public String planAsMarkdown(PlanRequest request) {
        return PlanMarkdown.render(planning.plan(request));
    }

    @Override
    public ResponseEntity<String> planAsCalendar(PlanRequest request) {
        PlanAnswer answer = planning.plan(request);
        return PlanCalendar.attachment(PlanCalendar.render(answer, PlanCalendar.title(answer), java.time.Instant.now()));
    }

    @Override
    public FitAnswer roleFit(RoleFitRequest request) {
        return planning.roleFit(request);
    }
}
