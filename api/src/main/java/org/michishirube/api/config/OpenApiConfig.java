package org.michishirube.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and the bearer scheme that write operations use. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    public static final String BEARER = "bearer";

    @Bean
    OpenAPI michishirubeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Michishirube (道標) API").version("v1")
                        .description("""
                                The competency graph of Japan's health-information credentials — 医療情報技師 (HIT), \
                                上級医療情報技師 (Senior HIT) and 医用画像情報専門技師 (MIIS) — with their targets (到達目標), \
                                related credentials, roles and exam statistics. Reads are public; writes need a bearer JWT. \
                                Errors are RFC 9457 application/problem+json; see docs/problems.md.""")
                        .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
