package org.michishirube.api.interop;

import org.michishirube.data.interop.RoleImports;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** Routes the interoperability API to {@link InteropExchange}. */
@RestController
class InteropController implements InteropApi {

    private final InteropExchange exchange;

    InteropController(InteropExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public Mono<ObjectNode> caseExport(String id, String version, ServerHttpRequest request) {
        return exchange.caseExport(id, version, request);
    }

    @Override
    public Mono<ObjectNode> ctdlFramework(String id, String version, ServerHttpRequest request) {
        return exchange.ctdlFramework(id, version, request);
    }

    @Override
    public Mono<ObjectNode> ctdlCredential(String id, ServerHttpRequest request) {
        return exchange.ctdlCredential(id, request);
    }

    @Override
    public Mono<RoleImports.Report> importRoles(String csv, Authentication who) {
        return exchange.importRoles(csv, who.getName());
    }

    @Override
    public Mono<ResponseEntity<Void>> deleteRole(String id) {
        return exchange.deleteRole(id).thenReturn(ResponseEntity.noContent().build());
    }
}
