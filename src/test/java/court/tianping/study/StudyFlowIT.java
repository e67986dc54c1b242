package court.tianping.study;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Study sessions, classes, groups and inspections through the staff pages: the steps, their events, and refusals. */
@IntegrationTest
class StudyFlowIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    StudySteps steps;
    LocalDateTime earlier;

    @BeforeEach
    void setUp() {
        steps = new StudySteps(mvc, accounts, jdbc);
        earlier = LocalDate.now().minusDays(2).atTime(16, 0);
    }

    @Test
    void aJointStudySessionIsPlannedThenHeldWithItsAttendanceAndEachStepIsAnEvent() throws Exception {
        long branch = steps.secretaryBranch();
        long member = steps.memberOf("member");
        long session = steps.planned("secretary", "JOINT_STUDY", branch, "政治理论学习日：学习党章", earlier, earlier.plusMinutes(90));
        assertThat(steps.hold("secretary", session, List.of(member, steps.memberOf("cellleader")))).isNull();

        assertThat(jdbc.sql("select state from study_session where id = :id").param("id", session).query(String.class).single())
                .isEqualTo("HELD");
        assertThat(jdbc.sql("select count(*) from study_attendance where study_session = :id").param("id", session)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(steps.audited("study-session", session)).containsExactly("study.session-planned", "study.session-held");
    }

    @Test
    void aSessionIsHeldOnceAndACancelledOneNeverHeld() throws Exception {
        long branch = steps.secretaryBranch();
        long member = steps.memberOf("member");
        long held = steps.planned("secretary", "JOINT_STUDY", branch, "学习日", earlier, earlier.plusHours(1));
        assertThat(steps.hold("secretary", held, List.of(member))).isNull();
        assertThat(steps.hold("secretary", held, List.of(member))).contains("不能再登记举行");

        long cancelled = steps.planned("secretary", "JOINT_STUDY", branch, "学习日（因开庭取消）", earlier, earlier.plusHours(1));
        assertThat(steps.step("secretary", "/study/sessions/" + cancelled + "/cancel", "study_session", cancelled,
                "reason", "")).contains("请填写");
        assertThat(steps.step("secretary", "/study/sessions/" + cancelled + "/cancel", "study_session", cancelled,
                "reason", "集中开庭")).isNull();
        assertThat(steps.hold("secretary", cancelled, List.of(member))).contains("已取消");
        assertThat(steps.audited("study-session", cancelled)).containsExactly("study.session-planned", "study.session-cancelled");
    }

    @Test
    void aGroupLeaderRecordsTheStudyOfTheirPartyGroup() throws Exception {
        long cell = accounts.findByUsername("cellleader").orElseThrow().organizationId();
        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/study/sessions/new")
                .with(as(accounts, "cellleader"))).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + cell + "\"");
        long session = steps.planned("cellleader", "JOINT_STUDY", cell, "党小组学习", earlier, earlier.plusHours(1));
        assertThat(steps.hold("cellleader", session, List.of(steps.memberOf("member")))).isNull();
        assertThat(steps.plan("cellleader", "JOINT_STUDY", steps.secretaryBranch(), "越级登记", earlier, earlier.plusHours(1))
                .getResponse().getContentAsString()).contains("的组织，或不在您的范围内");
    }

    @Test
    void aSessionThatHasNotBegunCannotBeHeld() throws Exception {
        LocalDateTime tomorrow = LocalDate.now().plusDays(1).atTime(16, 0);
        long session = steps.planned("secretary", "JOINT_STUDY", steps.secretaryBranch(), "下周学习日", tomorrow, tomorrow.plusHours(1));
        assertThat(steps.hold("secretary", session, List.of(steps.memberOf("member")))).contains("尚未开始");
    }

    @Test
    void aSessionEndingBeforeItStartsIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        long before = steps.count("study_session");
        MvcResult result = steps.plan("secretary", "JOINT_STUDY", steps.secretaryBranch(), "时间填反了", earlier, earlier.minusHours(1));
        assertThat(result.getResponse().getContentAsString()).contains("结束时间不能早于或等于开始时间").contains("时间填反了");
        assertThat(steps.count("study_session")).isEqualTo(before);
    }

    @Test
    void badInputOnThePlanningFormIsRefusedWithAMessage() throws Exception {
        long branch = steps.secretaryBranch();
        long before = steps.count("study_session");
        assertThat(steps.plan("secretary", "JOINT_STUDY", branch, " ", earlier, earlier.plusHours(1)).getResponse()
                .getContentAsString()).contains("请填写“学习主题”");
        assertThat(steps.plan("secretary", "JOINT_STUDY", branch, "<script>x</script>", earlier, earlier.plusHours(1))
                .getResponse().getContentAsString()).contains("不能包含网页标记");
        assertThat(steps.plan("secretary", "JOINT_STUDY", branch, "整天", earlier, earlier.plusHours(13)).getResponse()
                .getContentAsString()).contains("不能超过 12 小时");
        assertThat(steps.plan("secretary", "LED_STUDY", branch, "领学", earlier, earlier.plusHours(1)).getResponse()
                .getContentAsString()).contains("组织单位请选择院党组");
        assertThat(steps.plan("secretary", "JOINT_STUDY", branch, "领学", earlier, earlier.plusHours(1), "leaderMemberId", "999999999")
                .getResponse().getContentAsString()).contains("没有编号为 999999999 的党员");
        MvcResult unreadable = mvc.perform(post("/study/sessions").with(as(accounts, "secretary")).with(csrf())
                .param("kind", "JOINT_STUDY").param("organizationId", Long.toString(branch)).param("title", "日期乱写")
                .param("startsAt", "昨天下午").param("endsAt", "2026-13-40T25:00")).andReturn();
        assertThat(unreadable.getResponse().getContentAsString()).contains("无法识别的值");
        assertThat(steps.count("study_session")).isEqualTo(before);
    }

    @Test
    void attendanceIsOnlyForKnownMembersOfTheHostingOrganisation() throws Exception {
        long session = steps.planned("secretary", "JOINT_STUDY", steps.secretaryBranch(), "学习日", earlier, earlier.plusHours(1));
        long stranger = steps.someMemberOf(steps.branchNamed("刑事审判庭党支部"));
        assertThat(steps.hold("secretary", session, List.of(stranger))).contains("不是组织单位");
        assertThat(steps.hold("secretary", session, List.of(999_999_999L))).contains("没有编号为 999999999 的党员");
        assertThat(steps.hold("secretary", session, List.of())).contains("请至少勾选一名参加人员");
        assertThat(jdbc.sql("select state from study_session where id = :id").param("id", session).query(String.class).single())
                .isEqualTo("PLANNED");
        assertThat(jdbc.sql("select count(*) from study_attendance where study_session = :id").param("id", session)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aLedStudyIsLedByALeaderAtThePartyGroup() throws Exception {
        long leadership = jdbc.sql("""
                select o.id from party_organization o join court c on c.id = o.court_id
                where o.type = 'LEADERSHIP_GROUP' and c.name = '北京市西城区人民法院'""").query(Long.class).single();
        long leader = steps.memberOf("leader");
        assertThat(steps.plan("leader", "LED_STUDY", leadership, "党组会前学习", earlier, earlier.plusMinutes(40))
                .getResponse().getContentAsString()).contains("领学须填写领学的院领导");
        long session = steps.planned("leader", "LED_STUDY", leadership, "党组会前学习：政法工作条例", earlier,
                earlier.plusMinutes(40), "leaderMemberId", Long.toString(leader));
        assertThat(steps.hold("leader", session, List.of(leader, steps.memberOf("office")))).isNull();
    }

    @Test
    void aTrainingClassIsCompletedOnlyByItsEnrolledMembersOnce() throws Exception {
        long committee = jdbc.sql("""
                select o.id from party_organization o join court c on c.id = o.court_id
                where o.type = 'ORGAN_COMMITTEE' and c.name = '北京市西城区人民法院'""").query(Long.class).single();
        long before = steps.count("training_class");
        MvcResult negative = mvc.perform(post("/study/classes").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "政治轮训班（负学时）")
                .param("startsOn", LocalDate.now().minusDays(5).toString()).param("endsOn", LocalDate.now().minusDays(3).toString())
                .param("hours", "-8")).andReturn();
        assertThat(negative.getFlashMap().get("failure").toString()).contains("学时须为 1 至 200 之间的整数");
        MvcResult backwards = mvc.perform(post("/study/classes").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "政治轮训班（日期反了）")
                .param("startsOn", LocalDate.now().toString()).param("endsOn", LocalDate.now().minusDays(3).toString())
                .param("hours", "24")).andReturn();
        assertThat(backwards.getFlashMap().get("failure").toString()).contains("结束时间不能早于");
        assertThat(steps.count("training_class")).isEqualTo(before);

        MvcResult opened = mvc.perform(post("/study/classes").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "政治轮训班（测试期）")
                .param("startsOn", LocalDate.now().minusDays(5).toString()).param("endsOn", LocalDate.now().plusDays(1).toString())
                .param("hours", "24")).andReturn();
        long id = Long.parseLong(opened.getResponse().getRedirectedUrl().substring("/study/classes/".length()));
        String path = "/study/classes/" + id;
        long member = steps.memberOf("member");
        String today = LocalDate.now().toString();
        assertThat(steps.step("office", path + "/complete", "training_class", id, "memberId", Long.toString(member),
                "completedOn", today)).contains("未报名本轮训班");
        assertThat(steps.step("office", path + "/enrol", "training_class", id, "memberId", Long.toString(member))).isNull();
        assertThat(steps.step("office", path + "/enrol", "training_class", id, "memberId", Long.toString(member))).contains("已报名");
        assertThat(steps.step("office", path + "/enrol", "training_class", id, "memberId", "999999999")).contains("没有编号为");
        assertThat(steps.step("office", path + "/complete", "training_class", id, "memberId", Long.toString(member),
                "completedOn", LocalDate.now().plusDays(1).toString())).contains("结业日期须在");
        assertThat(steps.step("office", path + "/complete", "training_class", id, "memberId", Long.toString(member),
                "completedOn", today)).isNull();
        assertThat(steps.step("office", path + "/complete", "training_class", id, "memberId", Long.toString(member),
                "completedOn", today)).contains("已结业");
        assertThat(steps.audited("training-class", id)).containsExactly("study.class-opened", "study.enrolled", "study.completed");
    }

    @Test
    void aYouthGroupRefusesAMemberAgedThirtySixOrOver() throws Exception {
        long committee = jdbc.sql("""
                select o.id from party_organization o join court c on c.id = o.court_id
                where o.type = 'ORGAN_COMMITTEE' and c.name = '北京市西城区人民法院'""").query(Long.class).single();
        MvcResult formed = mvc.perform(post("/study/groups").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "“水滴学堂”青年理论学习小组")
                .param("formedOn", LocalDate.now().toString())).andReturn();
        long group = Long.parseLong(formed.getResponse().getRedirectedUrl().substring("/study/groups/".length()));
        LocalDate limit = LocalDate.now().minusYears(36);
        long old = jdbc.sql("select min(m.id) from member m join court c on c.id = m.court_id where c.name = '北京市西城区人民法院'"
                + " and m.birth_date <= :limit").param("limit", limit).query(Long.class).single();
        long young = jdbc.sql("select min(m.id) from member m join court c on c.id = m.court_id where c.name = '北京市西城区人民法院'"
                + " and m.birth_date > :limit").param("limit", limit).query(Long.class).single();
        String path = "/study/groups/" + group + "/members";
        assertThat(steps.step("office", path, "youth_study_group", group, "memberId", Long.toString(old)))
                .contains("青年理论学习小组只吸收 36 周岁以下的党员");
        assertThat(steps.step("office", path, "youth_study_group", group, "memberId", Long.toString(young))).isNull();
        assertThat(steps.step("office", path, "youth_study_group", group, "memberId", Long.toString(young))).contains("已是本小组成员");
        assertThat(jdbc.sql("select member_id from youth_study_group_member where youth_study_group = :g").param("g", group)
                .query(Long.class).list()).containsExactly(young);
    }

    @Test
    void anInspectionIsCarriedOutOnceAndAFindingIsFollowedUpBeforeItIsClosed() throws Exception {
        long branch = steps.secretaryBranch();
        MvcResult planned = mvc.perform(post("/study/inspections").with(as(accounts, "leader")).with(csrf())
                .param("organizationId", Long.toString(branch)).param("method", "SPOT_CHECK")
                .param("plannedOn", LocalDate.now().toString())).andReturn();
        long id = Long.parseLong(planned.getResponse().getRedirectedUrl().substring("/study/inspections/".length()));
        String path = "/study/inspections/" + id;
        assertThat(steps.step("leader", path + "/result", "study_inspection", id, "inspectedOn", LocalDate.now().plusDays(1).toString(),
                "summary", "抽查学习笔记", "findings", "学习记录不完整")).contains("不能晚于今天");
        assertThat(steps.step("leader", path + "/result", "study_inspection", id, "inspectedOn", LocalDate.now().toString(),
                "summary", "抽查学习笔记", "findings", "学习记录不完整\n\n学习内容与审判工作结合不够")).isNull();
        assertThat(steps.step("leader", path + "/result", "study_inspection", id, "inspectedOn", LocalDate.now().toString(),
                "summary", "再查一次", "findings", "")).contains("不能重复检查");
        assertThat(jdbc.sql("select count(*) from notification where link = :link and role = 'BRANCH_SECRETARY' and organization_id = :b")
                .param("link", path).param("b", branch).query(Long.class).single()).isEqualTo(1);
        assertThat(steps.step("leader", path + "/close", "study_inspection", id, "finding", "0")).contains("须先登记整改情况才能销号");
        assertThat(steps.step("secretary", path + "/follow-up", "study_inspection", id, "finding", "0", "followUp", " "))
                .contains("请填写“整改情况”");
        assertThat(steps.step("secretary", path + "/follow-up", "study_inspection", id, "finding", "0",
                "followUp", "已补登学习心得")).isNull();
        assertThat(steps.step("secretary", path + "/follow-up", "study_inspection", id, "finding", "0",
                "followUp", "再次整改")).contains("不能再登记整改");
        assertThat(steps.step("leader", path + "/close", "study_inspection", id, "finding", "0")).isNull();
        assertThat(steps.step("leader", path + "/close", "study_inspection", id, "finding", "7")).contains("没有这条问题");
        assertThat(jdbc.sql("select state from study_finding where study_inspection = :id order by seq").param("id", id)
                .query(String.class).list()).containsExactly("CLOSED", "FOUND");
        assertThat(steps.audited("study-inspection", id)).containsExactly("study.inspection-planned", "study.inspected",
                "study.finding-followed-up", "study.finding-closed");
    }

    @Test
    void theTrainingChainGoesInOrder() throws Exception {
        long member = steps.someMemberOf(steps.branchNamed("研究室党支部"));
        jdbc.sql("delete from training_chain where member_id = :m").param("m", member).update();
        String path = "/study/members/" + member + "/training";
        String first = LocalDate.now().minusYears(3).toString();
        assertThat(step("office", path, "stage", "NEW_RECRUIT", "reachedOn", first)).isNull();
        assertThat(step("office", path, "stage", "JUNIOR_JUDGE", "reachedOn", LocalDate.now().toString()))
                .contains("下一阶段只能是“法官助理培训”");
        assertThat(step("office", path, "stage", "JUDGE_ASSISTANT", "reachedOn", LocalDate.now().minusYears(4).toString()))
                .contains("不能早于上一阶段");
        assertThat(step("office", path, "stage", "JUDGE_ASSISTANT", "reachedOn", LocalDate.now().minusYears(1).toString())).isNull();
        assertThat(step("office", path, "stage", "NEW_RECRUIT", "reachedOn", LocalDate.now().toString()))
                .contains("下一阶段只能是“初任法官培训”");
        assertThat(jdbc.sql("""
                select s.stage from training_chain_step s join training_chain c on c.id = s.training_chain
                where c.member_id = :m order by s.seq""").param("m", member).query(String.class).list())
                .containsExactly("NEW_RECRUIT", "JUDGE_ASSISTANT");
    }

    private String step(String user, String path, String... params) throws Exception {
        var request = post(path).with(as(accounts, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        Object failure = mvc.perform(request).andReturn().getFlashMap().get("failure");
        return failure == null ? null : failure.toString();
    }
}
