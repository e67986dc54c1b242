package court.tianping.study.api;

import court.tianping.platform.ApiAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class StudyApiAuthorization implements ApiAuthorization {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/study/sessions", "/api/v1/study/sessions/*/hold").hasAuthority("study:record")
                .requestMatchers(HttpMethod.POST, "/api/v1/study/members/*/training").hasAuthority("study:training")
                .requestMatchers(HttpMethod.GET, "/api/v1/study/hours").hasAnyAuthority("study:record", "study:export")
                .requestMatchers(HttpMethod.GET, "/api/v1/study/**").hasAuthority("study:read");
    }
}
