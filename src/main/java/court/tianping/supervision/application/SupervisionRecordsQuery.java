package court.tianping.supervision.application;

import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.SupervisionRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;

@Component
class SupervisionRecordsQuery implements SupervisionRecords {

    private final JdbcClient jdbc;

    SupervisionRecordsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FoundedFeedback> foundedAboutMembers(long courtId) {
        return jdbc.sql("""
                        select id, court_id, member_id, kind, received_at, content, verified_by, verified_at from feedback
                        where court_id = :court and state = 'FOUNDED' and member_id is not null and kind in ('PRAISE', 'COMPLAINT')
                        order by received_at, id""")
                .param("court", courtId)
                .query((rs, n) -> new FoundedFeedback(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        FeedbackKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDateTime.class).toLocalDate(),
                        rs.getString(6), rs.getString(7), rs.getObject(8, LocalDateTime.class)))
                .list();
    }
}
