package org.michishirube.api.browse;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.browse.Sittings.CredentialSittings;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The exam sittings of a credential, past and projected (public). */
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Browse", description = "Credentials, frameworks, targets, roles and exam statistics (public)")
interface SittingsApi {

    @GetMapping("/credentials/{id}/sittings")
    @Operation(summary = "Exam sittings of a credential", description = "Per year: exam day(s), application window and result day "
            + "for each stage, oldest first. Sittings not yet announced are projected from the pattern of past ones and say so "
            + "(`projected`); `verification` and `source` concern the exam day, `note` says which other dates are inferred. "
            + "A credential whose sittings are unknown (MIIS) answers an empty list.")
    @ApiResponse(responseCode = "200", description = "The sittings", content = @Content(examples = @ExampleObject("""
            {"credential":{"id":"hit","name":{"ja":"医療情報技師","en":"Healthcare Information Technologist"}},
             "sittings":[{"credential":"hit","year":2027,"examDay":"2027-08-22","applicationCloses":"2027-06-28","projected":true,
               "cancelled":false,"stages":[{"stage":"exam","examDays":["2027-08-22"],"applicationOpens":"2027-04-05",
               "applicationCloses":"2027-06-28","resultDay":"2027-10-03"}],
               "source":"https://www.jami.jp/jadite/new/first/outcome-f.html","verification":"inferred","note":"Projected: …"}]}""")))
    @ApiResponse(responseCode = "404", description = "An unknown credential", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "400", description = "A malformed year", content = @Content(mediaType = "application/problem+json"))
    CredentialSittings sittings(
            @Parameter(description = "Credential id, e.g. hit, senior-hit") @PathVariable String id,
            @Parameter(description = "Only sittings in or after this year") @RequestParam Optional<Integer> from);
}
