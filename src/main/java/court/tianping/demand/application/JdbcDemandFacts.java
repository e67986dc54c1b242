package court.tianping.demand.application;

import court.tianping.demand.DemandFacts;
import court.tianping.demand.ServicePointKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Component
class JdbcDemandFacts implements DemandFacts {

    private final JdbcClient jdbc;

    JdbcDemandFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StreetFact> streets(long courtId) {
        return jdbc.sql("""
                        select id, court_id, district, name, paired_organization_id as paired_branch_id
                        from street where court_id = :court order by id""")
                .param("court", courtId).query(StreetFact.class).list();
    }

    @Override
    public List<StationFact> stations(long courtId) {
        return jdbc.sql("""
                        select id, court_id, street_id, kind, name, code, active from service_point
                        where court_id = :court and kind <> :community order by street_id, id""")
                .param("court", courtId).param("community", ServicePointKind.COMMUNITY.name())
                .query((rs, n) -> new StationFact(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        ServicePointKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    @Override
    public Map<Long, Long> demandsByStreet(long courtId, LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select street_id, count(*) from demand
                        where court_id = :court and submitted_at >= :from and submitted_at < :to and street_id is not null
                        group by street_id""")
                .param("court", courtId).param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public Set<Long> handlers(long courtId, LocalDate from, LocalDate to) {
        Set<Long> members = new HashSet<>();
        jdbc.sql("""
                        select distinct s.member_id from demand_step s join demand d on d.id = s.demand
                        where d.court_id = :court and s.member_id is not null
                          and s.kind in ('ASSIGNED', 'REASSIGNED', 'ACTION', 'RESOLVED')
                          and s.at >= :from and s.at < :to""")
                .param("court", courtId).param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> members.add(rs.getLong(1))).list();
        return members;
    }
}
