package org.michishirube.api.security;

import org.springframework.web.server.ServerWebExchange;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.michishirube.api.problem.ProblemRenderer;
import org.michishirube.api.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import reactor.core.publisher.Mono;

/**
 * Public reads, bearer-token writes. Tokens are JWTs whose {@code roles} claim (learner, educator, steward, admin)
 * becomes authorities. They are checked against the organisation's identity provider when Boot's
 * issuer-uri or jwk-set-uri is set, or against a shared HS256 secret for local use.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);
    static final String SECRET = "michishirube.security.jwt-secret";
    /** How far the clocks of the token's issuer and this service may disagree on exp and nbf. */
    static final String CLOCK_SKEW = "michishirube.security.clock-skew";

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ProblemRenderer problems) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            boolean badToken = e instanceof OAuth2AuthenticationException || e.getCause() instanceof BadJwtException;
            // A claim of an odd shape may already fail the decoder: name it all the same.
            TokenClaims.InvalidClaimException claimProblem = e instanceof TokenClaims.InvalidClaimException invalid ? invalid
                    : badToken ? bearerToken(exchange).flatMap(TokenClaims::problemIn).orElse(null) : null;
            if (claimProblem != null) {
                exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                return problems.write(exchange, ProblemType.INVALID_TOKEN, claimProblem.getMessage(), Map.of("claim", claimProblem.claim()));
            }
            if (badToken) {
                exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                return problems.write(exchange, ProblemType.INVALID_TOKEN,
                        "The bearer token is invalid, expired or not signed by a trusted key.", Map.of());
            }
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, ProblemType.UNAUTHENTICATED, "This operation needs a bearer token.", Map.of());
        };
        ServerAccessDeniedHandler denied = (exchange, e) -> problems.write(exchange, ProblemType.FORBIDDEN,
                "Your token's roles do not allow this operation.", Map.of());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(auth -> auth
                        // Public computations first: no rule below matches these paths, and plans are the busiest write-shaped route.
                        .pathMatchers(HttpMethod.POST, "/api/v1/plans", "/api/v1/plans/ctdl", "/api/v1/role-fit", "/api/v1/renewals", "/api/v1/career-paths/*/position").permitAll()
                        .pathMatchers("/api/v1/admin/**").hasRole("admin")
                        .pathMatchers("/api/v1/me/**").hasRole("learner")
                        .pathMatchers("/api/v1/interop/**").hasAnyRole("steward", "admin")
                        // Revision writes and pair impact are stewards' (and admins'); draft reads answer 404 to others in the controller.
                        .pathMatchers(HttpMethod.GET, "/api/v1/frameworks/*/impact").hasAnyRole("steward", "admin")
                        .pathMatchers(HttpMethod.GET, "/api/v1/provenance").hasAnyRole("steward", "admin")
                        .pathMatchers(HttpMethod.POST, "/api/v1/frameworks/*/drafts", "/api/v1/drafts/**", "/api/v1/career-path-drafts", "/api/v1/career-path-drafts/**").hasAnyRole("steward", "admin")
                        .pathMatchers(HttpMethod.PUT, "/api/v1/drafts/**", "/api/v1/career-path-drafts/**").hasAnyRole("steward", "admin")
                        .pathMatchers(HttpMethod.GET, "/**").permitAll()
                        .pathMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .pathMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // Resource writes are stewards' (and admins'); reads, the audit log aside (404 to others in the controller), are public.
                        .pathMatchers("/api/v1/resources", "/api/v1/resources/**").hasAnyRole("steward", "admin")
                        // Curricula change only through educators (of the owning institution, checked per curriculum) and admins.
                        .pathMatchers("/api/v1/curricula", "/api/v1/curricula/**").hasAnyRole("educator", "admin")
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(rolesConverter())))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .build();
    }

    private static Optional<String> bearerToken(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).strip()) : Optional.empty();
    }

    /**
     * The security firewall rejects encoded slashes, NUL bytes and the like in the URI, and characters outside printable
     * ASCII in a header (a token pasted with Japanese text, raw UTF-8); say which as a problem, not an empty 400. Its
     * exception has one type for both, so the message tells them apart; the header's value is never echoed.
     */
    @Bean
    org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler rejectedAsProblem(ProblemRenderer problems) {
        return (exchange, rejected) -> problems.write(exchange, ProblemType.BAD_REQUEST,
                String.valueOf(rejected.getMessage()).contains("header")
                        ? "A request header contains characters the service does not accept: header values are printable ASCII "
                                + "(a bearer token is, as issued; text such as 日本語 does not belong in a header)."
                        : "The request URI contains characters the service does not accept, such as encoded slashes or control characters.",
                Map.of());
    }

    static JwtAuthenticationConverter rolesConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            // Claims are input: the stock converter would cast them and fail with a 500 on an odd shape.
            TokenClaims.check(jwt);
            return roles.convert(jwt);
        });
        return converter;
    }

    /** Local use: HS256 tokens signed with a shared secret of at least 32 bytes. */
    @Bean
    @Conditional(SecretConfigured.class)
    ReactiveJwtDecoder sharedSecretJwtDecoder(Environment env) {
        if (env.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                || env.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")) {
            LOG.warn("Both {} and an identity provider are configured; tokens are checked against the shared secret only. "
                    + "Unset the secret in production.", SECRET);
        }
        byte[] secret = env.getRequiredProperty(SECRET).getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException(SECRET + " must be at least 32 bytes long for HS256");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new JwtTimestampValidator(env.getProperty(CLOCK_SKEW, Duration.class, Duration.ofSeconds(30))));
        return decoder;
    }

    /** Neither an identity provider nor a secret: every token is refused, so writes cannot succeed. */
    @Bean
    @Conditional(NothingConfigured.class)
    ReactiveJwtDecoder refusingJwtDecoder() {
        LOG.warn("No token verification is configured (set spring.security.oauth2.resourceserver.jwt.issuer-uri, "
                + "jwk-set-uri or {}): every write will be refused with 401.", SECRET);
        return token -> Mono.error(new BadJwtException("no token verification is configured"));
    }

    static final class SecretConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String secret = context.getEnvironment().getProperty(SECRET);
            return secret != null && !secret.isBlank();
        }
    }

    static final class NothingConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return !new SecretConfigured().matches(context, metadata)
                    && !env.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                    && !env.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
                    && !env.containsProperty("spring.security.oauth2.resourceserver.jwt.public-key-location");
        }
    }
}
