package court.tianping.organization.application;

import court.tianping.platform.ScopeResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@Component
class OrganizationScopeResolver implements ScopeResolver {

    private final JdbcClient jdbc;

    OrganizationScopeResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> courtSubtree(long courtId) {
        return new HashSet<>(jdbc.sql("""
                select c.id from court c
                where c.path like (select p.path from court p where p.id = :id) || '%'""")
                .param("id", courtId).query(Long.class).list());
    }

    @Override
    public Optional<String> organizationPath(long organizationId) {
        return jdbc.sql("select path from party_organization where id = :id").param("id", organizationId)
                .query(String.class).optional();
    }
}
