package org.michishirube.api.browse;

import java.util.Optional;

import org.michishirube.api.browse.Sittings.CredentialSittings;
import org.springframework.web.bind.annotation.RestController;

/** Routes the sittings API to {@link Sittings}. */
@RestController
class SittingsController implements SittingsApi {

    private final Sittings sittings;

    SittingsController(Sittings sittings) {
        this.sittings = sittings;
    }

    @Override
    public CredentialSittings sittings(String id, Optional<Integer> from) {
        return sittings.of(id, from);
    }
}
