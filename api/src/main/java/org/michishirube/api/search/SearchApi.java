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

/** Full-text search from memory, in Japanese and English (public). */
@Tag(name = "Search", description = "Full-text search in Japanese and English (public)")
interface SearchApi {

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search credentials, targets, roles and domains",
            description = "Ranked by relevance over names, alternative labels (abbreviations, official English names), descriptions "
                    + "and renewal rules, in ja and en. Japanese is split into words by a morphological analyzer (Kuromoji), so 階層ストレージ "
                    + "finds ストレージ階層 and 生涯学習 does not find 機械学習; half-width and hiragana input work (ｽﾄﾚｰｼﾞ, でんしかるて); "
                    + "synonyms cross languages (EHR finds 電子カルテ). Items with every word of the query rank first, names above "
                    + "descriptions. The snippet is the matched field with the matched words in <mark>; `field` names it. Targets of the "
                    + "current versions unless `framework` names a version. A query of only stop words or symbols answers an empty page. "
                    + "Answered from an in-memory index of the published graph; see docs/search.md.")
    @ApiResponse(responseCode = "200", description = "A page of hits", content = @Content(examples = @ExampleObject("""
            {"items":[{"type":"target","id":"miis.pacs.storage-tiers","name":{"ja":"ストレージ階層と容量設計","en":"Storage tiers and capacity planning"},
              "version":"miis@2011","snippet":"<mark>ストレージ階層</mark>と容量設計","score":35.2,"field":"nameJa","framework":"miis",
              "path":[{"id":"miis.imaging-systems","name":{"ja":"画像情報システム","en":"Imaging information systems"}},
                      {"id":"miis.pacs","name":{"ja":"RIS・PACS・レポートシステム","en":"RIS, PACS and reporting"}},
                      {"id":"miis.pacs.storage-tiers","name":{"ja":"ストレージ階層と容量設計","en":"Storage tiers and capacity planning"}}]}],
             "page":0,"size":20,"total":3}""")))
    @ApiResponse(responseCode = "400", description = "Missing, blank or too long query, unknown type, language, framework or credential",
            content = @Content(mediaType = "application/problem+json"))
    Mono<Page<SearchHit>> search(
            @Parameter(description = "The query, 1 to 200 characters", required = true) @RequestParam String q,
            @Parameter(description = "Limit to credential, target, role or domain") @RequestParam Optional<String> type,
            @Parameter(description = "Match ja or en texts and show that language's snippet; a query with no words in that language "
                    + "(Japanese typed on the English page) is matched in the other. Both when absent")
            @RequestParam Optional<String> lang,
            @Parameter(description = "A framework id (its current version's targets, e.g. hit) or a version id (that version's targets, "
                    + "e.g. hit@pre-fy2020)") @RequestParam Optional<String> framework,
            @Parameter(description = "A credential id: the credential, its framework's domains and targets and the roles it suits")
            @RequestParam Optional<String> credential,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "20") int size);
}

