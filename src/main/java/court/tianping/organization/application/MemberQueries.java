package court.tianping.organization.application;

import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.core.SqlFilter;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The member list, paged and filtered in SQL and limited to the caller's data scope. */
@Service
public class MemberQueries {

    static final int MAX_PAGE_SIZE = 200;

    private static final String FROM = " " + """
             from member m
             join party_organization o on o.id = m.organization_id
             join court c on c.id = m.court_id
             left join department d on d.id = m.department_id""";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    MemberQueries(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAuthority('organization:member:read')")
    public PageResult<MemberRow> list(MemberFilter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        List<MemberRow> rows = jdbc.sql("""
                select m.id, m.name, m.gender, m.position, m.status, m.phone, m.id_card_no, m.joined_party_on,
                       m.court_id, c.short_name as court_name, m.organization_id, o.name as organization_name,
                       d.name as department_name""" + FROM + where
                        + " order by m.court_id, o.path, m.id limit :limit offset :offset")
                .params(params).param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(MemberQueries::row).list();
        return new PageResult<>(rows, total, pageNumber, pageSize);
    }

    /** Every member in scope that matches, for the roster export. */
    @PreAuthorize("hasAuthority('organization:roster:export')")
    public List<Long> allIds(MemberFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select m.id" + FROM + where + " order by m.court_id, o.path, m.id").params(params)
                .query(Long.class).list();
    }

    private String where(MemberFilter filter, Map<String, Object> params) {
        SqlFilter scope = currentUser.scope().filter("m.court_id", "o.path", "m.id");
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        params.putAll(scope.params());
        if (filter.organizationId() != null) {
            where.append(" and o.path like (select f.path from party_organization f where f.id = :organizationId) || '%'");
            params.put("organizationId", filter.organizationId());
        }
        if (filter.courtId() != null) {
            where.append(" and m.court_id = :courtId");
            params.put("courtId", filter.courtId());
        }
        if (filter.position() != null) {
            where.append(" and m.position = :position");
            params.put("position", filter.position().name());
        }
        if (filter.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and m.name like :name");
            params.put("name", "%" + escapeLike(filter.name().strip()) + "%");
        }
        return where.toString();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static MemberRow row(ResultSet rs, int n) throws SQLException {
        return new MemberRow(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                Position.valueOf(rs.getString("position")), MembershipStatus.valueOf(rs.getString("status")),
                PersonalData.maskPhone(rs.getString("phone")), PersonalData.maskIdCard(rs.getString("id_card_no")),
                rs.getObject("joined_party_on", LocalDate.class), rs.getLong("court_id"), rs.getString("court_name"),
                rs.getLong("organization_id"), rs.getString("organization_name"), rs.getString("department_name"));
    }
}
