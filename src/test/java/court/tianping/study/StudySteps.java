package court.tianping.study;

import court.tianping.platform.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static court.tianping.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Records study at the demo court through the staff pages, as the demo accounts would. */
final class StudySteps {

    static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final MockMvc mvc;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    StudySteps(MockMvc mvc, UserAccounts accounts, JdbcClient jdbc) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    long secretaryBranch() {
        return accounts.findByUsername("secretary").orElseThrow().organizationId();
    }

    long memberOf(String username) {
        return accounts.findByUsername(username).orElseThrow().memberId();
    }

    long branchNamed(String name) {
        return jdbc.sql("""
                select o.id from party_organization o join court c on c.id = o.court_id
                where o.name = :name and c.name = '北京市西城区人民法院'""").param("name", name).query(Long.class).single();
    }

    long someMemberOf(long organizationId) {
        return jdbc.sql("select max(id) from member where organization_id = :o").param("o", organizationId).query(Long.class).single();
    }

    /** Posts the planning form; answers the new session's id, or null when the form came back. */
    MvcResult plan(String user, String kind, long organizationId, String title, LocalDateTime start, LocalDateTime end,
                   String... extra) throws Exception {
        var request = post("/study/sessions").with(as(accounts, user)).with(csrf())
                .param("kind", kind).param("organizationId", Long.toString(organizationId)).param("title", title)
                .param("place", "支部活动室")
                .param("startsAt", start.format(FORM)).param("endsAt", end.format(FORM));
        for (int i = 0; i < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    long planned(String user, String kind, long organizationId, String title, LocalDateTime start, LocalDateTime end,
                 String... extra) throws Exception {
        MvcResult result = plan(user, kind, organizationId, title, start, end, extra);
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/study/sessions/")) {
            throw new AssertionError("not planned: " + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring("/study/sessions/".length()));
    }

    int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    /** Posts a step of a record's page with its current version; answers the flash failure, or null when done. */
    String step(String user, String path, String table, long id, String... params) throws Exception {
        var request = post(path).with(as(accounts, user)).with(csrf()).param("version", Integer.toString(version(table, id)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        Object failure = result.getFlashMap().get("failure");
        return failure == null ? null : failure.toString();
    }

    String hold(String user, long session, List<Long> attendees) throws Exception {
        String[] params = new String[attendees.size() * 2 + 2];
        for (int i = 0; i < attendees.size(); i++) {
            params[2 * i] = "attendees";
            params[2 * i + 1] = Long.toString(attendees.get(i));
        }
        params[params.length - 2] = "summary";
        params[params.length - 1] = "集体学习并交流心得";
        return step(user, "/study/sessions/" + session + "/hold", "study_session", session, params);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    List<String> audited(String subjectType, long id) {
        return jdbc.sql("select action from audit_log where subject_type = :t and subject_id = :id order by id")
                .param("t", subjectType).param("id", Long.toString(id)).query(String.class).list();
    }
}
