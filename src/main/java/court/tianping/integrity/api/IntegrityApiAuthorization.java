package court.tianping.integrity.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class IntegrityApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/integrity/records", "/api/v1/integrity/zero-reports").hasAuthority("integrity:commit")
                .requestMatchers(HttpMethod.GET, "/api/v1/integrity/records", "/api/v1/integrity/verification").hasAuthority("integrity:records")
                .requestMatchers("/api/v1/integrity/campaigns", "/api/v1/integrity/commitments", "/api/v1/integrity/zero-reports").hasAuthority("integrity:campaign")
                .requestMatchers(HttpMethod.GET, "/api/v1/integrity/figures").hasAuthority("integrity:figures");
    }
}
