package org.michishirube.api.planning;

import java.net.URI;
import java.util.List;

import org.michishirube.api.planning.PlanViews.SavedPlanSummary;
import org.michishirube.api.planning.PlanViews.SavedPlanView;
import org.michishirube.api.planning.PlanningBodies.ProfileBody;
import org.michishirube.api.planning.PlanningBodies.SavePlanRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes a learner's own API to {@link LearnerRecords}, as the token's subject. */
@RestController
class LearnerController implements MyPlansApi {

    private final LearnerRecords records;

    LearnerController(LearnerRecords records) {
        this.records = records;
    }

    @Override
    public Mono<ResponseEntity<ProfileBody>> putProfile(Jwt jwt, String ifMatch, String ifNoneMatch, ProfileBody profile) {
        return records.saveProfile(jwt.getSubject(), ifMatch, ifNoneMatch, profile).map(LearnerRecords.PROFILE::ok);
    }

    @Override
    public Mono<ResponseEntity<ProfileBody>> getProfile(Jwt jwt) {
        return records.profile(jwt.getSubject()).map(LearnerRecords.PROFILE::ok);
    }

    @Override
    public Mono<ResponseEntity<SavedPlanView>> savePlan(Jwt jwt, SavePlanRequest request) {
        return records.savePlan(jwt.getSubject(), request)
                .map(plan -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/me/plans/" + plan.id())).body(plan));
    }

    @Override
    public Mono<List<SavedPlanSummary>> plans(Jwt jwt) {
        return records.plans(jwt.getSubject());
    }

    @Override
    public Mono<SavedPlanView> plan(Jwt jwt, String id) {
        return records.plan(jwt.getSubject(), id);
    }

    @Override
    public Mono<String> planAsMarkdown(Jwt jwt, String id) {
        return records.plan(jwt.getSubject(), id).map(PlanMarkdown::render);
    }

    @Override
    public Mono<ResponseEntity<String>> planAsCalendar(Jwt jwt, String id) {
        return records.plan(jwt.getSubject(), id).map(v -> PlanCalendar.attachment(PlanCalendar.render(v.plan(), v.title(), v.createdAt())));
    }

    @Override
    public Mono<ResponseEntity<Void>> deletePlan(Jwt jwt, String id) {
        return records.deletePlan(jwt.getSubject(), id).thenReturn(ResponseEntity.noContent().build());
    }
}
