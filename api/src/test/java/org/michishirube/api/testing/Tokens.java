package org.michishirube.api.testing;

import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Real HS256 tokens, signed the way the README's mint command signs them. */
public final class Tokens {

    public static final String SECRET = "test-secret-that-is-at-least-32-bytes-long!";

    private Tokens() {
    }

    public static String forRoles(String subject, List<String> roles) {
        return sign(SECRET, subject, roles, null, Instant.now().plusSeconds(3600));
    }

    public static String sign(String secret, String subject, List<String> roles, String institution, Instant expiry) {
        return sign(secret, subject, (Object) roles, institution, expiry);
    }

    /** A signed token whose roles claim has whatever shape is given (a number, an object…), as an odd client might send. */
    public static String withRolesClaim(Object roles) {
        return sign(SECRET, "odd-" + System.nanoTime(), roles, null, Instant.now().plusSeconds(3600));
    }

    /**
     * A token signed with the test secret whose claims are exactly these (a null value is a JSON null), so a test can
     * send any claim missing, of any JSON type, or oversized.
     */
    public static String withClaims(java.util.Map<String, Object> claims) {
        try {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
            claims.forEach(set::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set.build());
            jwt.sign(new MACSigner(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String secret, String subject, Object roles, String institution, Instant expiry) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                    .issueTime(java.util.Date.from(Instant.now().minusSeconds(60))).expirationTime(java.util.Date.from(expiry));
            if (institution != null) {
                claims.claim("institution", institution);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
