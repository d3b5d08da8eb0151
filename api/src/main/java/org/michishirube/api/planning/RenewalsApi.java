package org.michishirube.api.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.planning.Renewals.RenewalRequest;
import org.michishirube.api.planning.Renewals.RenewalView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Renewal plans for holders (public, nothing stored). */
@Tag(name = "Planning", description = "Learning paths and role fit (public, nothing is stored)")
@ApiResponse(responseCode = "400", description = "A malformed request", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "An unknown credential", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "422", description = "No renewal rule is known for the credential, or the holder is not certified yet",
        content = @Content(mediaType = "application/problem+json"))
interface RenewalsApi {

    @PostMapping(path = "/api/v1/renewals", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan a renewal", description = "For a holder of HIT or Senior HIT (the year the exam was passed, the points and "
            + "whether the lifelong-learning seminar was taken in the current period): the current period, its expiry, the points "
            + "still missing, the seminar, and the application window (1 November to 31 March), as milestones.")
    @ApiResponse(responseCode = "200", description = "The renewal", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject("""
            {"credential":{"id":"hit"},"renewal":1,"periodStart":"2022-11-01","expires":"2028-03-31","applicationOpens":"2027-11-01",
             "applicationCloses":"2028-03-31","pointsNeeded":50,"pointsMissing":30,"seminarRequired":true,"seminarMissing":true,
             "milestones":[{"kind":"application-opens","date":"2027-11-01"},{"kind":"application-closes","date":"2028-03-31"}]}""")),
            @Content(mediaType = PlanCalendar.MEDIA_TYPE, examples = @ExampleObject("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"))})
    RenewalView renewal(@RequestBody RenewalRequest request);

    @PostMapping(path = "/api/v1/renewals", consumes = MediaType.APPLICATION_JSON_VALUE, produces = PlanCalendar.MEDIA_TYPE)
    @Operation(summary = "Plan a renewal, as a calendar", description = "The renewal's milestones as an iCalendar file (RFC 5545): the "
            + "window's opening, the application deadline with an alarm a week before, and the expiry.")
    ResponseEntity<String> renewalAsCalendar(@RequestBody RenewalRequest request);
}
