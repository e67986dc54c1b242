package court.tianping.cobuilding.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CobuildingApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/cobuilding/figures").hasAuthority("cobuilding:figures")
                .requestMatchers(HttpMethod.POST, "/api/v1/cobuilding/**").hasAuthority("cobuilding:record")
                .requestMatchers(HttpMethod.GET, "/api/v1/cobuilding/**").hasAuthority("cobuilding:read");
    }
}
