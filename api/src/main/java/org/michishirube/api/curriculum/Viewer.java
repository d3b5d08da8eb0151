package org.michishirube.api.curriculum;

import java.util.Optional;

import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.coverage.Visibility;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Who is asking: anonymous, or a token's subject with its roles and institution.
 *
 * @param institution the token's {@code institution} claim, when well-formed
 * @param educator whether the token has the educator role
 * @param admin whether the token has the admin role
 */
public record Viewer(Optional<InstitutionId> institution, boolean educator, boolean admin) {

    static final Viewer ANONYMOUS = new Viewer(Optional.empty(), false, false);

    /** {@return the viewer of the current request; reads are public, so there may be no token} */
    public static Mono<Viewer> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(c -> c.getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(Viewer::of)
                .defaultIfEmpty(ANONYMOUS);
    }

    static Viewer of(Authentication auth) {
        boolean educator = auth.getAuthorities().stream().anyMatch(a -> "ROLE_educator".equals(a.getAuthority()));
        boolean admin = auth.getAuthorities().stream().anyMatch(a -> "ROLE_admin".equals(a.getAuthority()));
        Optional<InstitutionId> institution = Optional.empty();
        if (auth.getPrincipal() instanceof Jwt jwt) {
            institution = Optional.ofNullable(jwt.getClaimAsString("institution")).filter(InstitutionId::isWellFormed).map(InstitutionId::new);
        }
        return new Viewer(institution, educator, admin);
    }

    /** Private curricula are visible only to those who may change them. */
    public boolean canSee(Curriculum c) {
        return c.visibility() == Visibility.PUBLIC || canEdit(c);
    }

    public boolean canEdit(Curriculum c) {
        return admin || educator && institution.filter(c.institution()::equals).isPresent();
    }
}
