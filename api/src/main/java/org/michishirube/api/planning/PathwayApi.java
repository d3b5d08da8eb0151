package org.michishirube.api.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.planning.PlanningBodies.PlanRequest;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** A learning plan as a CTDL Pathway (public; nothing is stored). */
@Tag(name = "Planning", description = "Learning paths and role fit (public, nothing is stored)")
interface PathwayApi {

    @PostMapping(path = "/api/v1/plans/ctdl", consumes = MediaType.APPLICATION_JSON_VALUE, produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Plan a learning path, as a CTDL Pathway",
            description = "The same request as POST /api/v1/plans. The plan becomes a ceterms:Pathway whose destination is the goal; exams "
                    + "are CredentialComponents, steps CompetencyComponents, and every component lists what comes before it in ceasn:hasChild "
                    + "with a ComponentCondition requiring all of them.")
    @ApiResponse(responseCode = "200", description = "The pathway graph", content = @Content(mediaType = "application/ld+json", examples = @ExampleObject("""
            {"@context":"https://credreg.net/ctdl/schema/context/json","@id":"https://michishirube.example.org/ctdl/graph/ce-…",
             "@graph":[{"@id":"https://michishirube.example.org/ctdl/resources/ce-…","@type":"ceterms:Pathway","ceterms:ctid":"ce-…",
               "ceterms:name":{"ja":"学習計画: 医用画像情報専門技師","en":"Learning plan: Medical Imaging Information Specialist"},
               "ceterms:hasDestinationComponent":"https://michishirube.example.org/ctdl/resources/ce-d…","ceasn:hasPart":["…"]},
              {"@id":"https://michishirube.example.org/ctdl/resources/ce-d…","@type":"ceterms:CredentialComponent","ceterms:credentialType":"ceterms:Certification",
               "ceasn:hasChild":["…"],"ceterms:hasCondition":[{"@type":"ceterms:ComponentCondition","ceterms:requiredNumber":72,"ceterms:targetComponent":["…"]}]}]}""")))
    @ApiResponse(responseCode = "400", description = "Malformed body or invalid fields, each named", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The goal is already reached, or cannot be planned", content = @Content(mediaType = "application/problem+json"))
    Mono<ObjectNode> pathway(@RequestBody PlanRequest request, ServerHttpRequest http);
}

