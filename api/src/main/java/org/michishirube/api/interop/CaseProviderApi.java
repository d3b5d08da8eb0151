package org.michishirube.api.interop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The read-only 1EdTech CASE 1.1 provider over every published and retired version (public). */
@RequestMapping(path = "/ims/case/v1p1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "CASE provider", description = "1EdTech CASE 1.1 REST endpoints over the published and retired framework versions (public)")
@ApiResponse(responseCode = "404", description = "No public CASE object has this identifier", content = @Content(mediaType = "application/problem+json"))
interface CaseProviderApi {

    String ITEM = """
            {"identifier":"2d2c5b0e-6b8e-3c57-9f0a-1f3b0c1d2e3f","uri":"https://michishirube.example.org/ims/case/v1p1/CFItems/2d2c5b0e-6b8e-3c57-9f0a-1f3b0c1d2e3f",
             "fullStatement":"SQL","humanCodingScheme":"hit.it.db.sql","CFItemType":"Topic","language":"ja",
             "lastChangeDateTime":"2022-03-01T00:00:00+00:00","extensions":{"translations":{"en":{"fullStatement":"SQL"}},
             "michishirube":{"id":"hit.it.db.sql","kind":"topic","domain":"hit.it"}}}""";

    @GetMapping("/CFDocuments")
    @Operation(summary = "All CFDocuments", description = "One CFDocument per published or retired framework version.")
    @ApiResponse(responseCode = "200", description = "The documents", content = @Content(examples = @ExampleObject("""
            {"CFDocuments":[{"identifier":"0b0f…","uri":"https://michishirube.example.org/ims/case/v1p1/CFDocuments/0b0f…",
              "caseVersion":"1.1","creator":"一般社団法人日本医療情報学会","title":"医療情報技師 到達目標 FY2020改訂","language":"ja","version":"fy2020",
              "adoptionStatus":"Adopted","lastChangeDateTime":"2022-03-01T00:00:00+00:00"}]}""")))
    Mono<ObjectNode> documents(ServerHttpRequest request);

    @GetMapping("/CFDocuments/{id}")
    @Operation(summary = "One CFDocument")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(examples = @ExampleObject("""
            {"identifier":"0b0f…","uri":"https://michishirube.example.org/ims/case/v1p1/CFDocuments/0b0f…","caseVersion":"1.1",
             "title":"医療情報技師 到達目標 FY2020改訂","language":"ja","extensions":{"translations":{"en":{"title":"HIT targets, FY2020 revision"}}}}""")))
    Mono<JsonNode> document(@Parameter(description = "CFDocument identifier (UUID)") @PathVariable String id, ServerHttpRequest request);

    @GetMapping("/CFPackages/{id}")
    @Operation(summary = "One CFPackage", description = "The CFDocument with all its CFItems, CFAssociations and CFDefinitions.")
    @ApiResponse(responseCode = "200", description = "The package", content = @Content(examples = @ExampleObject("""
            {"CFDocument":{"identifier":"0b0f…","title":"医療情報技師 到達目標 FY2020改訂","language":"ja"},
             "CFItems":[""" + ITEM + """
            ],"CFAssociations":[{"identifier":"…","associationType":"isChildOf","originNodeURI":{"title":"SQL","identifier":"2d2c…","uri":"…"},
             "destinationNodeURI":{"title":"データベース","identifier":"…","uri":"…"},"sequenceNumber":1}],"CFDefinitions":{"CFItemTypes":[]}}""")))
    Mono<JsonNode> cfPackage(@Parameter(description = "CFDocument identifier (UUID)") @PathVariable String id, ServerHttpRequest request);

    @GetMapping("/CFItems/{id}")
    @Operation(summary = "One CFItem")
    @ApiResponse(responseCode = "200", description = "The item", content = @Content(examples = @ExampleObject(ITEM)))
    Mono<JsonNode> item(@Parameter(description = "CFItem identifier (UUID)") @PathVariable String id, ServerHttpRequest request);

    @GetMapping("/CFAssociations/{id}")
    @Operation(summary = "One CFAssociation")
    @ApiResponse(responseCode = "200", description = "The association", content = @Content(examples = @ExampleObject("""
            {"identifier":"…","associationType":"precedes","uri":"https://michishirube.example.org/ims/case/v1p1/CFAssociations/…",
             "originNodeURI":{"title":"SQL","identifier":"2d2c…","uri":"…"},"destinationNodeURI":{"title":"正規化","identifier":"…","uri":"…"},
             "lastChangeDateTime":"2022-03-01T00:00:00+00:00"}""")))
    Mono<JsonNode> association(@Parameter(description = "CFAssociation identifier (UUID)") @PathVariable String id, ServerHttpRequest request);

    @GetMapping("/CFItemAssociations/{id}")
    @Operation(summary = "The associations of one CFItem", description = "The item and every association it is the origin or destination of, "
            + "across all public versions.")
    @ApiResponse(responseCode = "200", description = "The item and its associations", content = @Content(examples = @ExampleObject("""
            {"CFItem":""" + ITEM + """
            ,"CFAssociations":[{"identifier":"…","associationType":"isChildOf","originNodeURI":{"identifier":"2d2c…"},"destinationNodeURI":{"identifier":"…"}}]}""")))
    Mono<JsonNode> itemAssociations(@Parameter(description = "CFItem identifier (UUID)") @PathVariable String id, ServerHttpRequest request);
}

