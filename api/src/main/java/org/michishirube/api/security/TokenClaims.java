package org.michishirube.api.security;

import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims a token must carry, checked as input at the edge so that nothing behind it meets a claim of a shape it
 * did not expect: {@code sub} a non-empty string (it keys personal data), {@code exp} present (no token lives for
 * ever), {@code roles} a list of known role names, {@code institution} a non-empty string when present.
 */
final class TokenClaims {

    static final Set<String> ROLES = Set.of("learner", "educator", "steward", "admin");
    private static final int LONGEST = 256;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TokenClaims() {
    }

    /** A token refused for one claim; the problem names it. */
    static final class InvalidClaimException extends InvalidBearerTokenException {

        private static final long serialVersionUID = 1L;
        private final String claim;

        InvalidClaimException(String claim, String description) {
            super(description);
            this.claim = claim;
        }

        String claim() {
            return claim;
        }
    }

    /** Refuses a verified token whose claims are not of the expected shapes. */
    static void check(Jwt jwt) {
        problemIn(jwt.getTokenValue()).ifPresent(problem -> {
            throw problem;
        });
    }

    /**
     * {@return what is wrong with the claims of a compact JWT, read from its payload as sent, before any library
     * converts them (a numeric sub would otherwise become a string, an object its toString)}
     */
    static Optional<InvalidClaimException> problemIn(String token) {
        JsonNode claims;
        try {
            String[] parts = token.split("\\.", -1);
            claims = parts.length == 3 ? JSON.readTree(Base64.getUrlDecoder().decode(parts[1])) : null;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (claims == null || !claims.isObject()) {
            return Optional.empty();
        }
        if (!isName(claims.get("sub"))) {
            return refuse("sub", "The token's sub claim must name its subject: a non-empty string of at most " + LONGEST + " characters.");
        }
        if (claims.get("exp") == null || !claims.get("exp").isNumber()) {
            return refuse("exp", "The token's exp claim must be the time it expires, in seconds since 1970; tokens must expire.");
        }
        JsonNode roles = claims.get("roles");
        boolean known = roles != null && roles.isArray() && roles.valueStream().allMatch(r -> r.isString() && ROLES.contains(r.asString()));
        if (!known) {
            return refuse("roles", "The token's roles claim must be a list of role names from " + ROLES.stream().sorted().toList() + ".");
        }
        if (claims.has("institution") && !isName(claims.get("institution"))) {
            return refuse("institution", "The token's institution claim must be a non-empty string of at most " + LONGEST + " characters.");
        }
        return Optional.empty();
    }

    private static boolean isName(JsonNode value) {
        return value != null && value.isString() && !value.asString().isBlank() && value.asString().length() <= LONGEST;
    }

    private static Optional<InvalidClaimException> refuse(String claim, String description) {
        return Optional.of(new InvalidClaimException(claim, description));
    }
}
