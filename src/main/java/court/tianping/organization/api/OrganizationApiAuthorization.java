package court.tianping.organization.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class OrganizationApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/members/*/transfer").hasAuthority("organization:member:transfer")
                .requestMatchers(HttpMethod.POST, "/api/v1/members").hasAuthority("organization:member:edit")
                .requestMatchers(HttpMethod.PUT, "/api/v1/members/*").hasAuthority("organization:member:edit")
                .requestMatchers(HttpMethod.POST, "/api/v1/organizations").hasAuthority("organization:unit:edit")
                .requestMatchers(HttpMethod.PUT, "/api/v1/organizations/*").hasAuthority("organization:unit:edit")
                .requestMatchers(HttpMethod.GET, "/api/v1/members", "/api/v1/members/**").hasAuthority("organization:member:read")
                .requestMatchers(HttpMethod.GET, "/api/v1/organizations", "/api/v1/organizations/*", "/api/v1/courts")
                .hasAuthority("organization:read");
    }
}
