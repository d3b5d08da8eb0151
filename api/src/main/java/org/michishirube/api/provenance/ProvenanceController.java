package org.michishirube.api.provenance;

import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the provenance API to {@link ProvenanceReporting}. */
@RestController
class ProvenanceController implements ProvenanceApi {

    private final ProvenanceReporting reporting;

    ProvenanceController(ProvenanceReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public Mono<ProvenanceReport> provenance(int limit) {
        return reporting.report(limit);
    }
}
