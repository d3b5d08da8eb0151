package org.michishirube.api.resource;

import java.util.List;

import org.michishirube.api.resource.ResourceManagement.AuditLine;
import org.michishirube.api.resource.ResourceManagement.ResourceBody;
import org.michishirube.api.resource.ResourceManagement.ResourceList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the learning-resource API to {@link ResourceManagement}. */
@RestController
class ResourcesController implements ResourcesApi {

    private final ResourceManagement resources;

    ResourcesController(ResourceManagement resources) {
        this.resources = resources;
    }

    @Override
    public ResourceList list(String target, String kind) {
        return resources.list(target, kind);
    }

    @Override
    public ResourceBody get(String id) {
        return resources.get(id);
    }

    @Override
    public Mono<ResponseEntity<ResourceBody>> create(ResourceBody body) {
        return resources.create(body).map(c -> ResponseEntity.created(c.location()).body(c.body()));
    }

    @Override
    public Mono<ResourceBody> replace(String id, ResourceBody body) {
        return resources.replace(id, body);
    }

    @Override
    public Mono<ResponseEntity<Void>> remove(String id) {
        return resources.remove(id).then(Mono.just(ResponseEntity.noContent().build()));
    }

    @Override
    public Mono<List<AuditLine>> audit(String id) {
        return resources.audit(id);
    }
}
