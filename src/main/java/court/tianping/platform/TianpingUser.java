package court.tianping.platform;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The signed-in staff user or integration, with the anchor of their data scope. */
public record TianpingUser(long id, String username, String displayName, Role role,
                           Long courtId, Long organizationId, Long memberId) implements Serializable {

    public List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.code())));
        return authorities;
    }

    public boolean has(Permission permission) {
        return role.has(permission);
    }
}
