package court.tianping.organization.application;

import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.core.SqlFilter;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import court.tianping.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** Counting needs only what the filters touch. */
    private static final String COUNT_FROM = " from member m join party_organization o on o.id = m.organization_id";

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
        long total = jdbc.sql("select count(*)" + COUNT_FROM + where).params(params).query(Long.class).single();
        List<MemberRow> rows = jdbc.sql("""
                select m.id, m.name, m.gender, m.position, m.status, m.phone, m.id_card_no, m.joined_party_on,
                       m.court_id, c.short_name as court_name, m.organization_id, o.name as organization_name,
                       d.name as department_name""" + FROM + where
                        + " order by m.court_id, m.organization_id, m.id limit :limit offset :offset")
                .params(params).param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(MemberQueries::row).list();
        return new PageResult<>(rows, total, pageNumber, pageSize);
    }

    /** Members who belong to an organisation beside their primary one (a temporary or joint organisation). */
    @PreAuthorize("hasAuthority('organization:read')")
    public List<MemberRow> additionalMembers(long organizationId) {
        SqlFilter scope = currentUser.scope().filter("m.court_id", "o.path", "m.id");
        return jdbc.sql("""
                select m.id, m.name, m.gender, m.position, m.status, m.phone, m.id_card_no, m.joined_party_on,
                       m.court_id, c.short_name as court_name, m.organization_id, o.name as organization_name,
                       d.name as department_name""" + FROM
                        + " where m.id in (select x.member from member_membership x where x.organization_id = :organizationId)"
                        + " and " + scope.sql() + " order by m.name")
                .params(scope.params()).param("organizationId", organizationId)
                .query(MemberQueries::row).list();
    }

    /** A member as a roster line, personal data in full: callers decide what to mask. */
    public record RosterLine(long id, String name, Gender gender, String ethnicity, String idCardNo, String phone,
                             String organizationName, Position position, String employer, String departmentName,
                             String trialTeamName, Education education, LocalDate joinedPartyOn,
                             MembershipStatus status, LocalDate fullMemberOn, List<Post> posts) {
    }

    /** Every member in scope that matches the filter, in roster order, for the Excel export. */
    @PreAuthorize("hasAuthority('organization:roster:export')")
    public List<RosterLine> rosterLines(MemberFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Map<Long, List<Post>> posts = new HashMap<>();
        jdbc.sql("select p.member, p.post from member_post p where p.member in (select m.id" + FROM + where + ")")
                .params(params)
                .query((rs, n) -> posts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Post.valueOf(rs.getString(2))))
                .list();
        return jdbc.sql("""
                select m.id, m.name, m.gender, m.ethnicity, m.id_card_no, m.phone, o.name as organization_name,
                       m.position, m.employer, d.name as department_name, t.name as trial_team_name, m.education,
                       m.joined_party_on, m.status, m.full_member_on""" + FROM
                        + " left join trial_team t on t.id = m.trial_team_id" + where + " order by m.court_id, m.organization_id, m.id")
                .params(params)
                .query((rs, n) -> new RosterLine(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                        rs.getString("ethnicity"), rs.getString("id_card_no"), rs.getString("phone"),
                        rs.getString("organization_name"), Position.valueOf(rs.getString("position")),
                        rs.getString("employer"), rs.getString("department_name"), rs.getString("trial_team_name"),
                        rs.getString("education") == null ? null : Education.valueOf(rs.getString("education")),
                        rs.getObject("joined_party_on", LocalDate.class), MembershipStatus.valueOf(rs.getString("status")),
                        rs.getObject("full_member_on", LocalDate.class),
                        posts.getOrDefault(rs.getLong("id"), List.of())))
                .list();
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
