package org.michishirube.api.search;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.michishirube.api.web.Page;
import org.michishirube.data.search.SearchHit;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Full-text search over the current versions, in Japanese and English (public). */
@Tag(name = "Search", description = "Full-text search in Japanese and English (public)")
interface SearchApi {

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search credentials, targets, roles and domains",
            description = "Ranked by relevance over ja and en names and descriptions of the current versions. Japanese fragments such as "
                    + "画像 or 情報技師 work; the snippet marks matches with <mark> in the requested language.")
    @ApiResponse(responseCode = "200", description = "A page of hits", content = @Content(examples = @ExampleObject("""
            {"items":[{"type":"credential","id":"miis","name":{"ja":"医用画像情報専門技師","en":"Medical Imaging Information Specialist"},
              "version":null,"snippet":"医用<mark>画像</mark>情報専門技師","score":2.1}],"page":0,"size":20,"total":31}""")))
    @ApiResponse(responseCode = "400", description = "Missing, blank or too long query, unknown type or language",
            content = @Content(mediaType = "application/problem+json"))
    Mono<Page<SearchHit>> search(
            @Parameter(description = "The query, 1 to 200 characters", required = true) @RequestParam String q,
            @Parameter(description = "Limit to credential, target, role or domain") @RequestParam Optional<String> type,
            @Parameter(description = "Language of the snippet: ja or en") @RequestParam(defaultValue = "ja") String lang,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "20") int size);
}

