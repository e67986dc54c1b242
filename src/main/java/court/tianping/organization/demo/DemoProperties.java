package court.tianping.organization.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: a realistic city of courts generated at first start. {@code scale=city} adds enough
 * basic courts to reach about 15,000 members in 600 branches, for benchmarks.
 */
@ConfigurationProperties("tianping.demo")
public record DemoProperties(boolean enabled, String password, Scale scale) {

    public enum Scale { STANDARD, CITY }

    public DemoProperties {
        password = password == null || password.isBlank() ? "Tianping@2026" : password;
        scale = scale == null ? Scale.STANDARD : scale;
    }
}
