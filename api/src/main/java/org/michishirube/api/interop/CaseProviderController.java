package org.michishirube.api.interop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.problem.ApiException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The read-only CASE 1.1 provider a CASE consumer calls: every published and retired version, public. */
@RestController
@RequestMapping(path = "/ims/case/v1p1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "CASE provider", description = "1EdTech CASE 1.1 REST endpoints over the published and retired framework versions (public)")
@ApiResponse(responseCode = "404", description = "No public CASE object has this identifier", content = @Content(mediaType = "application/problem+json"))
class CaseProviderController {

    private static final String ITEM = """
            {"identifier":"2d2c5b0e-6b8e-3c57-9f0a-1f3b0c1d2e3f","uri":"https://michishirube.example.org/ims/case/v1p1/CFItems/2d2c5b0e-6b8e-3c57-9f0a-1f3b0c1d2e3f",
             "fullStatement":"SQL","humanCodingScheme":"hit.it.db.sql","CFItemType":"Topic","language":"ja",
             "lastChangeDateTime":"2022-03-01T00:00:00+00:00","extensions":{"translations":{"en":{"fullStatement":"SQL"}},
             "michishirube":{"id":"hit.it.db.sql","kind":"topic","domain":"hit.it"}}}""";

    private final Catalogs catalogs;

    CaseProviderController(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @GetMapping("/CFDocuments")
    @Operation(summary = "All CFDocuments", description = "One CFDocument per published or retired framework version.")
    @ApiResponse(responseCode = "200", description = "The documents", content = @Content(examples = @ExampleObject("""
            {"CFDocuments":[{"identifier":"0b0f…","uri":"https://michishirube.example.org/ims/case/v1p1/CFDocuments/0b0f…",
              "caseVersion":"1.1","creator":"一般社団法人日本医療情報学会","title":"医療情報技師 到達目標 FY2020改訂","language":"ja","version":"fy2020",
              "adoptionStatus":"Adopted","lastChangeDateTime":"2022-03-01T00:00:00+00:00"}]}""")))
    Mono<ObjectNode> documents(ServerHttpRequest request) {
        return objects(request, o -> {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.putArray("CFDocuments").addAll(List.copyOf(o.documentNodes.values()));
            return out;
        });
    }

    @GetMapping("/CFDocuments/{id}")
    @Operation(summary = "One CFDocument")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(examples = @ExampleObject("""
            {"identifier":"0b0f…","uri":"https://michishirube.example.org/ims/case/v1p1/CFDocuments/0b0f…","caseVersion":"1.1",
             "title":"医療情報技師 到達目標 FY2020改訂","language":"ja","extensions":{"translations":{"en":{"title":"HIT targets, FY2020 revision"}}}}""")))
    Mono<JsonNode> document(@Parameter(description = "CFDocument identifier (UUID)") @PathVariable String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.documentNodes.get(id), "CFDocument", id));
    }

    @GetMapping("/CFPackages/{id}")
    @Operation(summary = "One CFPackage", description = "The CFDocument with all its CFItems, CFAssociations and CFDefinitions.")
    @ApiResponse(responseCode = "200", description = "The package", content = @Content(examples = @ExampleObject("""
            {"CFDocument":{"identifier":"0b0f…","title":"医療情報技師 到達目標 FY2020改訂","language":"ja"},
             "CFItems":[""" + ITEM + """
            ],"CFAssociations":[{"identifier":"…","associationType":"isChildOf","originNodeURI":{"title":"SQL","identifier":"2d2c…","uri":"…"},
             "destinationNodeURI":{"title":"データベース","identifier":"…","uri":"…"},"sequenceNumber":1}],"CFDefinitions":{"CFItemTypes":[]}}""")))
    Mono<JsonNode> cfPackage(@Parameter(description = "CFDocument identifier (UUID)") @PathVariable String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.cfPackage(id).orElse(null), "CFPackage", id));
    }

    @GetMapping("/CFItems/{id}")
    @Operation(summary = "One CFItem")
    @ApiResponse(responseCode = "200", description = "The item", content = @Content(examples = @ExampleObject(ITEM)))
    Mono<JsonNode> item(@Parameter(description = "CFItem identifier (UUID)") @PathVariable String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.items.get(id), "CFItem", id));
    }

    @GetMapping("/CFAssociations/{id}")
    @Operation(summary = "One CFAssociation")
    @ApiResponse(responseCode = "200", description = "The association", content = @Content(examples = @ExampleObject("""
            {"identifier":"…","associationType":"precedes","uri":"https://michishirube.example.org/ims/case/v1p1/CFAssociations/…",
             "originNodeURI":{"title":"SQL","identifier":"2d2c…","uri":"…"},"destinationNodeURI":{"title":"正規化","identifier":"…","uri":"…"},
             "lastChangeDateTime":"2022-03-01T00:00:00+00:00"}""")))
    Mono<JsonNode> association(@Parameter(description = "CFAssociation identifier (UUID)") @PathVariable String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.associations.get(id), "CFAssociation", id));
    }

    @GetMapping("/CFItemAssociations/{id}")
    @Operation(summary = "The associations of one CFItem", description = "The item and every association it is the origin or destination of, "
            + "across all public versions.")
    @ApiResponse(responseCode = "200", description = "The item and its associations", content = @Content(examples = @ExampleObject("""
            {"CFItem":""" + ITEM + """
            ,"CFAssociations":[{"identifier":"…","associationType":"isChildOf","originNodeURI":{"identifier":"2d2c…"},"destinationNodeURI":{"identifier":"…"}}]}""")))
    Mono<JsonNode> itemAssociations(@Parameter(description = "CFItem identifier (UUID)") @PathVariable String id, ServerHttpRequest request) {
        return objects(request, o -> {
            JsonNode item = found(o.items.get(id), "CFItem", id);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.set("CFItem", item);
            out.putArray("CFAssociations").addAll(o.associationsOf.getOrDefault(id, List.of()));
            return out;
        });
    }

    private <T> Mono<T> objects(ServerHttpRequest request, Function<Catalogs.Objects, T> answer) {
        String base = catalogs.base(request);
        // Building the index reads the stored identifiers once per revision; keep that off the event loop.
        return Mono.fromCallable(() -> answer.apply(catalogs.index(base).objects())).subscribeOn(Schedulers.boundedElastic());
    }

    private static JsonNode found(JsonNode node, String what, String id) {
        if (node == null) {
            throw new ApiException(org.michishirube.api.problem.ProblemType.NOT_FOUND, "No public " + what + " has the identifier '" + id + "'.",
                    Map.of("id", id));
        }
        return node;
    }
}
