package court.tianping.life.application;

import court.tianping.core.SqlFilter;
import court.tianping.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Figures of organisational life per month of a year within the user's scope: meetings held, cancelled, attendance. */
@Service
public class LifeFigures {

    /** One month: meetings held and cancelled, people expected and attending at the held ones. */
    public record Month(int month, int held, int cancelled, int expected, int attended, int invited) {

        public int attendanceRate() {
            return expected == 0 ? 0 : (int) Math.round(100.0 * Math.min(attended, expected) / expected);
        }
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    LifeFigures(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAuthority('life:compliance')")
    public List<Month> months(int year) {
        SqlFilter scope = currentUser.scope().filter("m.court_id", "m.organization_path", null);
        Month[] months = new Month[13];
        for (int m = 1; m <= 12; m++) {
            months[m] = new Month(m, 0, 0, 0, 0, 0);
        }
        jdbc.sql("""
                        select extract(month from m.starts_at) as mon,
                               sum(case when m.state = 'HELD' then 1 else 0 end) as held,
                               sum(case when m.state = 'CANCELLED' then 1 else 0 end) as cancelled,
                               coalesce(sum(case when m.state = 'HELD' then (select count(*) from meeting_attendee a
                                   where a.meeting = m.id and not a.invited) end), 0) as expected,
                               coalesce(sum(case when m.state = 'HELD' then (select count(*) from meeting_attendee a
                                   where a.meeting = m.id and a.status in ('PRESENT', 'LATE') and not a.invited) end), 0) as attended,
                               coalesce(sum(case when m.state = 'HELD' then (select count(*) from meeting_attendee a
                                   where a.meeting = m.id and a.invited and a.status in ('PRESENT', 'LATE')) end), 0) as invited
                        from meeting m
                        where m.starts_at >= :from and m.starts_at < :to and\s""" + scope.sql() + """

                        group by extract(month from m.starts_at)""")
                .params(scope.params())
                .param("from", LocalDate.of(year, 1, 1).atStartOfDay()).param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .query((rs, n) -> months[rs.getInt(1)] = new Month(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .list();
        return new ArrayList<>(java.util.Arrays.asList(months).subList(1, 13));
    }
}
