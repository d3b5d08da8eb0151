package org.michishirube.api.interop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.michishirube.api.problem.ApiException;
import org.michishirube.api.problem.ProblemType;
import org.michishirube.api.web.Blocking;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Finds the CASE objects of the public versions by identifier, from the catalogue's index. */
@Component
class CaseProvider {

    private final Catalogs catalogs;

    CaseProvider(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    Mono<ObjectNode> documents(ServerHttpRequest request) {
        return objects(request, o -> {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.putArray("CFDocuments").addAll(List.copyOf(o.documentNodes.values()));
            return out;
        });
    }

    Mono<JsonNode> document(String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.documentNodes.get(id), "CFDocument", id));
    }

    Mono<JsonNode> cfPackage(String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.cfPackage(id).orElse(null), "CFPackage", id));
    }

    Mono<JsonNode> item(String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.items.get(id), "CFItem", id));
    }

    Mono<JsonNode> association(String id, ServerHttpRequest request) {
        return objects(request, o -> found(o.associations.get(id), "CFAssociation", id));
    }

    /** {@return the item and every association it is the origin or destination of} */
    Mono<JsonNode> itemAssociations(String id, ServerHttpRequest request) {
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
        // Building the index reads the stored identifiers once per revision.
        return Blocking.call(() -> answer.apply(catalogs.index(base).objects()));
    }

    private static JsonNode found(JsonNode node, String what, String id) {
        if (node == null) {
            throw new ApiException(ProblemType.NOT_FOUND, "No public " + what + " has the identifier '" + id + "'.", Map.of("id", id));
        }
        return node;
    }
}
