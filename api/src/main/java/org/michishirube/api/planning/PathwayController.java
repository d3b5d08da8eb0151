package org.michishirube.api.planning;

import org.michishirube.api.planning.PlanningBodies.PlanRequest;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** Routes the CTDL Pathway form of a plan to {@link Planning}. */
@RestController
class PathwayController implements PathwayApi {

    private final Planning planning;

    PathwayController(Planning planning) {
        this.planning = planning;
    }

    @Override
    public Mono<ObjectNode> pathway(PlanRequest request, ServerHttpRequest http) {
        return planning.pathway(request, http);
    }
}
