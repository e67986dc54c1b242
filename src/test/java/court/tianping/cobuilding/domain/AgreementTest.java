package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.AgreementDrafted;
import court.tianping.cobuilding.AgreementSigned;
import court.tianping.cobuilding.AgreementState;
import court.tianping.cobuilding.AgreementTerminated;
import court.tianping.core.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 0);
    static final BoundBranch BRANCH = new BoundBranch(10, 1, "/1/10/");

    /** A drafted agreement as saved: with its id, so that its events can name it. */
    static Agreement draft(LocalDate from, LocalDate to) {
        Agreement agreement = Agreement.draft(1, new AgreementTerms("“一镇街一支部”共建协议", "共建内容", from, to), List.of(5L),
                List.of(BRANCH), "office", NOW);
        ReflectionTestUtils.setField(agreement, "id", 42L);
        return agreement;
    }

    static Agreement signed(LocalDate from, LocalDate to) {
        Agreement agreement = draft(from, to);
        agreement.sign(from, "协议.pdf", "application/pdf", "office", NOW);
        return agreement;
    }

    @Test
    void aDraftIsSignedOnceWithItsDocumentAndRaisesOneEventPerStep() {
        Agreement agreement = draft(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(agreement.stateOn(NOW.toLocalDate())).isEqualTo(AgreementState.DRAFT);
        agreement.sign(LocalDate.of(2026, 1, 5), "协议.pdf", "application/pdf", "office", NOW);
        assertThat(agreement.stateOn(NOW.toLocalDate())).isEqualTo(AgreementState.SIGNED);
        assertThat(agreement.raised()).hasSize(2).first().isInstanceOf(AgreementDrafted.class);
        assertThat(agreement.raised()).last().isInstanceOf(AgreementSigned.class);
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2026, 1, 5), "协议.pdf", "application/pdf", "office", NOW))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("error.cobuilding.agreement.cannot-sign");
    }

    @Test
    void refusesATermThatEndsBeforeItStartsAnEmptyTitleAndNoPartnerOrBranch() {
        assertThatThrownBy(() -> draft(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28)))
                .hasMessageStartingWith("error.cobuilding.agreement.ends-before-starts");
        assertThatThrownBy(() -> Agreement.draft(1, new AgreementTerms("  ", "内容", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                List.of(5L), List.of(BRANCH), "office", NOW)).hasMessageStartingWith("error.cobuilding.agreement.title-required");
        assertThatThrownBy(() -> Agreement.draft(1, new AgreementTerms("协议", "内容".repeat(2001), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)), List.of(5L), List.of(BRANCH), "office", NOW)).hasMessageStartingWith("error.cobuilding.too-long");
        assertThatThrownBy(() -> Agreement.draft(1, new AgreementTerms("协议", "内容", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                List.of(), List.of(BRANCH), "office", NOW)).hasMessageStartingWith("error.cobuilding.agreement.partner-required");
        assertThatThrownBy(() -> Agreement.draft(1, new AgreementTerms("协议", "内容", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                List.of(5L), List.of(), "office", NOW)).hasMessageStartingWith("error.cobuilding.agreement.branch-required");
        assertThatThrownBy(() -> Agreement.draft(1, new AgreementTerms("协议", "内容", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                List.of(5L), List.of(new BoundBranch(11, 2, "/2/11/")), "office", NOW))
                .hasMessageStartingWith("error.cobuilding.branch-other-court");
    }

    @Test
    void isNotSignedInTheFutureAfterItsTermOrWithoutTheDocument() {
        Agreement agreement = draft(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> agreement.sign(NOW.toLocalDate().plusDays(1), "a.pdf", "application/pdf", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.signed-in-future");
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2026, 4, 1), "a.pdf", "application/pdf", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.signed-after-term");
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2026, 1, 1), null, null, "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.document-required");
        assertThat(agreement.stateOn(NOW.toLocalDate())).isEqualTo(AgreementState.DRAFT);
    }

    @Test
    void expiresAfterTheLastDayOfItsTermAndIsFlaggedThirtyDaysBefore() {
        Agreement agreement = signed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 15));
        assertThat(agreement.expiringOn(LocalDate.of(2026, 6, 14))).isFalse();
        assertThat(agreement.expiringOn(LocalDate.of(2026, 6, 15))).isTrue();
        assertThat(agreement.stateOn(LocalDate.of(2026, 7, 15))).isEqualTo(AgreementState.SIGNED);
        assertThat(agreement.stateOn(LocalDate.of(2026, 7, 16))).isEqualTo(AgreementState.EXPIRED);
        assertThat(agreement.expiringOn(LocalDate.of(2026, 7, 16))).isFalse();
    }

    @Test
    void aSignedAgreementIsTerminatedWithAReasonOnADayFromItsSigningToToday() {
        Agreement agreement = signed(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> agreement.terminate(LocalDate.of(2026, 5, 1), " ", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.reason-required");
        assertThatThrownBy(() -> agreement.terminate(LocalDate.of(2025, 12, 31), "机构调整", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.terminated-on-range");
        assertThatThrownBy(() -> agreement.terminate(NOW.toLocalDate().plusDays(1), "机构调整", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.terminated-on-range");
        agreement.terminate(LocalDate.of(2026, 5, 31), "机构调整", "office", NOW);
        assertThat(agreement.stateOn(NOW.toLocalDate())).isEqualTo(AgreementState.TERMINATED);
        assertThat(agreement.raised()).last().isInstanceOf(AgreementTerminated.class);
        assertThatThrownBy(() -> agreement.terminate(LocalDate.of(2026, 6, 1), "再次终止", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.cannot-terminate");
    }

    @Test
    void neitherADraftNorAnExpiredAgreementCanBeTerminated() {
        Agreement draft = draft(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> draft.terminate(LocalDate.of(2026, 5, 1), "机构调整", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.cannot-terminate");
        Agreement expired = signed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> expired.terminate(LocalDate.of(2025, 12, 1), "机构调整", "office", NOW))
                .hasMessageStartingWith("error.cobuilding.agreement.already-expired");
    }

    @Test
    void isActiveOnEveryDayOfItsTermUntilTheDayItIsTerminated() {
        Agreement agreement = signed(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(agreement.activeDuring(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(agreement.activeDuring(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).isTrue();
        agreement.terminate(LocalDate.of(2026, 5, 31), "机构调整", "office", NOW);
        assertThat(agreement.activeDuring(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(agreement.activeDuring(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(draft(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).activeDuring(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))).isFalse();
    }
}
