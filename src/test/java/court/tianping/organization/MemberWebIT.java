package court.tianping.organization;

import court.tianping.IntegrationTest;
import court.tianping.core.IdCardNumber;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MemberWebIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** A valid, unused ID-card number of someone born in 1988. */
    static String newIdCard() {
        String first17 = "110102198807" + String.format("%02d", 1 + SEQUENCE.get() % 28) + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    /** An organisation of the main court, 北京市西城区人民法院. */
    private long organization(String name) {
        return jdbc.sql("select o.id from party_organization o join court c on c.id = o.court_id"
                + " where o.name = :n and c.name = '北京市西城区人民法院'").param("n", name).query(Long.class).single();
    }

    private long memberCount() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }

    /** The last member whose primary organisation is the named one (never a branch's secretary). */
    private long memberOf(String organizationName) {
        return jdbc.sql("select max(m.id) from member m where m.organization_id = :o")
                .param("o", organization(organizationName)).query(Long.class).single();
    }

    private static String newPhone() {
        return "1391111" + String.format("%04d", SEQUENCE.incrementAndGet());
    }

    private MockHttpServletRequestBuilder newMember(String user, long organizationId, String name, String idCard,
                                                    String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organizationId", Long.toString(organizationId));
        fields.put("name", name);
        fields.put("gender", "FEMALE");
        fields.put("idCardNo", idCard);
        fields.put("phone", newPhone());
        fields.put("position", "JUDGE_ASSISTANT");
        fields.put("joinedPartyOn", "2012-06-20");
        fields.put("status", "FULL");
        fields.put("fullMemberOn", "2013-06-20");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/members").with(as(accounts, user)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void thePartyOfficeAddsAMemberWhoThenAppearsInTheList(CapturedOutput output) throws Exception {
        String idCard = newIdCard();
        String phone = "13800001234";
        long branch = organization("家事少年审判庭党支部");
        mvc.perform(newMember("office", branch, "林晓雯", idCard, "phone", phone)).andExpect(redirectedUrlPattern("/members/*"));
        mvc.perform(get("/members").with(as(accounts, "office")).param("q", "林晓雯"))
                .andExpect(content().string(containsString("林晓雯")))
                .andExpect(content().string(not(containsString(idCard))))
                .andExpect(content().string(containsString(idCard.substring(0, 3) + "***********")));
        assertThat(output.getAll()).doesNotContain(idCard).doesNotContain(phone);
        assertThat(jdbc.sql("select after_state from audit_log where action = 'member.created' and after_state like '%林晓雯%'")
                .query(String.class).single()).doesNotContain(idCard).contains("138****1234");
    }

    @Test
    void anInvalidIdCardIsRejectedInChineseAndNothingIsSaved() throws Exception {
        long before = memberCount();
        mvc.perform(newMember("office", organization("家事少年审判庭党支部"), "错号码", "110102198807010011"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号无效")))
                .andExpect(content().string(containsString("错号码")));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aRegisteredIdCardCannotBeUsedTwice() throws Exception {
        String taken = jdbc.sql("select min(id_card_no) from member").query(String.class).single();
        long before = memberCount();
        mvc.perform(newMember("office", organization("家事少年审判庭党支部"), "重复", taken))
                .andExpect(content().string(containsString("已登记在其他党员名下")));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void anUnreadableDateIsRejectedWithAClearMessage() throws Exception {
        long before = memberCount();
        mvc.perform(newMember("office", organization("家事少年审判庭党支部"), "日期错", newIdCard(),
                        "joinedPartyOn", "2012-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法识别")));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aMemberWithoutOrganisationIsRefused() throws Exception {
        long before = memberCount();
        mvc.perform(post("/members").with(as(accounts, "office")).with(csrf()).param("name", "无组织")
                        .param("gender", "MALE").param("idCardNo", newIdCard()).param("position", "CLERK")
                        .param("joinedPartyOn", "2015-01-01").param("status", "FULL"))
                .andExpect(content().string(containsString("必须有且只有一个所在党组织")));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aMediatorCannotJoinAFunctionalBranch() throws Exception {
        long before = memberCount();
        mvc.perform(newMember("office", organization("家事少年审判庭党支部"), "调解员", newIdCard(),
                        "position", "MEDIATOR", "employer", "西城区人民调解委员会"))
                .andExpect(content().string(containsString("非在编人员只能编入流动型党组织")));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aProbationaryMemberCannotBeSecretary() throws Exception {
        long before = memberCount();
        mvc.perform(newMember("office", organization("研究室党支部"), "预备党员", newIdCard(),
                        "status", "PROBATIONARY", "joinedPartyOn", "2026-01-10", "fullMemberOn", "", "posts", "DEPUTY_SECRETARY"))
                .andExpect(content().string(containsString("预备党员，不能担任党内职务")));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aBranchSecretarySeesAndEditsOnlyTheirOwnBranch() throws Exception {
        long own = organization("民事审判第一庭党支部");
        String ownPath = jdbc.sql("select path from party_organization where id = :id").param("id", own).query(String.class).single();
        long ownMembers = jdbc.sql("""
                select count(*) from member m join party_organization o on o.id = m.organization_id
                where o.path like :p""").param("p", ownPath + "%").query(Long.class).single();
        mvc.perform(get("/members").with(as(accounts, "secretary")))
                .andExpect(content().string(containsString("共 " + ownMembers + " 条")));

        long stranger = memberOf("刑事审判庭党支部");
        mvc.perform(get("/members/" + stranger).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
        mvc.perform(get("/members/" + stranger + "/edit").with(as(accounts, "secretary"))).andExpect(status().isNotFound());
        String nameBefore = jdbc.sql("select name from member where id = :id").param("id", stranger).query(String.class).single();
        mvc.perform(post("/members/" + stranger).with(as(accounts, "secretary")).with(csrf()).param("name", "改名")
                .param("version", "0")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from member where id = :id").param("id", stranger).query(String.class).single())
                .isEqualTo(nameBefore);

        long before = memberCount();
        mvc.perform(newMember("secretary", organization("刑事审判庭党支部"), "越权", newIdCard()))
                .andExpect(content().string(containsString("不在您的管理范围内")));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aMemberSeesOnlyThemselvesAndCannotEdit() throws Exception {
        mvc.perform(get("/members").with(as(accounts, "member"))).andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get("/members/new").with(as(accounts, "member"))).andExpect(status().isForbidden());
        long someoneElse = memberOf("刑事审判庭党支部");
        mvc.perform(get("/members/" + someoneElse).with(as(accounts, "member"))).andExpect(status().isNotFound());
    }

    @Test
    void aTransferIsRecordedInTheHistoryAndTheAuditLog() throws Exception {
        long member = memberOf("行政审判庭党支部");
        long target = organization("审判监督庭党支部");
        mvc.perform(post("/members/" + member + "/transfer").with(as(accounts, "office")).with(csrf())
                        .param("toOrganizationId", Long.toString(target)).param("transferredOn", "2026-10-08")
                        .param("reason", "审判团队调整"))
                .andExpect(redirectedUrlPattern("/members/*"));
        assertThat(jdbc.sql("select organization_id from member where id = :id").param("id", member).query(Long.class).single())
                .isEqualTo(target);
        mvc.perform(get("/members/" + member).with(as(accounts, "office")))
                .andExpect(content().string(containsString("审判团队调整")))
                .andExpect(content().string(containsString("行政审判庭党支部")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'member.transferred' and subject_id = :id")
                .param("id", Long.toString(member)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTransferWithoutReasonOrIntoTheFutureChangesNothing() throws Exception {
        long member = memberOf("知识产权审判庭党支部");
        long target = organization("审判监督庭党支部");
        mvc.perform(post("/members/" + member + "/transfer").with(as(accounts, "office")).with(csrf())
                        .param("toOrganizationId", Long.toString(target)).param("transferredOn", "2026-10-08").param("reason", ""))
                .andExpect(content().string(containsString("请填写转接原因")));
        mvc.perform(post("/members/" + member + "/transfer").with(as(accounts, "office")).with(csrf())
                        .param("toOrganizationId", Long.toString(target)).param("transferredOn", "2099-01-01").param("reason", "调动"))
                .andExpect(content().string(containsString("不能晚于今天")));
        assertThat(jdbc.sql("select count(*) from member_transfer where member_id = :id").param("id", member)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecretaryCannotTransferMembers() throws Exception {
        long member = memberOf("民事审判第一庭党支部");
        mvc.perform(get("/members/" + member + "/transfer").with(as(accounts, "secretary"))).andExpect(status().isForbidden());
    }

    @Test
    void anEditBasedOnAStaleVersionLosesNothing() throws Exception {
        long member = memberOf("速裁庭党支部");
        String[] row = jdbc.sql("select id_card_no, cast(joined_party_on as varchar(10)), version from member where id = :id")
                .param("id", member).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        mvc.perform(edit(member, row, "第一次修改", row[2])).andExpect(redirectedUrlPattern("/members/*"));
        mvc.perform(edit(member, row, "第二次修改", row[2])).andExpect(content().string(containsString("已被他人修改")));
        assertThat(jdbc.sql("select name from member where id = :id").param("id", member).query(String.class).single())
                .isEqualTo("第一次修改");
    }

    private MockHttpServletRequestBuilder edit(long member, String[] row, String name, String version) {
        return post("/members/" + member).with(as(accounts, "office")).with(csrf())
                .param("gender", "MALE").param("idCardNo", row[0]).param("position", "CLERK")
                .param("joinedPartyOn", row[1]).param("status", "FULL").param("name", name).param("version", version);
    }

    @Test
    void theDetailShowsFullPersonalDataOnlyToThoseAllowed() throws Exception {
        long member = memberOf("民事审判第一庭党支部");
        String idCard = jdbc.sql("select id_card_no from member where id = :id").param("id", member).query(String.class).single();
        mvc.perform(get("/members/" + member).with(as(accounts, "office"))).andExpect(content().string(containsString(idCard)));
        mvc.perform(get("/members/" + member).with(as(accounts, "secretary")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(idCard))));
    }
}
