package court.tianping.honour.application;

import court.tianping.honour.HonourRecipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class HonourRecipientsQuery implements HonourRecipients {

    private final JdbcClient jdbc;

    HonourRecipientsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HonouredMember> honouredMembers(long courtId) {
        return jdbc.sql("""
                        select h.id as honour_id, r.member_id, h.title, h.awarded_by, h.awarded_on, h.document_no,
                               h.recorded_by, h.recorded_at
                        from honour h join honour_recipient r on r.honour = h.id
                        where h.court_id = :court order by h.awarded_on, h.id, r.member_id""")
                .param("court", courtId).query(HonouredMember.class).list();
    }
}
