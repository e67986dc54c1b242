package court.tianping.platform;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules a module contributes to the API's security chain, so that a caller without the
 * permission is refused before the request body is read or validated. Method security still
 * checks every service call; these rules only make the refusal come first.
 */
public interface ApiAuthorization {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
