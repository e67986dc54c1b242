package court.tianping.life;

import court.tianping.IntegrationTest;
import court.tianping.demand.SampleFiles;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A branch secretary plans a committee meeting, records who came and who sent apologies, the minutes and a
 * resolution, and publishes it to the whole court; the publication is corrected with its history kept. Bad
 * input on every form is answered in Chinese and changes nothing.
 */
@IntegrationTest
class MeetingFlowIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    LifeCalls calls;

    @BeforeEach
    void calls() {
        calls = new LifeCalls(mvc, accounts, jdbc);
    }

    private MockHttpServletRequestBuilder hold(long meeting, String user) {
        return post("/life/meetings/{id}/hold", meeting).with(as(accounts, user)).with(csrf())
                .param("version", Integer.toString(calls.version(meeting)));
    }

    @Test
    void aSecretaryPlansHoldsRecordsAndPublishes() throws Exception {
        long meeting = calls.planCommittee("secretary", calls.ownBranch(), "研究先进党支部推荐人选");
        List<Long> roster = calls.roster(meeting);
        assertThat(roster).isNotEmpty();
        MockHttpServletRequestBuilder hold = hold(meeting, "secretary").param("minutes", "会议由支部书记主持，一致同意推荐。");
        roster.stream().skip(1).forEach(m -> hold.param("status-" + m, "PRESENT"));
        hold.param("status-" + roster.get(0), "ABSENT").param("reason-" + roster.get(0), "外出开庭");
        mvc.perform(hold).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "会议召开情况已记录。"));
        assertThat(calls.state(meeting)).isEqualTo("HELD");
        assertThat(jdbc.sql("select reason from meeting_attendee where meeting = :m and member_id = :p").param("m", meeting)
                .param("p", roster.get(0)).query(String.class).single()).isEqualTo("外出开庭");

        mvc.perform(post("/life/meetings/{id}/resolutions", meeting).with(as(accounts, "secretary")).with(csrf())
                        .param("version", Integer.toString(calls.version(meeting)))
                        .param("text", "推荐本支部参评年度先进党支部。").param("publish", "true"))
                .andExpect(flash().attribute("notice", "决议已记录。"));
        mvc.perform(post("/life/meetings/{id}/publish", meeting).with(as(accounts, "secretary")).with(csrf())
                        .param("version", Integer.toString(calls.version(meeting))).param("number", "1")
                        .param("title", "先进党支部推荐公示"))
                .andExpect(flash().attribute("notice", "决议已在党务公开栏发布。"));
        long publication = jdbc.sql("select id from publication where meeting_id = :m").param("m", meeting).query(Long.class).single();

        mvc.perform(get("/life/publications").with(as(accounts, "leader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("先进党支部推荐公示")));
        mvc.perform(get("/life/mine").with(as(accounts, "member"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("先进党支部推荐公示")));

        List<String> actions = jdbc.sql("select action from audit_log where subject_type = 'meeting' and subject_id = :id order by id")
                .param("id", Long.toString(meeting)).query(String.class).list();
        assertThat(actions).containsExactly("meeting.planned", "meeting.held", "meeting.resolution-adopted");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'publication.published' and subject_id = :id")
                .param("id", Long.toString(publication)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPublishedItemIsCorrectedByANewVersionWithTheOldOneKept() throws Exception {
        long meeting = calls.planCommittee("secretary", calls.ownBranch(), "研究结对共建活动方案");
        MockHttpServletRequestBuilder hold = hold(meeting, "secretary").param("minutes", "会议记录。");
        calls.roster(meeting).forEach(m -> hold.param("status-" + m, "PRESENT"));
        mvc.perform(hold);
        mvc.perform(post("/life/meetings/{id}/resolutions", meeting).with(as(accounts, "secretary")).with(csrf())
                .param("version", Integer.toString(calls.version(meeting))).param("text", "与西长安街街道开展共建。").param("publish", "true"));
        mvc.perform(post("/life/meetings/{id}/publish", meeting).with(as(accounts, "secretary")).with(csrf())
                .param("version", Integer.toString(calls.version(meeting))).param("number", "1").param("title", "共建活动公示"));
        long publication = jdbc.sql("select id from publication where meeting_id = :m").param("m", meeting).query(Long.class).single();
        int version = jdbc.sql("select version from publication where id = :p").param("p", publication).query(Integer.class).single();

        mvc.perform(post("/life/publications/{id}/correct", publication).with(as(accounts, "secretary")).with(csrf())
                        .param("version", Integer.toString(version)).param("title", "共建活动公示")
                        .param("body", "与西长安街街道开展共建。").param("reason", "  "))
                .andExpect(flash().attribute("failure", "请填写更正原因。"));
        mvc.perform(post("/life/publications/{id}/correct", publication).with(as(accounts, "secretary")).with(csrf())
                        .param("version", Integer.toString(version)).param("title", "共建活动公示")
                        .param("body", "与西长安街街道工委开展共建。").param("reason", "共建单位名称有误"))
                .andExpect(flash().attribute("notice", "更正已发布，原版本已保留。"));

        assertThat(jdbc.sql("select body from publication_version where publication = :p order by number").param("p", publication)
                .query(String.class).list()).containsExactly("与西长安街街道开展共建。", "与西长安街街道工委开展共建。");
        mvc.perform(get("/life/publications/{id}", publication).with(as(accounts, "member"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共建单位名称有误")))
                .andExpect(content().string(containsString("与西长安街街道开展共建。")));
        mvc.perform(post("/life/meetings/{id}/publish", meeting).with(as(accounts, "secretary")).with(csrf())
                        .param("version", Integer.toString(calls.version(meeting))).param("number", "1"))
                .andExpect(flash().attribute("failure", "该决议已公开，如需修改请在公开栏发布更正。"));
    }

    @Test
    void attendanceOfSomeoneOutsideTheHostsIsRefusedByNameAndNothingChanges() throws Exception {
        long meeting = calls.planCommittee("secretary", calls.ownBranch(), "研究本月党建工作");
        long stranger = jdbc.sql("select max(id) from member where organization_id = :o").param("o", calls.otherBranch())
                .query(Long.class).single();
        String name = jdbc.sql("select name from member where id = :id").param("id", stranger).query(String.class).single();
        MockHttpServletRequestBuilder hold = hold(meeting, "secretary").param("minutes", "会议记录。");
        calls.roster(meeting).forEach(m -> hold.param("status-" + m, "PRESENT"));
        hold.param("status-" + stranger, "PRESENT");
        mvc.perform(hold).andExpect(flash().attribute("failure", name + "不是主办组织的党员，也未受邀，不能记入出席情况。"));
        assertThat(calls.state(meeting)).isEqualTo("PLANNED");
        assertThat(jdbc.sql("select count(*) from meeting_attendee where meeting = :m and status is not null").param("m", meeting)
                .query(Long.class).single()).isZero();

        MockHttpServletRequestBuilder noReason = hold(meeting, "secretary").param("minutes", "会议记录。");
        calls.roster(meeting).forEach(m -> noReason.param("status-" + m, "ABSENT"));
        mvc.perform(noReason).andExpect(flash().attribute("failure", containsString("的缺席原因")));
        assertThat(calls.state(meeting)).isEqualTo("PLANNED");
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedInChineseAndNothingIsSaved() throws Exception {
        long before = calls.count("meeting");
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(3);
        mvc.perform(post("/life/meetings").with(as(accounts, "secretary")).with(csrf())
                        .param("type", "PARTY_LECTURE").param("topic", "党课：以党建引领诉源治理")
                        .param("startsAt", LifeCalls.INPUT.format(start)).param("endsAt", LifeCalls.INPUT.format(start.minusHours(2)))
                        .param("hosts", Long.toString(calls.ownBranch())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("会议结束时间必须晚于开始时间。")))
                .andExpect(content().string(containsString("党课：以党建引领诉源治理")));
        mvc.perform(post("/life/meetings").with(as(accounts, "secretary")).with(csrf())
                        .param("type", "COMMITTEE").param("topic", " ").param("hosts", Long.toString(calls.ownBranch())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写会议主题。")));
        mvc.perform(post("/life/meetings").with(as(accounts, "secretary")).with(csrf())
                        .param("type", "COMMITTEE").param("topic", "研究工作").param("startsAt", "明天下午")
                        .param("hosts", Long.toString(calls.ownBranch())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("表单中有无法识别的内容")));
        mvc.perform(post("/life/meetings").with(as(accounts, "secretary")).with(csrf())
                        .param("type", "COMMITTEE").param("topic", "研究工作")
                        .param("startsAt", LifeCalls.INPUT.format(start)).param("endsAt", LifeCalls.INPUT.format(start.plusHours(1)))
                        .param("hosts", Long.toString(calls.otherBranch())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("您无权为刑事审判庭党支部安排会议。")));
        assertThat(calls.count("meeting")).isEqualTo(before);
    }

    @Test
    void cancellingNeedsAReasonAndACancelledMeetingCannotBeHeld() throws Exception {
        long meeting = calls.planCommittee("secretary", calls.ownBranch(), "研究队伍建设");
        mvc.perform(post("/life/meetings/{id}/cancel", meeting).with(as(accounts, "secretary")).with(csrf())
                .param("version", Integer.toString(calls.version(meeting))).param("reason", ""))
                .andExpect(flash().attribute("failure", "请填写取消原因。"));
        mvc.perform(post("/life/meetings/{id}/cancel", meeting).with(as(accounts, "secretary")).with(csrf())
                .param("version", Integer.toString(calls.version(meeting))).param("reason", "与集中开庭冲突，改期召开"))
                .andExpect(flash().attribute("notice", "会议已取消。"));
        MockHttpServletRequestBuilder hold = hold(meeting, "secretary").param("minutes", "会议记录。");
        calls.roster(meeting).forEach(m -> hold.param("status-" + m, "PRESENT"));
        mvc.perform(hold).andExpect(flash().attribute("failure", "只有计划中的会议才能记录召开情况。"));
        assertThat(calls.state(meeting)).isEqualTo("CANCELLED");
        mvc.perform(post("/life/meetings/{id}/cancel", meeting).with(as(accounts, "secretary")).with(csrf())
                        .param("version", "0").param("reason", "再次取消"))
                .andExpect(flash().attribute("failure", containsString("已被他人修改")));
    }

    @Test
    void photosAreCheckedFromTheirContentAndSizeAndARefusedFormStoresNothing() throws Exception {
        long meeting = calls.planCommittee("secretary", calls.ownBranch(), "主题党日照片");
        long before = calls.count("meeting_file");
        byte[] huge = new byte[50 * 1024 * 1024];
        System.arraycopy(SampleFiles.jpeg(), 0, huge, 0, SampleFiles.jpeg().length);
        mvc.perform(multipart("/life/meetings/{id}/files", meeting).file(photo("合影.jpg", SampleFiles.png()))
                        .file(photo("大照片.jpg", huge)).with(as(accounts, "secretary")).with(csrf()))
                .andExpect(flash().attribute("failure", "文件“大照片.jpg”超过 10 MB，未上传任何文件。"));
        mvc.perform(multipart("/life/meetings/{id}/files", meeting).file(photo("现场照片.jpg", SampleFiles.exe()))
                        .with(as(accounts, "secretary")).with(csrf()))
                .andExpect(flash().attribute("failure", "文件“现场照片.jpg”不是照片、PDF、Word 或 Excel 文件（按文件内容识别），未上传任何文件。"));
        assertThat(calls.count("meeting_file")).isEqualTo(before);

        byte[] png = SampleFiles.png();
        mvc.perform(multipart("/life/meetings/{id}/files", meeting).file(photo("合影.png", png))
                        .file(photo("议程.pdf", SampleFiles.pdf())).with(as(accounts, "secretary")).with(csrf()))
                .andExpect(flash().attribute("notice", "文件已上传。"));
        long file = jdbc.sql("select id from meeting_file where meeting_id = :m and file_name = '合影.png'").param("m", meeting)
                .query(Long.class).single();
        byte[] downloaded = mvc.perform(get("/life/meetings/{id}/files/{f}", meeting, file).with(as(accounts, "member")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(png);
        mvc.perform(get("/life/meetings/{id}/files/{f}", meeting, file).with(as(accounts, "partner"))).andExpect(status().isForbidden());
    }

    private static MockMultipartFile photo(String name, byte[] content) {
        return new MockMultipartFile("files", name, name.endsWith(".pdf") ? "application/pdf" : "image/jpeg", content);
    }
}
