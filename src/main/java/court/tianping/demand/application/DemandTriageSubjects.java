package court.tianping.demand.application;

import court.tianping.demand.DemandState;
import court.tianping.triage.TriageSubjects;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demands as triage sees them: a demand's description labelled with its dispute category (as the staff,
 * the partner or the dispatcher set it) is a confirmed example, and one resolved as not a legal matter is an
 * example of that; a demand in the dispatch queue waits for a suggestion. Labels are category ids; only a
 * court's active categories are learnt.
 */
@Component
class DemandTriageSubjects implements TriageSubjects {

    private final JdbcClient jdbc;

    DemandTriageSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> courts() {
        return jdbc.sql("""
                        select distinct court_id from demand where category_id is not null or outcome = 'NOT_A_LEGAL_MATTER'
                        order by court_id""")
                .query(Long.class).list();
    }

    @Override
    public List<Confirmed> confirmed(long courtId, int limit) {
        return jdbc.sql("""
                        select case when d.outcome = 'NOT_A_LEGAL_MATTER' then :notLegal
                        else cast(d.category_id as varchar(20)) end as label, d.description as text
                        from demand d left join dispute_category c on c.id = d.category_id
                        where d.court_id = :court and (d.outcome = 'NOT_A_LEGAL_MATTER' or c.active)
                        order by d.id desc limit :limit""")
                .param("court", courtId).param("limit", limit).param("notLegal", NOT_A_LEGAL_MATTER)
                .query(Confirmed.class).list();
    }

    @Override
    public List<Waiting> waiting(long courtId) {
        return jdbc.sql("""
                        select id as subject_id, description as text from demand
                        where court_id = :court and state in (:states) order by id""")
                .param("court", courtId).param("states", DemandState.AWAITING_DISPATCH.stream().map(Enum::name).toList())
                .query(Waiting.class).list();
    }

    @Override
    public Map<String, String> labelNames(long courtId) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from dispute_category where court_id = :court order by sort_order, id")
                .param("court", courtId)
                .query((RowCallbackHandler) rs -> names.put(Long.toString(rs.getLong("id")), rs.getString("name")));
        return names;
    }
}
