package court.tianping.life.domain;

import court.tianping.core.DomainException;
import court.tianping.life.AttendanceStatus;
import court.tianping.life.MeetingCancelled;
import court.tianping.life.MeetingHeld;
import court.tianping.life.MeetingPlanned;
import court.tianping.life.MeetingState;
import court.tianping.life.MeetingType;
import court.tianping.life.ResolutionAdopted;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

    static final Unit BRANCH = new Unit(10, 1, 5L, "/4/5/10/", "民事审判第一庭党支部", OrganizationType.BRANCH);
    static final Unit OTHER_BRANCH = new Unit(20, 1, 5L, "/4/5/20/", "政治处党支部", OrganizationType.BRANCH);
    static final Unit CELL = new Unit(11, 1, 10L, "/4/5/10/11/", "物业服务审判团队党小组", OrganizationType.CELL);
    static final Unit LEADERSHIP = new Unit(4, 1, null, "/4/", "中共北京市西城区人民法院党组", OrganizationType.LEADERSHIP_GROUP);
    static final Person SECRETARY = new Person(100, 1, 10, "王书记");
    static final Person MEMBER = new Person(101, 1, 11, "李党员");
    static final Person OUTSIDER = new Person(200, 1, 20, "赵干警");
    static final LocalDateTime START = LocalDateTime.of(2026, 11, 5, 14, 30);

    static MeetingPlan plan(MeetingType type) {
        return new MeetingPlan(type, "研究本月党建工作", "1. 传达精神", "三层党员活动室", START, START.plusHours(2));
    }

    static Meeting committee() {
        return saved(Meeting.plan(plan(MeetingType.COMMITTEE), List.of(BRANCH), List.of(SECRETARY, MEMBER), List.of(), "secretary", START.minusDays(3)));
    }

    /** As the repository leaves it: with its id, so that the events raised before the first save name it. */
    static Meeting saved(Meeting meeting) {
        ReflectionTestUtils.setField(meeting, "id", 1L);
        return meeting;
    }

    private static List<AttendanceEntry> everyone() {
        return List.of(new AttendanceEntry(100, AttendanceStatus.PRESENT, null),
                new AttendanceEntry(101, AttendanceStatus.ABSENT, "外出开庭"));
    }

    @Test
    void planningRaisesMeetingPlannedWithTheRoster() {
        Meeting meeting = committee();
        assertThat(meeting.state()).isEqualTo(MeetingState.PLANNED);
        assertThat(meeting.attendees()).extracting(Attendee::memberId).containsExactly(100L, 101L);
        assertThat(meeting.domainEvents()).singleElement().isInstanceOf(MeetingPlanned.class);
    }

    @Test
    void holdingRecordsAttendanceAndRaisesMeetingHeld() {
        Meeting meeting = committee();
        meeting.forgetEvents();
        meeting.hold(everyone(), "会议记录", "secretary", START.plusHours(3));
        assertThat(meeting.state()).isEqualTo(MeetingState.HELD);
        assertThat(meeting.attendees()).extracting(Attendee::status).containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
        assertThat(meeting.domainEvents()).singleElement().isInstanceOfSatisfying(MeetingHeld.class, e -> {
            assertThat(e.attended()).containsExactly(100L);
            assertThat(e.absent()).isEqualTo(1);
        });
    }

    @Test
    void aNonMemberCannotBeRecordedAsAttending() {
        Meeting meeting = committee();
        List<AttendanceEntry> withOutsider = List.of(new AttendanceEntry(100, AttendanceStatus.PRESENT, null),
                new AttendanceEntry(101, AttendanceStatus.PRESENT, null), new AttendanceEntry(200, AttendanceStatus.PRESENT, null));
        assertThatThrownBy(() -> meeting.hold(withOutsider, "会议记录", "secretary", START.plusHours(3)))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.life.not-an-attendee");
        assertThat(meeting.state()).isEqualTo(MeetingState.PLANNED);
        assertThat(meeting.attendees()).extracting(Attendee::status).containsOnlyNulls();
    }

    @Test
    void anAbsenceNeedsAReasonAndEveryoneNeedsAStatus() {
        Meeting meeting = committee();
        assertThatThrownBy(() -> meeting.hold(List.of(new AttendanceEntry(100, AttendanceStatus.PRESENT, null),
                new AttendanceEntry(101, AttendanceStatus.ABSENT, " ")), "记录", "s", START.plusHours(3)))
                .hasMessageContaining("error.life.absence-reason");
        assertThatThrownBy(() -> meeting.hold(List.of(new AttendanceEntry(100, AttendanceStatus.PRESENT, null)), "记录", "s",
                START.plusHours(3))).hasMessageContaining("error.life.attendance-missing");
        assertThatThrownBy(() -> meeting.hold(everyone(), " ", "s", START.plusHours(3))).hasMessageContaining("error.life.minutes-required");
        assertThat(meeting.state()).isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void aMeetingCannotBeRecordedAsHeldBeforeItStarts() {
        Meeting meeting = committee();
        assertThatThrownBy(() -> meeting.hold(everyone(), "记录", "s", START.minusMinutes(1))).hasMessageContaining("error.life.not-started");
    }

    @Test
    void illegalTransitionsAreRefused() {
        Meeting held = committee();
        held.hold(everyone(), "记录", "s", START.plusHours(3));
        assertThatThrownBy(() -> held.hold(everyone(), "记录", "s", START.plusHours(4))).hasMessageContaining("error.life.cannot-hold");
        assertThatThrownBy(() -> held.cancel("改期", "s", START.plusHours(4))).hasMessageContaining("error.life.cannot-cancel");

        Meeting cancelled = committee();
        cancelled.cancel("与庭审冲突，改期召开", "s", START.minusDays(1));
        assertThat(cancelled.domainEvents()).last().isInstanceOf(MeetingCancelled.class);
        assertThatThrownBy(() -> cancelled.hold(everyone(), "记录", "s", START.plusHours(3))).hasMessageContaining("error.life.cannot-hold");
        assertThatThrownBy(() -> cancelled.adopt("决议", true, "s", START)).hasMessageContaining("error.life.cannot-adopt");

        Meeting planned = committee();
        assertThatThrownBy(() -> planned.adopt("决议", true, "s", START)).hasMessageContaining("error.life.cannot-adopt");
        assertThatThrownBy(() -> planned.cancel(" ", "s", START)).hasMessageContaining("error.life.cancel-reason");
    }

    @Test
    void resolutionsAreNumberedAndPublishedOnce() {
        Meeting meeting = committee();
        meeting.hold(everyone(), "记录", "s", START.plusHours(3));
        meeting.forgetEvents();
        assertThat(meeting.adopt("推荐张三为发展对象", true, "s", START.plusHours(3))).isEqualTo(1);
        assertThat(meeting.adopt("下月开展结对共建活动", false, "s", START.plusHours(3))).isEqualTo(2);
        assertThat(meeting.domainEvents()).hasSize(2).allMatch(e -> e instanceof ResolutionAdopted);
        meeting.markPublished(1, 77L);
        assertThat(meeting.resolution(1).publicationId()).isEqualTo(77L);
        assertThatThrownBy(() -> meeting.markPublished(1, 78L)).hasMessageContaining("error.life.already-published");
        assertThatThrownBy(() -> meeting.markPublished(2, 78L)).hasMessageContaining("error.life.not-for-publication");
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefused() {
        MeetingPlan backwards = new MeetingPlan(MeetingType.COMMITTEE, "主题", null, null, START, START.minusMinutes(30));
        assertThatThrownBy(() -> Meeting.plan(backwards, List.of(BRANCH), List.of(SECRETARY), List.of(), "s", START))
                .hasMessageContaining("error.life.ends-before-starts");
        MeetingPlan instant = new MeetingPlan(MeetingType.COMMITTEE, "主题", null, null, START, START);
        assertThatThrownBy(() -> Meeting.plan(instant, List.of(BRANCH), List.of(SECRETARY), List.of(), "s", START))
                .hasMessageContaining("error.life.ends-before-starts");
    }

    @Test
    void hostsMustSuitTheType() {
        assertThatThrownBy(() -> Meeting.plan(plan(MeetingType.CELL_MEETING), List.of(BRANCH), List.of(SECRETARY), List.of(), "s", START))
                .hasMessageContaining("error.life.host-type");
        assertThatThrownBy(() -> Meeting.plan(plan(MeetingType.COMMITTEE), List.of(BRANCH, OTHER_BRANCH), List.of(SECRETARY), List.of(), "s", START))
                .hasMessageContaining("error.life.one-host");
        assertThatThrownBy(() -> Meeting.plan(plan(MeetingType.JOINT_LIFE), List.of(BRANCH), List.of(SECRETARY), List.of(), "s", START))
                .hasMessageContaining("error.life.joint-needs-two");
        assertThatThrownBy(() -> Meeting.plan(plan(MeetingType.COMMITTEE), List.of(BRANCH), List.of(SECRETARY), List.of(OUTSIDER), "s", START))
                .hasMessageContaining("error.life.no-invitees");
        Meeting joint = Meeting.plan(plan(MeetingType.JOINT_LIFE), List.of(BRANCH, OTHER_BRANCH), List.of(SECRETARY, OUTSIDER), List.of(), "s", START);
        assertThat(joint.hostIds()).containsExactly(10L, 20L);
        assertThat(joint.isHostedWithin("/4/5/20/")).isTrue();
    }

    @Test
    void anOpenPartyGroupMeetingTakesOrdinaryMembersAsInvitees() {
        Meeting open = Meeting.plan(plan(MeetingType.OPEN_LEADERSHIP_MEETING), List.of(LEADERSHIP), List.of(SECRETARY),
                List.of(MEMBER, OUTSIDER, SECRETARY), "office", START);
        assertThat(open.attendees()).extracting(Attendee::memberId, Attendee::invited).containsExactly(
                org.assertj.core.groups.Tuple.tuple(100L, false), org.assertj.core.groups.Tuple.tuple(101L, true),
                org.assertj.core.groups.Tuple.tuple(200L, true));
        open.hold(List.of(new AttendanceEntry(100, AttendanceStatus.PRESENT, null), new AttendanceEntry(101, AttendanceStatus.LATE, null),
                new AttendanceEntry(200, AttendanceStatus.PRESENT, null)), "记录", "office", START.plusHours(2));
        assertThat(open.attendees()).extracting(Attendee::status).containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.LATE,
                AttendanceStatus.PRESENT);
    }
}
