package court.tianping.honour.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class HonourApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/honours/**", "/api/v1/honours").hasAuthority("honour:record")
                .requestMatchers(HttpMethod.GET, "/api/v1/honours/figures").hasAnyAuthority("honour:figures", "honour:record")
                .requestMatchers(HttpMethod.GET, "/api/v1/honours/**", "/api/v1/honours").hasAuthority("honour:read");
    }
}
