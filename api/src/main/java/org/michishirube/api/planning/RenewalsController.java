package org.michishirube.api.planning;

import org.michishirube.api.planning.Renewals.RenewalRequest;
import org.michishirube.api.planning.Renewals.RenewalView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Routes the renewal API to {@link Renewals}. */
@RestController
class RenewalsController implements RenewalsApi {

    private final Renewals renewals;

    RenewalsController(Renewals renewals) {
        this.renewals = renewals;
    }

    @Override
    public RenewalView renewal(RenewalRequest request) {
        return renewals.renewal(request);
    }

    @Override
    public ResponseEntity<String> renewalAsCalendar(RenewalRequest request) {
        return PlanCalendar.attachment(PlanCalendar.renewal(renewals.renewal(request), java.time.Instant.now()), "renewal.ics");
    }
}
