package court.tianping.life.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class LifeApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/life/meetings/*/publish").hasAuthority("life:publish")
                .requestMatchers(HttpMethod.POST, "/api/v1/life/meetings", "/api/v1/life/meetings/*/*").hasAuthority("life:meeting")
                .requestMatchers(HttpMethod.GET, "/api/v1/life/compliance").hasAuthority("life:compliance")
                .requestMatchers(HttpMethod.GET, "/api/v1/life/meetings", "/api/v1/life/meetings/*", "/api/v1/life/publications")
                .hasAuthority("life:read");
    }
}
