package court.tianping.platform.internal;

import court.tianping.platform.PlatformChange;
import court.tianping.platform.TianpingUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/** Counts failed logins and locks an account after too many within the window. */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;

    LoginAttempts(JdbcClient jdbc, Clock clock, SecurityProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (!accountExists(username)) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("insert into login_failure (username, failed_at) values (:u, :now)")
                .param("u", username).param("now", now).update();
        events.publishEvent(PlatformChange.of(username, "login.failed", "user", username));
        long recent = jdbc.sql("select count(*) from login_failure where username = :u and failed_at > :since")
                .param("u", username).param("since", now.minus(properties.failureWindow()))
                .query(Long.class).single();
        if (recent >= properties.maxFailedLogins()) {
            LocalDateTime until = now.plus(properties.lockout());
            jdbc.sql("update user_account set locked_until = :until where username = :u")
                    .param("until", until).param("u", username).update();
            jdbc.sql("delete from login_failure where username = :u").param("u", username).update();
            events.publishEvent(new PlatformChange("system", "user.locked", "user", username, null,
                    Map.of(), Map.of("lockedUntil", until.toString())));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TianpingUser user) {
            String username = user.username();
            jdbc.sql("delete from login_failure where username = :u").param("u", username).update();
            jdbc.sql("update user_account set locked_until = null where username = :u").param("u", username).update();
            events.publishEvent(PlatformChange.of(username, "login.succeeded", "user", username));
        }
    }

    private boolean accountExists(String username) {
        return jdbc.sql("select count(*) from user_account where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }
}
