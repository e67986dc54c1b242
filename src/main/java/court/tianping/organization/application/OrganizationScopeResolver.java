package court.tianping.organization.application;

import court.tianping.core.IdCardNumber;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.platform.ScopeResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    @Override
    public List<Anchor> courts(Scope scope) {
        if (scope.level() != ScopeLevel.CITY && scope.level() != ScopeLevel.COURT) {
            return List.of();
        }
        SqlFilter filter = scope.filter("c.id", null, null);
        return jdbc.sql("select c.id, c.id as court_id, c.path, c.name from court c where " + filter.sql()
                        + " order by c.path, c.sort_order")
                .params(filter.params()).query(Anchor.class).list();
    }

    @Override
    public List<Anchor> organizations(Scope scope, Long courtId) {
        SqlFilter filter = scope.level() == ScopeLevel.SELF ? new SqlFilter("1 = 0", Map.of())
                : scope.filter("o.court_id", "o.path", null);
        Map<String, Object> params = new HashMap<>(filter.params());
        String court = "";
        if (courtId != null) {
            court = " and o.court_id = :courtId";
            params.put("courtId", courtId);
        }
        return jdbc.sql("select o.id, o.court_id, o.path, o.name from party_organization o"
                        + " where o.type in ('BRANCH', 'CELL') and " + filter.sql() + court + " order by o.court_id, o.path")
                .params(params).query(Anchor.class).list();
    }

    @Override
    public Optional<Anchor> organization(long organizationId) {
        return jdbc.sql("select o.id, o.court_id, o.path, o.name from party_organization o where o.id = :id")
                .param("id", organizationId).query(Anchor.class).optional();
    }

    @Override
    public Optional<Anchor> memberByIdCard(String idCardNo) {
        return jdbc.sql("""
                select m.id, m.court_id, o.path, m.name from member m join party_organization o on o.id = m.organization_id
                where m.id_card_no = :id""")
                .param("id", IdCardNumber.normalise(idCardNo)).query(Anchor.class).optional();
    }
}
