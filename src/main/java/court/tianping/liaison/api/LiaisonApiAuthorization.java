package court.tianping.liaison.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class LiaisonApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/liaison/units", "/api/v1/liaison/units/*/liaisons").hasAuthority("liaison:manage")
                .requestMatchers(HttpMethod.POST, "/api/v1/liaison/**").hasAuthority("liaison:record")
                .requestMatchers(HttpMethod.GET, "/api/v1/liaison/figures").hasAuthority("liaison:figures")
                .requestMatchers(HttpMethod.GET, "/api/v1/liaison/**").hasAuthority("liaison:read");
    }
}
