package court.tianping.supervision.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class SupervisionApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/supervision/feedback", "/api/v1/supervision/feedback/batch")
                .hasAuthority("supervision:record")
                .requestMatchers(HttpMethod.POST, "/api/v1/supervision/feedback/*/verify").hasAuthority("supervision:verify")
                .requestMatchers(HttpMethod.GET, "/api/v1/supervision/feedback", "/api/v1/supervision/feedback/*")
                .hasAuthority("supervision:read");
    }
}
