package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.CobuildingActivityRecorded;
import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.cobuilding.PartnerRegistered;
import court.tianping.cobuilding.PartnerType;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 0);
    static final BoundBranch BRANCH = new BoundBranch(10, 1, "/1/10/");

    /** A registered partner as saved, with its id. */
    static Partner partner(Long street) {
        Partner partner = Partner.register(1, new PartnerDetails("西长安街街道工委", PartnerType.STREET_COMMITTEE, "西城区", street,
                "中共西长安街街道工作委员会", "王建国", "13812345678"), "office", NOW);
        ReflectionTestUtils.setField(partner, "id", 5L);
        return partner;
    }

    static Activity saved(Activity activity) {
        ReflectionTestUtils.setField(activity, "id", 77L);
        return activity;
    }

    static ActivityDetails lecture(LocalDate on, Integer reached) {
        return new ActivityDetails(on, CobuildingActivityType.LEGAL_LECTURE, "防范养老诈骗法治讲座", null, reached);
    }

    @Test
    void anActivityThatTookPlaceIsRecordedOnThePartnersStreetWithOneEvent() {
        Activity activity = saved(Activity.record(partner(7L), null, lecture(NOW.toLocalDate(), 120), List.of(BRANCH),
                List.of(3L, 4L, 3L), "secretary", NOW));
        assertThat(activity.streetId()).isEqualTo(7L);
        assertThat(activity.participantIds()).containsExactly(3L, 4L);
        assertThat(activity.raised()).singleElement().isInstanceOfSatisfying(CobuildingActivityRecorded.class, e -> {
            assertThat(e.peopleReached()).isEqualTo(120);
            assertThat(e.participantIds()).containsExactly(3L, 4L);
        });
        assertThat(Activity.record(partner(7L), 9L, lecture(NOW.toLocalDate(), 0), List.of(BRANCH), List.of(3L), "s", NOW).streetId())
                .isEqualTo(9L);
    }

    @Test
    void refusesAFutureDayNegativeOrHugePeopleReachedAndMissingBranchesOrParticipants() {
        assertThatThrownBy(() -> Activity.record(partner(7L), null, lecture(NOW.toLocalDate().plusDays(1), 10), List.of(BRANCH),
                List.of(3L), "s", NOW)).hasMessageStartingWith("error.cobuilding.activity.in-future");
        assertThatThrownBy(() -> Activity.record(partner(7L), null, lecture(NOW.toLocalDate(), -1), List.of(BRANCH), List.of(3L), "s", NOW))
                .hasMessageStartingWith("error.cobuilding.activity.people-reached");
        assertThatThrownBy(() -> Activity.record(partner(7L), null, lecture(NOW.toLocalDate(), 100_001), List.of(BRANCH), List.of(3L), "s", NOW))
                .hasMessageStartingWith("error.cobuilding.activity.people-reached");
        assertThatThrownBy(() -> Activity.record(partner(7L), null, lecture(NOW.toLocalDate(), 10), List.of(), List.of(3L), "s", NOW))
                .hasMessageStartingWith("error.cobuilding.activity.branch-required");
        assertThatThrownBy(() -> Activity.record(partner(7L), null, lecture(NOW.toLocalDate(), 10), List.of(BRANCH), List.of(), "s", NOW))
                .hasMessageStartingWith("error.cobuilding.activity.participant-required");
        assertThatThrownBy(() -> Activity.record(partner(7L), null, new ActivityDetails(NOW.toLocalDate(), CobuildingActivityType.VISIT,
                "", null, 10), List.of(BRANCH), List.of(3L), "s", NOW)).hasMessageStartingWith("error.cobuilding.activity.title-required");
        assertThatThrownBy(() -> Activity.record(partner(7L), null, new ActivityDetails(NOW.toLocalDate(), null, "走访", null, 10),
                List.of(BRANCH), List.of(3L), "s", NOW)).hasMessageStartingWith("error.cobuilding.activity.type-required");
    }

    @Test
    void aPartnerNeedsANameAndTypeAndAPhoneThatIsAPhone() {
        assertThat(partner(null).raised()).singleElement().isInstanceOfSatisfying(PartnerRegistered.class,
                e -> assertThat(e.after()).containsEntry("phone", "138****5678"));
        assertThatThrownBy(() -> Partner.register(1, new PartnerDetails(" ", PartnerType.BANK, null, null, null, null, null), "o", NOW))
                .hasMessageStartingWith("error.cobuilding.partner.name-required");
        assertThatThrownBy(() -> Partner.register(1, new PartnerDetails("银行", null, null, null, null, null, null), "o", NOW))
                .hasMessageStartingWith("error.cobuilding.partner.type-required");
        assertThatThrownBy(() -> Partner.register(1, new PartnerDetails("银行", PartnerType.BANK, null, null, null, null, "call me"), "o", NOW))
                .hasMessageStartingWith("error.cobuilding.partner.phone");
        assertThatThrownBy(() -> Partner.register(1, new PartnerDetails("银".repeat(101), PartnerType.BANK, null, null, null, null, null), "o", NOW))
                .hasMessageStartingWith("error.cobuilding.too-long");
    }
}
