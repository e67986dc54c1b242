package court.tianping.archive.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class ArchiveApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/archive/entries", "/api/v1/archive/entries/*/confirm")
                .hasAuthority("archive:record")
                .requestMatchers(HttpMethod.GET, "/api/v1/archive/members/*").hasAuthority("archive:read");
    }
}
