package court.tianping.life;

import court.tianping.platform.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static court.tianping.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the organisational-life tests do through the staff pages, as the demo accounts. */
record LifeCalls(MockMvc mvc, UserAccounts accounts, JdbcClient jdbc) {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    long organization(String name) {
        return jdbc.sql("""
                        select o.id from party_organization o join court c on c.id = o.court_id
                        where o.name = :name and c.name = '北京市西城区人民法院'""")
                .param("name", name).query(Long.class).single();
    }

    long ownBranch() {
        return organization("民事审判第一庭党支部");
    }

    long otherBranch() {
        return organization("刑事审判庭党支部");
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Plans a committee meeting of a branch that started a minute ago, as the user; returns its id. */
    long planCommittee(String user, long branch, String topic) throws Exception {
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        MvcResult result = mvc.perform(post("/life/meetings").with(as(accounts, user)).with(csrf())
                        .param("type", "COMMITTEE").param("topic", topic).param("place", "三层党员活动室")
                        .param("startsAt", INPUT.format(start)).param("endsAt", INPUT.format(start.plusHours(1)))
                        .param("hosts", Long.toString(branch)))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || !target.startsWith("/life/meetings/")) {
            throw new AssertionError("not planned: " + result.getResponse().getStatus() + " " + result.getResponse().getContentAsString());
        }
        return Long.parseLong(target.substring("/life/meetings/".length()));
    }

    List<Long> roster(long meeting) {
        return jdbc.sql("select member_id from meeting_attendee where meeting = :m order by member_id").param("m", meeting)
                .query(Long.class).list();
    }

    int version(long meeting) {
        return jdbc.sql("select version from meeting where id = :m").param("m", meeting).query(Integer.class).single();
    }

    String state(long meeting) {
        return jdbc.sql("select state from meeting where id = :m").param("m", meeting).query(String.class).single();
    }
}
