package org.michishirube.api.resource;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.config.OpenApiConfig;
import org.michishirube.api.resource.ResourceManagement.AuditLine;
import org.michishirube.api.resource.ResourceManagement.ResourceBody;
import org.michishirube.api.resource.ResourceManagement.ResourceList;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Learning resources besides schools' courses (textbooks, seminars, e-learning): public reads, stewards' writes, audit logged. */
@RequestMapping(ResourceManagement.BASE)
@Tag(name = "Learning resources")
interface ResourcesApi {

    String EXAMPLE = """
            {"id":"jami-textbook-his","title":{"ja":"『医療情報』 医療情報システム編","en":"Iryō Jōhō (Healthcare Information): Healthcare Information Systems volume"},
             "kind":"textbook","targets":[],"domains":["hit.sys"],"depth":"reinforces","language":"ja",
             "source":"JCMI2022 3-B-3-03 § the official study basis of the HIT exam","verification":"corroborated",
             "note":"The official JAMI textbook the HIT exam questions are based on, one of three volumes."}""";
    String PROBLEM = "application/problem+json";

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Learning resources", description = "Public. Seeded from the reference dataset (resources.yaml) and registered "
            + "by stewards; with target, those a plan's step for that target lists (the target, an area above it, or its domain).")
    @ApiResponse(responseCode = "200", description = "The resources", content = @Content(examples = @ExampleObject("{\"total\":1,\"items\":[" + EXAMPLE + "]}")))
    @ApiResponse(responseCode = "400", description = "Unknown kind", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "Unknown target", content = @Content(mediaType = PROBLEM))
    ResourceList list(@Parameter(description = "A target id: the resources for it", example = "hit.sys.his.ordering") @RequestParam(required = false) String target,
                      @Parameter(description = "textbook, seminar, e-learning, exam-papers or other") @RequestParam(required = false) String kind);

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One learning resource", description = "Public.")
    @ApiResponse(responseCode = "200", description = "The resource", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such resource", content = @Content(mediaType = PROBLEM))
    ResourceBody get(@Parameter(description = "Resource id", example = "jami-textbook-his") @PathVariable String id);

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a learning resource", description = "Stewards and admins. No four eyes (a resource points to material, "
            + "it does not redefine a credential), but the write is audit logged and every instance's plans list it at once. Every target "
            + "and domain must be one of a current version (422 naming it).", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "201", description = "Registered; Location is its address", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields, each with field, code and message", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The id is taken", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "A target or domain the graph does not have", content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<ResourceBody>> create(@RequestBody(required = false) ResourceBody body);

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a learning resource", description = "Stewards and admins; seeded resources too (a reload of the dataset "
            + "then keeps the steward's version). Checked as on registration.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The resource as stored", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such resource", content = @Content(mediaType = PROBLEM))
    Mono<ResourceBody> replace(@Parameter(description = "Resource id") @PathVariable String id, @RequestBody(required = false) ResourceBody body);

    @DeleteMapping(path = "/{id}")
    @Operation(summary = "Remove a learning resource", description = "Stewards and admins. Its log stays; a removed seed is not brought back by a reload.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such resource", content = @Content(mediaType = PROBLEM))
    Mono<ResponseEntity<Void>> remove(@Parameter(description = "Resource id") @PathVariable String id);

    @GetMapping(path = "/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Audit log of a learning resource", description = "Stewards and admins (404 for anyone else): who changed what, "
            + "when, before and after.", security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The log, oldest first", content = @Content(examples = @ExampleObject("""
            [{"sequence":1,"at":"2026-12-05T01:00:00Z","actor":"steward-a","action":"create","before":[],
              "after":["his-e-learning [e-learning, introduces, ja] 「病院情報システム入門」 “Introduction to hospital information systems”",
               "addresses: hit.sys.his.architecture","url: https://example.org/his; hours: 6; cost: 無料","source: https://example.org/his (secondary)"]}]""")))
    @ApiResponse(responseCode = "404", description = "No log for that id, or you are not a steward", content = @Content(mediaType = PROBLEM))
    Mono<List<AuditLine>> audit(@Parameter(description = "Resource id") @PathVariable String id);
}
