package court.tianping.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** Lock-out: {@code maxFailedLogins} failures within {@code failureWindow} lock the account for {@code lockout}. */
@ConfigurationProperties("tianping.security")
record SecurityProperties(int maxFailedLogins, Duration failureWindow, Duration lockout) {

    SecurityProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
