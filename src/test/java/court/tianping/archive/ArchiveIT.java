package court.tianping.archive;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manual entries under four eyes (the one who typed an entry cannot confirm it; until confirmed it is not in the
 * archive), evidence files checked from their content, who sees which archive, and bad input refused.
 */
@IntegrationTest
class ArchiveIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xDE};

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long member() {
        return accounts.findByUsername("member").orElseThrow().memberId();
    }

    long count() {
        return jdbc.sql("select count(*) from archive_entry").query(Long.class).single();
    }

    long propose(String user, String summary, MockMultipartFile file) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        var request = multipart("/archive/entries").with(as(accounts, user)).with(csrf())
                .param("memberId", Long.toString(member())).param("source", "COMMENDATION")
                .param("occurredOn", "2026-11-02").param("summary", summary).param("evidenceRef", "京西法党〔2026〕88号");
        if (file != null) {
            request.file(file);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from archive_entry where summary = :s").param("s", summary).query(Long.class).single();
    }

    MvcResult confirm(String user, long id) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        int version = jdbc.sql("select version from archive_entry where id = :id").param("id", id).query(Integer.class).single();
        return mvc.perform(post("/archive/entries/{id}/confirm", id).with(as(accounts, user)).with(csrf())
                .param("version", Integer.toString(version))).andReturn();
    }

    String mine() throws Exception {
        RequestContextHolder.resetRequestAttributes();
        return mvc.perform(get("/archive/mine").with(as(accounts, "member"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aManualEntryEntersTheArchiveOnlyWhenASecondPersonConfirmsIt() throws Exception {
        long id = propose("office", "被评为季度办案标兵（四眼测试）", null);
        assertThat(mine()).doesNotContain("四眼测试");

        assertThat(confirm("office", id).getFlashMap().get("failure")).asString().contains("不能复核自己录入");
        assertThat(mine()).doesNotContain("四眼测试");

        assertThat(confirm("discipline", id).getFlashMap().get("notice")).asString().contains("已复核确认");
        assertThat(jdbc.sql("select verified_by from archive_entry where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("discipline");
        assertThat(mine()).contains("四眼测试");
        assertThat(confirm("office", id).getFlashMap().get("failure")).asString().contains("已复核入档");
    }

    @Test
    void anEvidenceFileIsCheckedFromItsContentAndDownloadedFromTheArchive() throws Exception {
        long id = propose("discipline", "先进事迹证明（文件测试）",
                new MockMultipartFile("evidenceFile", "证明.png", "image/png", PNG));
        confirm("office", id);
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get("/archive/entries/{id}/evidence", id).with(as(accounts, "member")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(PNG));
    }

    @Test
    void badInputIsRefusedWithAMessageAndKeepsNothing() throws Exception {
        long before = count();
        String[][] cases = {
                {"", "COMMENDATION", "2026-11-02", "表彰", "12号", "请选择党员"},
                {Long.toString(member()), "", "2026-11-02", "表彰", "12号", "请选择档案来源"},
                {Long.toString(member()), "VERIFIED_FEEDBACK", "2026-11-02", "表彰", "12号", "请选择档案来源"},
                {Long.toString(member()), "COMMENDATION", "not-a-date", "表彰", "12号", "事项日期"},
                {Long.toString(member()), "COMMENDATION", "2099-01-01", "表彰", "12号", "不能晚于今天"},
                {Long.toString(member()), "COMMENDATION", "2026-11-02", "表彰", "", "证明材料"},
                {Long.toString(member()), "COMMENDATION", "2026-11-02", "", "12号", "请填写事由"},
        };
        for (String[] c : cases) {
            RequestContextHolder.resetRequestAttributes();
            mvc.perform(multipart("/archive/entries").with(as(accounts, "office")).with(csrf())
                            .param("memberId", c[0]).param("source", c[1]).param("occurredOn", c[2])
                            .param("summary", c[3]).param("evidenceRef", c[4]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c[5])));
        }
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(multipart("/archive/entries")
                        .file(new MockMultipartFile("evidenceFile", "a.png", "image/png", "MZ not a picture".getBytes()))
                        .with(as(accounts, "office")).with(csrf())
                        .param("memberId", Long.toString(member())).param("source", "COMMENDATION")
                        .param("occurredOn", "2026-11-02").param("summary", "表彰").param("evidenceRef", "12号"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("证明材料只接受")));
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(post("/api/v1/archive/entries").with(as(accounts, "office")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\": " + member() + ", \"source\": \"DISCIPLINE\", \"occurredOn\": \"2026-11-02\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMemberSeesOnlyTheirOwnArchiveAndASecretaryTheirBranchs() throws Exception {
        long own = member();
        long other = jdbc.sql("""
                        select min(m.id) from member m join party_organization o on o.id = m.organization_id
                        where m.court_id = (select court_id from member where id = :own)
                          and o.path not like (select p.path from party_organization p
                                               where p.id = (select organization_id from user_account where username = 'secretary')) || '%'""")
                .param("own", own).query(Long.class).single();
        String[][] expectations = {
                {"member", "/archive/members/" + own, "200"}, {"member", "/archive/members/" + other, "404"},
                {"member", "/api/v1/archive/members/" + other, "404"},
                {"secretary", "/archive/members/" + own, "200"}, {"secretary", "/archive/members/" + other, "404"},
                {"office", "/archive/members/" + other, "200"}, {"discipline", "/archive/members/" + other, "200"},
        };
        for (String[] e : expectations) {
            RequestContextHolder.resetRequestAttributes();
            int status = mvc.perform(get(e[1]).with(as(accounts, e[0]))).andReturn().getResponse().getStatus();
            assertThat(status).as(e[0] + " " + e[1]).isEqualTo(Integer.parseInt(e[2]));
        }
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get("/archive").with(as(accounts, "member")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/archive/members/" + other + "\""))));
    }

    @Test
    void theDemoMembersHonourIsInTheirArchiveAsTheHonoursListenerWouldHaveWrittenIt() throws Exception {
        long member = accounts.findByUsername("member").orElseThrow().memberId();
        long honour = jdbc.sql("select max(r.honour) from honour_recipient r join honour h on h.id = r.honour"
                + " where r.member_id = :m and h.title = '院优秀共产党员'").param("m", member).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from archive_entry where source_ref = :ref and source = 'HONOUR' and kind = 'MERIT'")
                .param("ref", "honour:" + honour + ":" + member).query(Long.class).single()).isOne();
        mvc.perform(get("/archive/mine").with(as(accounts, "member"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("院优秀共产党员（院党组）")));
    }
}
