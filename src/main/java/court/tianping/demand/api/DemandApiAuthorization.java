package court.tianping.demand.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class DemandApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/demands", "/api/v1/demands/batch").hasAuthority("demand:intake")
                .requestMatchers(HttpMethod.GET, "/api/v1/demands/figures").hasAuthority("demand:figures")
                .requestMatchers(HttpMethod.POST, "/api/v1/demands/*/dispatch").hasAuthority("demand:dispatch")
                .requestMatchers(HttpMethod.POST, "/api/v1/demands/*/visit", "/api/v1/demands/*/reopen",
                        "/api/v1/demands/*/close").hasAuthority("demand:visit")
                .requestMatchers(HttpMethod.POST, "/api/v1/demands/*/pause", "/api/v1/demands/*/resume")
                .hasAnyAuthority("demand:handle", "demand:dispatch")
                .requestMatchers(HttpMethod.POST, "/api/v1/demands/*/*").hasAuthority("demand:handle")
                .requestMatchers(HttpMethod.GET, "/api/v1/demands", "/api/v1/demands/*").hasAnyAuthority("demand:read", "demand:order");
    }
}
