package court.tianping.cobuilding;

import court.tianping.IntegrationTest;
import court.tianping.demand.SampleFiles;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A branch secretary records their branch's agreement and activity through the pages; every bad input on the forms
 * and the API (empty, too long, a term that ends before it starts, a day that cannot be read, a photo that is really a
 * program) is answered in Chinese and changes nothing; a secretary reaches only their branch's records.
 */
@IntegrationTest
class CobuildingFormsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    CobuildingCalls calls;

    @BeforeEach
    void calls() {
        calls = new CobuildingCalls(mvc, accounts, jdbc, json);
    }

    private long partner() {
        return jdbc.sql("select id from cobuilding_partner where name = '西长安街街道工委'").query(Long.class).single();
    }

    @Test
    void aPartnerWithoutANameWithATooLongNameOrABadPhoneIsRefusedAndNothingIsSaved() throws Exception {
        long before = calls.count("cobuilding_partner");
        mvc.perform(post("/cobuilding/partners").with(as(accounts, "secretary")).with(csrf()).param("name", " ").param("type", "BANK"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写单位名称。")));
        mvc.perform(post("/cobuilding/partners").with(as(accounts, "secretary")).with(csrf()).param("name", "银".repeat(101))
                .param("type", "BANK")).andExpect(content().string(containsString("内容过长，最多 100 个字。")));
        mvc.perform(post("/cobuilding/partners").with(as(accounts, "secretary")).with(csrf()).param("name", "某某银行支行")
                        .param("type", "BANK").param("contactPhone", "找王经理"))
                .andExpect(content().string(containsString("联系电话只能包含数字")))
                .andExpect(content().string(containsString("某某银行支行")));
        mvc.perform(post("/cobuilding/partners").with(as(accounts, "secretary")).with(csrf()).param("name", "西长安街街道工委")
                .param("type", "STREET_COMMITTEE")).andExpect(content().string(containsString("共建单位“西长安街街道工委”已登记。")));
        mvc.perform(post("/api/v1/cobuilding/partners").with(as(accounts, "office")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"BANK\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.detail").value("请填写单位名称。"));
        mvc.perform(post("/api/v1/cobuilding/partners").with(as(accounts, "office")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"某银行\", \"type\": \"NO_SUCH_TYPE\"}")).andExpect(status().isBadRequest());
        assertThat(calls.count("cobuilding_partner")).isEqualTo(before);

        mvc.perform(post("/cobuilding/partners").with(as(accounts, "secretary")).with(csrf()).param("name", "府右街社区党委")
                        .param("type", "COMMUNITY_COMMITTEE").param("contactPhone", "13900001234"))
                .andExpect(flash().attribute("notice", "共建单位已登记。"));
        mvc.perform(get("/cobuilding/partners").param("q", "府右街").with(as(accounts, "secretary")))
                .andExpect(content().string(containsString("139****1234"))).andExpect(content().string(not(containsString("13900001234"))));
    }

    @Test
    void aSecretaryDraftsAndSignsTheirBranchsAgreementAndEveryBadStepIsRefused() throws Exception {
        long own = calls.branch("民事审判第一庭党支部");
        long foreign = calls.branch("刑事审判庭党支部");
        long before = calls.count("cobuilding_agreement");
        mvc.perform(post("/cobuilding/agreements").with(as(accounts, "secretary")).with(csrf()).param("title", "民一庭与府右街社区共建协议")
                        .param("content", "共建内容").param("validFrom", "2026-03-01").param("validTo", "2026-02-28")
                        .param("partners", Long.toString(partner())).param("branches", Long.toString(own)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("协议有效期的截止日期不能早于起始日期。")))
                .andExpect(content().string(containsString("民一庭与府右街社区共建协议")));
        mvc.perform(post("/cobuilding/agreements").with(as(accounts, "secretary")).with(csrf()).param("title", "共建协议")
                        .param("content", "共建内容").param("validFrom", "明年").param("validTo", "2026-02-28"))
                .andExpect(content().string(containsString("表单中有无法识别的内容")));
        mvc.perform(post("/cobuilding/agreements").with(as(accounts, "secretary")).with(csrf()).param("title", "共建协议")
                        .param("content", "共建内容").param("validFrom", "2026-01-01").param("validTo", "2026-12-31")
                        .param("partners", Long.toString(partner())).param("branches", Long.toString(foreign)))
                .andExpect(content().string(containsString("您无权为刑事审判庭党支部登记共建事项。")));
        mvc.perform(post("/cobuilding/agreements").with(as(accounts, "secretary")).with(csrf()).param("title", "协".repeat(201))
                        .param("content", "共建内容").param("validFrom", "2026-01-01").param("validTo", "2026-12-31")
                        .param("partners", Long.toString(partner())).param("branches", Long.toString(own)))
                .andExpect(content().string(containsString("内容过长，最多 200 个字。")));
        mvc.perform(post("/api/v1/cobuilding/agreements").with(as(accounts, "office")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"协议\", \"content\": \"内容\", \"validFrom\": \"2026-05-01\", \"validTo\": \"2026-04-30\","
                                + " \"partnerIds\": [%d], \"branchIds\": [%d]}".formatted(partner(), own)))
                .andExpect(status().is(422)).andExpect(jsonPath("$.detail").value("协议有效期的截止日期不能早于起始日期。"));
        assertThat(calls.count("cobuilding_agreement")).isEqualTo(before);

        MvcResult drafted = mvc.perform(post("/cobuilding/agreements").with(as(accounts, "secretary")).with(csrf())
                .param("title", "民一庭与府右街社区共建协议").param("content", "共建内容").param("validFrom", "2026-01-01")
                .param("validTo", "2027-12-31").param("partners", Long.toString(partner())).param("branches", Long.toString(own)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(drafted.getResponse().getRedirectedUrl().substring("/cobuilding/agreements/".length()));
        String today = LocalDate.now().toString();

        mvc.perform(multipart("/cobuilding/agreements/{id}/sign", id).file(new MockMultipartFile("document", "共建协议.pdf",
                        "application/pdf", SampleFiles.exe())).param("version", "0").param("signedOn", today)
                        .with(as(accounts, "secretary")).with(csrf()))
                .andExpect(flash().attribute("failure", "文件“共建协议.pdf”不是 PDF、Word 文档或 JPEG、PNG 扫描件（按文件内容识别），未保存任何内容。"));
        mvc.perform(multipart("/cobuilding/agreements/{id}/sign", id).param("version", "0").param("signedOn", today)
                .with(as(accounts, "secretary")).with(csrf())).andExpect(flash().attribute("failure", "请上传签字盖章的协议文本。"));
        mvc.perform(multipart("/cobuilding/agreements/{id}/sign", id).file(CobuildingCalls.document()).param("version", "0")
                        .param("signedOn", LocalDate.now().plusDays(2).toString()).with(as(accounts, "secretary")).with(csrf()))
                .andExpect(flash().attribute("failure", "签订日期不能晚于今天。"));
        mvc.perform(multipart("/cobuilding/agreements/{id}/sign", id).file(CobuildingCalls.document()).param("version", "0")
                        .param("signedOn", "某天").with(as(accounts, "secretary")).with(csrf()))
                .andExpect(flash().attribute("failure", "无法识别的日期“某天”，请按 年-月-日 填写。"));
        assertThat(state(id)).isEqualTo("DRAFT");
        mvc.perform(multipart("/cobuilding/agreements/{id}/sign", id).file(CobuildingCalls.document()).param("version", "0")
                        .param("signedOn", today).with(as(accounts, "secretary")).with(csrf()))
                .andExpect(flash().attribute("notice", "协议签订情况已登记。"));
        assertThat(state(id)).isEqualTo("SIGNED");
        mvc.perform(get("/cobuilding/agreements/{id}/document", id).with(as(accounts, "secretary")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(post("/cobuilding/agreements/{id}/terminate", id).with(as(accounts, "secretary")).with(csrf())
                        .param("version", Integer.toString(calls.version(id))).param("terminatedOn", today).param("reason", ""))
                .andExpect(flash().attribute("failure", "请填写终止原因。"));
        assertThat(state(id)).isEqualTo("SIGNED");
        assertThat(jdbc.sql("select action from audit_log where subject_type = 'cobuilding-agreement' and subject_id = :id order by id")
                .param("id", Long.toString(id)).query(String.class).list())
                .containsExactly("cobuilding.agreement-drafted", "cobuilding.agreement-signed");
    }

    @Test
    void anActivityIsRecordedWithItsPhotosAndAProgramPosingAsAPhotoStoresNothing() throws Exception {
        long own = calls.branch("民事审判第一庭党支部");
        long judge = calls.judgeOf(own);
        long activities = calls.count("cobuilding_activity");
        long photos = calls.count("cobuilding_activity_photo");
        String today = LocalDate.now().toString();
        mvc.perform(activity(today, "12").file(photo("合影.jpg", SampleFiles.png())).file(photo("现场照片.jpg", SampleFiles.exe()))
                        .param("partner", Long.toString(partner())).param("branches", Long.toString(own))
                        .param("participants", Long.toString(judge)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件“现场照片.jpg”不是 JPEG、PNG 或 HEIC 照片（按文件内容识别），未保存任何内容。")))
                .andExpect(content().string(containsString("府右街社区法律咨询日")));
        mvc.perform(activity(LocalDate.now().plusDays(1).toString(), "12").param("partner", Long.toString(partner()))
                        .param("branches", Long.toString(own)).param("participants", Long.toString(judge)))
                .andExpect(content().string(containsString("活动日期不能晚于今天")));
        mvc.perform(activity(today, "很多").param("partner", Long.toString(partner())).param("branches", Long.toString(own)))
                .andExpect(content().string(containsString("表单中有无法识别的内容")));
        mvc.perform(activity(today, "-5").param("partner", Long.toString(partner())).param("branches", Long.toString(own))
                        .param("participants", Long.toString(judge)))
                .andExpect(content().string(containsString("请填写惠及群众人次（0 至 100,000）。")));
        mvc.perform(activity(today, "12").param("branches", Long.toString(own)).param("participants", Long.toString(judge)))
                .andExpect(content().string(containsString("请选择共建单位。")));
        mvc.perform(activity(today, "12").param("partner", Long.toString(partner())).param("branches", Long.toString(own)))
                .andExpect(content().string(containsString("请至少选择一名参加的党员干警。")));
        mvc.perform(post("/api/v1/cobuilding/activities").with(as(accounts, "office")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\": \"%s\", \"type\": \"VISIT\", \"title\": \"\", \"peopleReached\": 3, \"partnerId\": %d,"
                                .formatted(today, partner()) + " \"branchIds\": [%d], \"participantIds\": [%d]}".formatted(own, judge)))
                .andExpect(status().is(422)).andExpect(jsonPath("$.detail").value("请填写活动主题。"));
        assertThat(calls.count("cobuilding_activity")).isEqualTo(activities);
        assertThat(calls.count("cobuilding_activity_photo")).isEqualTo(photos);

        MvcResult recorded = mvc.perform(activity(today, "35").file(photo("合影.png", SampleFiles.png()))
                        .param("partner", Long.toString(partner())).param("branches", Long.toString(own))
                        .param("participants", Long.toString(judge)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "共建活动已登记。")).andReturn();
        String page = recorded.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring("/cobuilding/activities/".length()));
        long photo = jdbc.sql("select id from cobuilding_activity_photo where activity_id = :a").param("a", id).query(Long.class).single();
        mvc.perform(get(page).with(as(accounts, "secretary"))).andExpect(content().string(containsString("府右街社区法律咨询日")));
        mvc.perform(get("/cobuilding/activities/{id}/photos/{photo}", id, photo).with(as(accounts, "office")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
        assertThat(jdbc.sql("select street_id from cobuilding_activity where id = :a").param("a", id).query(Long.class).single())
                .isEqualTo(calls.street("西长安街街道"));
    }

    @Test
    void aSecretarySeesOnlyTheirBranchsRecordsAndTheRolesReachWhatTheyMay() throws Exception {
        long foreign = calls.branch("刑事审判庭党支部");
        String foreignTitle = jdbc.sql("""
                        select max(a.title) from cobuilding_agreement a join cobuilding_agreement_branch b on b.agreement = a.id
                        where b.organization_id = :b and a.title like '%白纸坊%'""").param("b", foreign).query(String.class).single();
        mvc.perform(get("/cobuilding/agreements").with(as(accounts, "secretary"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("民事审判第一庭党支部与西长安街街道工委")))
                .andExpect(content().string(not(containsString(foreignTitle))));
        mvc.perform(get("/cobuilding/agreements").with(as(accounts, "office")))
                .andExpect(content().string(containsString("即将到期")));
        long foreignActivity = jdbc.sql("select max(activity) from cobuilding_activity_branch where organization_id = :b")
                .param("b", foreign).query(Long.class).single();
        mvc.perform(get("/cobuilding/activities/{id}", foreignActivity).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
        mvc.perform(get("/cobuilding/activities/{id}", foreignActivity).with(as(accounts, "office"))).andExpect(status().isOk());
        mvc.perform(get("/cobuilding/agreements").with(as(accounts, "member"))).andExpect(status().isForbidden());
        mvc.perform(get("/cobuilding").with(as(accounts, "secretary"))).andExpect(status().isForbidden());
        mvc.perform(get("/cobuilding").with(as(accounts, "leader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("党员法官深入基层")));
        mvc.perform(post("/cobuilding/activities").with(as(accounts, "leader")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cobuilding/activities").with(as(accounts, "discipline"))).andExpect(status().isForbidden());
    }

    @Test
    void aStreetReportIsFiledOncePerYearAndOnlyAsADocument() throws Exception {
        long street = calls.street("广安门外街道");
        String year = Integer.toString(LocalDate.now().getYear());
        long before = calls.count("cobuilding_street_report");
        mvc.perform(report(street, year, "广安门外街道年度报告", new MockMultipartFile("file", "报告.pdf", "application/pdf", SampleFiles.exe())))
                .andExpect(flash().attribute("failure", "文件“报告.pdf”不是 PDF、Word 文档或 JPEG、PNG 扫描件（按文件内容识别），未保存任何内容。"));
        mvc.perform(report(street, "二〇二六", "广安门外街道年度报告", reportFile()))
                .andExpect(flash().attribute("failure", containsString("请填写 2000 年至")));
        mvc.perform(report(street, year, " ", reportFile())).andExpect(flash().attribute("failure", "请填写报告标题。"));
        assertThat(calls.count("cobuilding_street_report")).isEqualTo(before);
        mvc.perform(report(calls.street("西长安街街道"), year, "西长安街街道年度报告", reportFile()))
                .andExpect(flash().attribute("failure", "该街道 " + year + " 年度的共建报告已报送。"));
        mvc.perform(get("/cobuilding").with(as(accounts, "office")))
                .andExpect(content().string(containsString("data-testid=\"street-" + street + "\"")));
    }

    private MockMultipartHttpServletRequestBuilder report(long street, String year,
            String title, MockMultipartFile file) {
        return multipart("/cobuilding/reports").file(file).param("street", Long.toString(street)).param("year", year)
                .param("title", title).with(as(accounts, "office")).with(csrf());
    }

    private MockMultipartHttpServletRequestBuilder activity(String on, String reached) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/cobuilding/activities")
                .param("heldOn", on).param("type", "CONSULTATION").param("title", "府右街社区法律咨询日")
                .param("peopleReached", reached).with(as(accounts, "secretary")).with(csrf());
    }

    private static MockMultipartFile reportFile() {
        return new MockMultipartFile("file", "年度报告.pdf", "application/pdf", SampleFiles.pdf());
    }

    private static MockMultipartFile photo(String name, byte[] content) {
        return new MockMultipartFile("photos", name, "image/jpeg", content);
    }

    private String state(long agreement) {
        return jdbc.sql("select state from cobuilding_agreement where id = :id").param("id", agreement).query(String.class).single();
    }
}
