package org.michishirube.api.admin;

import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Routes the administration API to {@link DatasetReload}. */
@RestController
class AdminController implements AdminApi {

    private final DatasetReload reload;

    AdminController(DatasetReload reload) {
        this.reload = reload;
    }

    @Override
    public Mono<ReloadAnswer> verifyAndReload() {
        return reload.verifyAndReload();
    }
}
