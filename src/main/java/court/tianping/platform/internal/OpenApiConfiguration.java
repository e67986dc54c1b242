package court.tianping.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI tianpingOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tianping API").version("v1")
                        .description("天平 — integrations for the 12345 and 12368 systems and the case system. "
                                + "Authenticate with an API token: Authorization: Bearer <token>. Errors are RFC 9457 "
                                + "problem details in the language of Accept-Language (zh-CN by default, en)."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
