package court.tianping.life.application;

import court.tianping.core.Scope;
import court.tianping.core.SqlFilter;
import court.tianping.life.MeetingHeld;
import court.tianping.life.MeetingType;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Held meetings per hosting organisation, type and year, a column per month (meeting_tally). Recording a
 * meeting as held adds one to the month of each host in the same transaction, and raises the compliance
 * generation of the hosts' courts; the compliance calendar reads a row per organisation and type instead of
 * every meeting. {@link #rebuild()} recomputes it from the
 * meetings (after meetings are written in bulk).
 */
@Component
public class MeetingTally {

    private static final String MONTHS = "m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12";

    private final JdbcClient jdbc;
    private final ComplianceGenerations generations;

    MeetingTally(JdbcClient jdbc, ComplianceGenerations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    @EventListener
    @Transactional
    public void on(MeetingHeld held) {
        String month = "m%02d".formatted(held.startsAt().getMonthValue());
        int year = held.startsAt().getYear();
        List<Host> hosts = jdbc.sql("select organization_id, court_id, organization_path from meeting_host where meeting = :m")
                .param("m", held.meetingId()).query(Host.class).list();
        for (Host host : hosts) {
            String bump = "update meeting_tally set " + month + " = " + month + " + 1,"
                    + " last_held = case when last_held < :at then :at else last_held end"
                    + " where organization_id = :org and meeting_type = :type and tally_year = :year";
            int updated = jdbc.sql(bump).param("at", held.startsAt()).param("org", host.organizationId())
                    .param("type", held.type().name()).param("year", year).update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into meeting_tally (organization_id, meeting_type, tally_year, court_id, organization_path, "
                                    + month + ", last_held) values (:org, :type, :year, :court, :path, 1, :at)")
                            .param("org", host.organizationId()).param("type", held.type().name()).param("year", year)
                            .param("court", host.courtId()).param("path", host.organizationPath()).param("at", held.startsAt())
                            .update();
                } catch (DuplicateKeyException e) {
                    jdbc.sql(bump).param("at", held.startsAt()).param("org", host.organizationId())
                            .param("type", held.type().name()).param("year", year).update();
                }
            }
        }
        generations.raise(hosts.stream().map(Host::courtId).toList());
    }

    private record Host(long organizationId, long courtId, String organizationPath) {
    }

    /** Recomputes the tally from the held meetings. */
    @Transactional
    public void rebuild() {
        StringBuilder months = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            months.append(", sum(case when extract(month from m.starts_at) = ").append(m).append(" then 1 else 0 end)");
        }
        jdbc.sql("delete from meeting_tally").update();
        jdbc.sql("insert into meeting_tally (organization_id, meeting_type, tally_year, court_id, organization_path, " + MONTHS
                + ", last_held) select h.organization_id, m.type, extract(year from m.starts_at), h.court_id, h.organization_path"
                + months + ", max(m.starts_at) from meeting m join meeting_host h on h.meeting = m.id where m.state = 'HELD'"
                + " group by h.organization_id, m.type, extract(year from m.starts_at), h.court_id, h.organization_path").update();
        generations.raiseEveryCourt();
    }

    /** Held meetings per organisation, type and month of the year, within the scope. */
    HeldCounts year(Scope scope, int year) {
        SqlFilter filter = scope.filter("t.court_id", "t.organization_path", null);
        HeldCounts counts = new HeldCounts();
        jdbc.sql("select t.organization_id, t.meeting_type, t.last_held, " + MONTHS.replace("m", "t.m")
                        + " from meeting_tally t where t.tally_year = :year and " + filter.sql())
                .params(filter.params()).param("year", year)
                .query((rs, n) -> {
                    long organization = rs.getLong(1);
                    MeetingType type = MeetingType.valueOf(rs.getString(2));
                    LocalDate last = rs.getObject(3, LocalDateTime.class).toLocalDate();
                    int[] months = new int[13];
                    for (int month = 1; month <= 12; month++) {
                        months[month] = rs.getInt(3 + month);
                    }
                    counts.addYear(organization, type, months, last);
                    return null;
                }).list();
        return counts;
    }

    /** The paths of the organisations that held a meeting since the day given. */
    Set<String> activeSince(Scope scope, LocalDate since) {
        SqlFilter filter = scope.filter("t.court_id", "t.organization_path", null);
        return new HashSet<>(jdbc.sql("select distinct t.organization_path from meeting_tally t"
                        + " where t.tally_year >= :year and t.last_held >= :since and " + filter.sql())
                .params(filter.params()).param("year", since.getYear()).param("since", since.atStartOfDay())
                .query(String.class).list());
    }
}
