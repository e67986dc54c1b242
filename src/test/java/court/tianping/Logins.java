package court.tianping;

import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs MockMvc requests, or the calls of the test's own thread to the application's services, in as a demo
 * account, with the same principal a real login produces.
 */
public final class Logins {

    private Logins() {
    }

    public static RequestPostProcessor as(UserAccounts accounts, String username) {
        TianpingUser user = accounts.findByUsername(username).orElseThrow();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    /** Signs the test's thread in; clear the context after the test. */
    public static void signIn(UserAccounts accounts, String username) {
        TianpingUser user = accounts.findByUsername(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
