package org.michishirube.api.interop;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Routes the CASE provider API to {@link CaseProvider}. */
@RestController
class CaseProviderController implements CaseProviderApi {

    private final CaseProvider provider;

    CaseProviderController(CaseProvider provider) {
        this.provider = provider;
    }

    @Override
    public Mono<ObjectNode> documents(ServerHttpRequest request) {
        return provider.documents(request);
    }

    @Override
    public Mono<JsonNode> document(String id, ServerHttpRequest request) {
        return provider.document(id, request);
    }

    @Override
    public Mono<JsonNode> cfPackage(String id, ServerHttpRequest request) {
        return provider.cfPackage(id, request);
    }

    @Override
    public Mono<JsonNode> item(String id, ServerHttpRequest request) {
        return provider.item(id, request);
    }

    @Override
    public Mono<JsonNode> association(String id, ServerHttpRequest request) {
        return provider.association(id, request);
    }

    @Override
    public Mono<JsonNode> itemAssociations(String id, ServerHttpRequest request) {
        return provider.itemAssociations(id, request);
    }
}
