package court.tianping.platform.internal;

import court.tianping.platform.Role;
import court.tianping.platform.TianpingUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                select id, username, password_hash, display_name, role, court_id, organization_id, member_id,
                       enabled, locked_until
                from user_account where username = :u""")
                .param("u", username)
                .query((rs, n) -> {
                    TianpingUser user = new TianpingUser(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                            rs.getObject("court_id", Long.class), rs.getObject("organization_id", Long.class),
                            rs.getObject("member_id", Long.class));
                    LocalDateTime lockedUntil = rs.getObject("locked_until", LocalDateTime.class);
                    boolean locked = lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now(clock));
                    return new AccountDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"), locked);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
