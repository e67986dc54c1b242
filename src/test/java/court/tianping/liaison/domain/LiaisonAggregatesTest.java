package court.tianping.liaison.domain;

import court.tianping.core.DomainException;
import court.tianping.liaison.FollowUpState;
import court.tianping.liaison.JudicialSuggestionAdopted;
import court.tianping.liaison.JudicialSuggestionIssued;
import court.tianping.liaison.JudicialSuggestionNotAdopted;
import court.tianping.liaison.JudicialSuggestionReplied;
import court.tianping.liaison.LiaisonAssigned;
import court.tianping.liaison.SuggestionState;
import court.tianping.liaison.UnitKind;
import court.tianping.liaison.VisitFollowUpDone;
import court.tianping.liaison.VisitLogged;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiaisonAggregatesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Judge JUDGE = new Judge(7, 1, "/1/2/3/");

    private static LiaisonUnit unit() {
        LiaisonUnit unit = LiaisonUnit.register(1, "北京恒信科技有限公司", UnitKind.ENTERPRISE, "西城区", "金融街街道", "王经理",
                "13812345678", "office", NOW);
        ReflectionTestUtils.setField(unit, "id", 11L);
        return unit;
    }

    private static Liaison liaison(LocalDate from, LocalDate to) {
        Liaison liaison = Liaison.assign(unit(), JUDGE, from, to, List.of(), "office", NOW);
        ReflectionTestUtils.setField(liaison, "id", 21L);
        return liaison;
    }

    private static JudicialSuggestion issued() {
        JudicialSuggestion s = JudicialSuggestion.issue(liaison(LocalDate.of(2026, 1, 1), null), "关于规范物业服务收费公示的司法建议",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "judge", NOW);
        ReflectionTestUtils.setField(s, "id", 31L);
        return s;
    }

    private static String key(Runnable step) {
        try {
            step.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void rejectsAUnitWithoutNameOrWithMarkupOrABadPhone() {
        assertThat(key(() -> LiaisonUnit.register(1, " ", UnitKind.ENTERPRISE, null, null, null, null, "o", NOW)))
                .isEqualTo("error.liaison.required");
        assertThat(key(() -> LiaisonUnit.register(1, "<script>x</script>", UnitKind.ENTERPRISE, null, null, null, null, "o", NOW)))
                .isEqualTo("error.liaison.markup");
        assertThat(key(() -> LiaisonUnit.register(1, "某公司", UnitKind.ENTERPRISE, null, null, null, "call me", "o", NOW)))
                .isEqualTo("error.liaison.phone");
        assertThat(key(() -> LiaisonUnit.register(1, "某公司", null, null, null, null, null, "o", NOW)))
                .isEqualTo("error.liaison.required");
    }

    @Test
    void masksTheContactPhone() {
        assertThat(unit().maskedPhone()).isEqualTo("138****5678");
    }

    @Test
    void rejectsAnOverlappingAssignmentOfTheSameJudgeToTheSameUnit() {
        Liaison first = liaison(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(key(() -> Liaison.assign(unit(), JUDGE, LocalDate.of(2025, 12, 31), null, List.of(first), "o", NOW)))
                .isEqualTo("error.liaison.overlap");
        Liaison next = Liaison.assign(unit(), JUDGE, LocalDate.of(2026, 1, 1), null, List.of(first), "o", NOW);
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        Liaison other = Liaison.assign(unit(), new Judge(8, 1, "/1/2/4/"), LocalDate.of(2025, 6, 1), null, List.of(first), "o", NOW);
        assertThat(other.judgeMemberId()).isEqualTo(8L);
    }

    @Test
    void rejectsAPeriodEndingBeforeItStartsAndAJudgeOfAnotherCourt() {
        assertThat(key(() -> Liaison.assign(unit(), JUDGE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), List.of(), "o", NOW)))
                .isEqualTo("error.liaison.period");
        assertThat(key(() -> Liaison.assign(unit(), new Judge(9, 2, "/5/"), LocalDate.of(2026, 1, 1), null, List.of(), "o", NOW)))
                .isEqualTo("error.liaison.judge-of-other-court");
    }

    @Test
    void raisesOneEventWhenAssigned() {
        assertThat(liaison(LocalDate.of(2026, 1, 1), null).raised()).singleElement().isInstanceOf(LiaisonAssigned.class);
    }

    @Test
    void logsAVisitOnlyOnADayThatHasComeAndWithinTheLiaison() {
        Liaison liaison = liaison(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(key(() -> Visit.log(liaison, TODAY.plusDays(1), "座谈", List.of(), "j", NOW))).isEqualTo("error.liaison.future");
        assertThat(key(() -> Visit.log(liaison, LocalDate.of(2025, 12, 31), "座谈", List.of(), "j", NOW)))
                .isEqualTo("error.liaison.outside-liaison");
        assertThat(key(() -> Visit.log(liaison, TODAY, " ", List.of(), "j", NOW))).isEqualTo("error.liaison.required");
        Visit visit = Visit.log(liaison, LocalDate.of(2026, 1, 1), "座谈劳动用工风险", List.of("提供合同范本", " ", "两周内回访"), "j", NOW);
        ReflectionTestUtils.setField(visit, "id", 41L);
        assertThat(visit.followUps()).extracting(FollowUp::text).containsExactly("提供合同范本", "两周内回访");
        assertThat(visit.raised()).singleElement().isInstanceOf(VisitLogged.class);
    }

    @Test
    void aFollowUpIsDoneOnceNotBeforeTheVisitAndNotInTheFuture() {
        Visit visit = Visit.log(liaison(LocalDate.of(2026, 1, 1), null), LocalDate.of(2026, 3, 1), "座谈", List.of("回访"), "j", NOW);
        ReflectionTestUtils.setField(visit, "id", 41L);
        assertThat(key(() -> visit.followUpDone(0, LocalDate.of(2026, 2, 28), "j", NOW))).isEqualTo("error.liaison.done-before-visit");
        assertThat(key(() -> visit.followUpDone(0, TODAY.plusDays(1), "j", NOW))).isEqualTo("error.liaison.future");
        assertThat(key(() -> visit.followUpDone(1, TODAY, "j", NOW))).isEqualTo("error.liaison.no-such-follow-up");
        visit.followUpDone(0, LocalDate.of(2026, 3, 5), "j", NOW);
        assertThat(visit.followUps().get(0).state()).isEqualTo(FollowUpState.DONE);
        assertThat(key(() -> visit.followUpDone(0, TODAY, "j", NOW))).isEqualTo("error.liaison.follow-up-done");
        assertThat(visit.raised()).hasSize(2).last().isInstanceOf(VisitFollowUpDone.class);
    }

    @Test
    void aSuggestionNeedsAReplyDueAfterItsIssueAndAnIssueDayThatHasCome() {
        Liaison liaison = liaison(LocalDate.of(2026, 1, 1), null);
        assertThat(key(() -> JudicialSuggestion.issue(liaison, "建议", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), "j", NOW)))
                .isEqualTo("error.liaison.reply-due");
        assertThat(key(() -> JudicialSuggestion.issue(liaison, "建议", TODAY.plusDays(1), TODAY.plusDays(30), "j", NOW)))
                .isEqualTo("error.liaison.future");
        assertThat(key(() -> JudicialSuggestion.issue(liaison, "建议", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), "j", NOW)))
                .isEqualTo("error.liaison.outside-liaison");
        assertThat(key(() -> JudicialSuggestion.issue(liaison, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), "j", NOW)))
                .isEqualTo("error.liaison.required");
        assertThat(issued().raised()).singleElement().isInstanceOf(JudicialSuggestionIssued.class);
    }

    @Test
    void followsASuggestionFromIssueToReplyToAdoption() {
        JudicialSuggestion s = issued();
        s.reply(LocalDate.of(2026, 5, 20), "已制定整改措施", "j", NOW);
        assertThat(s.state()).isEqualTo(SuggestionState.REPLIED);
        s.decide(true, LocalDate.of(2026, 5, 25), "j", NOW);
        assertThat(s.state()).isEqualTo(SuggestionState.ADOPTED);
        assertThat(s.raised()).hasSize(3).extracting(Object::getClass).containsExactly(JudicialSuggestionIssued.class,
                JudicialSuggestionReplied.class, JudicialSuggestionAdopted.class);
        assertThat(s.overdue(TODAY)).isFalse();
    }

    @Test
    void refusesIllegalTransitionsOfASuggestion() {
        JudicialSuggestion s = issued();
        assertThat(key(() -> s.decide(true, TODAY, "j", NOW))).isEqualTo("error.liaison.not-replied");
        assertThat(key(() -> s.reply(LocalDate.of(2026, 4, 30), "回复", "j", NOW))).isEqualTo("error.liaison.reply-before-issue");
        assertThat(key(() -> s.reply(TODAY.plusDays(1), "回复", "j", NOW))).isEqualTo("error.liaison.future");
        assertThat(key(() -> s.reply(TODAY, " ", "j", NOW))).isEqualTo("error.liaison.required");
        assertThat(s.state()).isEqualTo(SuggestionState.ISSUED);
        s.reply(LocalDate.of(2026, 5, 1), "当日回复", "j", NOW);
        assertThat(key(() -> s.reply(TODAY, "再次回复", "j", NOW))).isEqualTo("error.liaison.already-replied");
        assertThat(key(() -> s.decide(false, LocalDate.of(2026, 4, 30), "j", NOW))).isEqualTo("error.liaison.decided-before-reply");
        s.decide(false, LocalDate.of(2026, 5, 2), "j", NOW);
        assertThat(s.state()).isEqualTo(SuggestionState.NOT_ADOPTED);
        assertThat(s.raised()).last().isInstanceOf(JudicialSuggestionNotAdopted.class);
        assertThat(key(() -> s.decide(true, TODAY, "j", NOW))).isEqualTo("error.liaison.already-decided");
    }

    @Test
    void isOverdueWithoutAReplyAfterTheDueDayOrWithALateOne() {
        JudicialSuggestion waiting = issued();
        assertThat(waiting.overdue(LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(waiting.overdue(LocalDate.of(2026, 6, 1))).isTrue();
        JudicialSuggestion late = issued();
        late.reply(LocalDate.of(2026, 6, 1), "逾期回复", "j", NOW);
        assertThat(late.overdue(TODAY)).isTrue();
        JudicialSuggestion onTime = issued();
        onTime.reply(LocalDate.of(2026, 5, 31), "按期回复", "j", NOW);
        assertThat(onTime.overdue(TODAY)).isFalse();
    }

    @Test
    void recordsADisputeResolvedOnlyWithinTheLiaisonAndWithASummary() {
        Liaison liaison = liaison(LocalDate.of(2026, 1, 1), null);
        assertThat(key(() -> Resolution.record(liaison, LocalDate.of(2026, 2, 1), "", "j", NOW))).isEqualTo("error.liaison.required");
        assertThat(key(() -> Resolution.record(liaison, LocalDate.of(2025, 2, 1), "货款纠纷", "j", NOW)))
                .isEqualTo("error.liaison.outside-liaison");
        assertThatThrownBy(() -> Resolution.record(liaison, TODAY.plusDays(3), "货款纠纷", "j", NOW)).isInstanceOf(DomainException.class);
        assertThat(Resolution.record(liaison, TODAY, "货款纠纷调解成功", "j", NOW).summary()).isEqualTo("货款纠纷调解成功");
    }

    @Test
    void endsALiaisonOnlyWithinItsPeriod() {
        Liaison liaison = liaison(LocalDate.of(2026, 1, 1), null);
        assertThat(key(() -> liaison.end(LocalDate.of(2025, 12, 31), "o", NOW))).isEqualTo("error.liaison.end-outside-period");
        liaison.end(LocalDate.of(2026, 3, 31), "o", NOW);
        assertThat(liaison.covers(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(key(() -> liaison.end(LocalDate.of(2026, 3, 31), "o", NOW))).isEqualTo("error.liaison.end-outside-period");
    }
}
