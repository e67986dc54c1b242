package court.tianping.supervision.application;

import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.core.SqlFilter;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.FeedbackState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Lists of feedback, paged and filtered in SQL, limited to what the user may see; the giver's phone masked. */
@Service
public class FeedbackQueries {

    public record Filter(FeedbackState state, FeedbackKind kind, FeedbackSource source) {
    }

    public record FeedbackRow(long id, LocalDateTime receivedAt, FeedbackSource source, FeedbackKind kind,
                              FeedbackState state, Long memberId, String memberName, long organizationId,
                              String organizationName, String content, Integer rating, String giverName,
                              String giverPhone) {
    }

    private record Raw(long id, LocalDateTime receivedAt, String source, String kind, String state, Long memberId,
                       long organizationId, String content, Integer rating, String giverName, String giverPhone) {
    }

    private final JdbcClient jdbc;
    private final SupervisionAccess access;
    private final SupervisionPeople people;

    FeedbackQueries(JdbcClient jdbc, SupervisionAccess access, SupervisionPeople people) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
    }

    public PageResult<FeedbackRow> list(Filter filter, int page, int size) {
        SqlFilter visible = access.feedback("f");
        StringBuilder where = new StringBuilder(" from feedback f where ").append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (filter.state() != null) {
            where.append(" and f.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.kind() != null) {
            where.append(" and f.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.source() != null) {
            where.append(" and f.source = :source");
            params.put("source", filter.source().name());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Raw> raws = jdbc.sql("""
                        select f.id, f.received_at as received_at, f.source, f.kind, f.state, f.member_id as member_id,
                               f.organization_id as organization_id, f.content, f.rating, f.giver_name as giver_name,
                               f.giver_phone as giver_phone""" + where + " order by f.received_at desc, f.id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Raw(rs.getLong("id"), rs.getObject("received_at", LocalDateTime.class),
                        rs.getString("source"), rs.getString("kind"), rs.getString("state"),
                        rs.getObject("member_id", Long.class), rs.getLong("organization_id"), rs.getString("content"),
                        rs.getObject("rating", Integer.class), rs.getString("giver_name"), rs.getString("giver_phone")))
                .list();
        Map<Long, String> members = people.memberNames(raws.stream().map(Raw::memberId).filter(Objects::nonNull).toList());
        Map<Long, String> units = people.unitNames(raws.stream().map(Raw::organizationId).toList());
        List<FeedbackRow> rows = new ArrayList<>();
        for (Raw r : raws) {
            rows.add(new FeedbackRow(r.id(), r.receivedAt(), FeedbackSource.valueOf(r.source()), FeedbackKind.valueOf(r.kind()),
                    FeedbackState.valueOf(r.state()), r.memberId(), r.memberId() == null ? null : members.get(r.memberId()),
                    r.organizationId(), units.get(r.organizationId()), r.content(), r.rating(), r.giverName(),
                    PersonalData.maskPhone(r.giverPhone())));
        }
        return new PageResult<>(rows, total, page, size);
    }
}
