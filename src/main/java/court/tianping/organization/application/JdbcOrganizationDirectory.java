package court.tianping.organization.application;

import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.Position;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class JdbcOrganizationDirectory implements OrganizationDirectory {

    private static final String UNIT = "select id, court_id, parent_id, path, name, type from party_organization ";
    /** Read by position: a city's compliance overview reads every branch of 30 courts on each request. */
    private static final RowMapper<Unit> UNIT_ROW = (rs, n) -> new Unit(rs.getLong(1), rs.getLong(2),
            rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), OrganizationType.valueOf(rs.getString(6)));
    private static final String PERSON = "select m.id, m.court_id, m.organization_id, m.name from member m ";

    private final JdbcClient jdbc;

    JdbcOrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CourtEntry> courts() {
        return jdbc.sql("select id, parent_id, name, short_name, district from court order by path, sort_order")
                .query(CourtEntry.class).list();
    }

    @Override
    public Optional<CourtEntry> court(long courtId) {
        return jdbc.sql("select id, parent_id, name, short_name, district from court where id = :id")
                .param("id", courtId).query(CourtEntry.class).optional();
    }

    @Override
    public Optional<Unit> unit(long organizationId) {
        return jdbc.sql(UNIT + "where id = :id").param("id", organizationId).query(UNIT_ROW).optional();
    }

    @Override
    public List<Unit> branches(long courtId) {
        return jdbc.sql(UNIT + "where court_id = :court and type = 'BRANCH' and (ends_on is null or ends_on >= current_date)"
                        + " order by path").param("court", courtId).query(UNIT_ROW).list();
    }

    @Override
    public List<Unit> branches(Collection<Long> courtIds) {
        if (courtIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UNIT + "where court_id in (:courts) and type = 'BRANCH' and (ends_on is null or ends_on >= current_date)"
                        + " order by court_id, path").param("courts", courtIds).query(UNIT_ROW).list();
    }

    @Override
    public List<Unit> cells(long branchId) {
        return jdbc.sql(UNIT + "where parent_id = :branch and type = 'CELL' order by sort_order, id")
                .param("branch", branchId).query(UNIT_ROW).list();
    }

    @Override
    public List<Person> members(long organizationId) {
        return jdbc.sql(PERSON + """
                        join party_organization o on o.id = m.organization_id
                        where o.path like (select p.path from party_organization p where p.id = :id) || '%'
                        order by m.name, m.id""")
                .param("id", organizationId).query(Person.class).list();
    }

    @Override
    public Optional<Person> member(long memberId) {
        return jdbc.sql(PERSON + "where m.id = :id").param("id", memberId).query(Person.class).optional();
    }

    @Override
    public Map<Long, String> unitNames(Collection<Long> ids) {
        return names("select id, name from party_organization where id in (:ids)", ids);
    }

    @Override
    public Map<Long, String> memberNames(Collection<Long> ids) {
        return names("select id, name from member where id in (:ids)", ids);
    }

    @Override
    public Map<Long, LocalDate> birthDates(Collection<Long> ids) {
        Map<Long, LocalDate> dates = new HashMap<>();
        if (ids.isEmpty()) {
            return dates;
        }
        jdbc.sql("select id, birth_date from member where id in (:ids) and birth_date is not null").param("ids", ids)
                .query((rs, n) -> dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return dates;
    }

    @Override
    public List<Person> ownMembers(long organizationId) {
        return jdbc.sql(PERSON + """
                        where m.organization_id = :id
                           or m.id in (select x.member from member_membership x where x.organization_id = :id)
                        order by m.name, m.id""")
                .param("id", organizationId).query(Person.class).list();
    }

    @Override
    public Map<Long, LocalDate> establishedOn(Collection<Long> organizationIds) {
        Map<Long, LocalDate> dates = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return dates;
        }
        jdbc.sql("select id, established_on from party_organization where id in (:ids) and established_on is not null")
                .param("ids", organizationIds)
                .query((rs, n) -> dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return dates;
    }

    @Override
    public List<Person> membersWithPosition(long courtId, Position position) {
        return jdbc.sql(PERSON + "where m.court_id = :court and m.position = :position order by m.name, m.id")
                .param("court", courtId).param("position", position.name()).query(Person.class).list();
    }

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql(sql).param("ids", ids).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }
}
