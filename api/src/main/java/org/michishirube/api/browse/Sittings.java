package org.michishirube.api.browse;

import java.util.List;
import java.util.Optional;

import org.michishirube.api.browse.Views.Ref;
import org.michishirube.api.problem.ApiException;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.data.graph.PublishedGraph;
import org.springframework.stereotype.Component;

/** Exam sittings from the published snapshot. */
@Component
class Sittings {

    /**
     * A credential and its sittings.
     *
     * @param credential the credential
     * @param sittings its sittings, oldest first
     */
    record CredentialSittings(Ref credential, List<SittingView> sittings) {
    }

    private final PublishedGraph published;

    Sittings(PublishedGraph published) {
        this.published = published;
    }

    CredentialSittings of(String id, Optional<Integer> from) {
        var snapshot = published.snapshot();
        Credential c = (CredentialId.isWellFormed(id) ? snapshot.graph().credential(new CredentialId(id)) : Optional.<Credential>empty())
                .orElseThrow(() -> ApiException.notFound("credential", id));
        return new CredentialSittings(new Ref(c.id().value(), c.name()), snapshot.sittings().of(c.id()).stream()
                .filter(s -> from.map(y -> s.year() >= y).orElse(true)).map(SittingView::of).toList());
    }
}
