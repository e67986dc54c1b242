package court.tianping.supervision.domain;

import court.tianping.core.DomainException;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackReceived;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.FeedbackState;
import court.tianping.supervision.FeedbackVerified;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
    private static final Subject MEMBER = new Subject(1L, 42L, 7L, "/1/5/7/", 5L);

    private static FeedbackDetails details(FeedbackSource source, FeedbackKind kind, String content, Integer rating, String phone) {
        return new FeedbackDetails(source, kind, content, rating, "王先生", phone, "R-1", NOW.minusHours(1));
    }

    /** A complaint as saved: the database gave it an id, which its events carry. */
    private static Feedback complaint() {
        Feedback feedback = Feedback.receive(MEMBER, details(FeedbackSource.HOTLINE_12368, FeedbackKind.COMPLAINT,
                "来电反映承办法官多次未接听电话。", null, "13812345678"), "office", NOW);
        ReflectionTestUtils.setField(feedback, "id", 7L);
        return feedback;
    }

    @Test
    void receivedFeedbackWaitsForVerificationAndRaisesOneEventWithoutThePhone() {
        Feedback feedback = complaint();
        assertThat(feedback.state()).isEqualTo(FeedbackState.RECEIVED);
        assertThat(feedback.raised()).singleElement().isInstanceOfSatisfying(FeedbackReceived.class, e -> {
            assertThat(e.feedbackId()).isEqualTo(7L);
            assertThat(e.memberId()).isEqualTo(42L);
            assertThat(e.kind()).isEqualTo(FeedbackKind.COMPLAINT);
            assertThat(e.after().toString()).doesNotContain("13812345678");
        });
    }

    @Test
    void theDisciplineOfficeVerifiesFoundedWithANote() {
        Feedback feedback = complaint();
        feedback.verify(true, "经调取录音核实，情况属实。", true, "discipline", NOW);
        assertThat(feedback.state()).isEqualTo(FeedbackState.FOUNDED);
        assertThat(feedback.verifiedBy()).isEqualTo("discipline");
        assertThat(feedback.raised()).hasSize(2).last().isInstanceOfSatisfying(FeedbackVerified.class, e -> {
            assertThat(e.founded()).isTrue();
            assertThat(e.memberId()).isEqualTo(42L);
            assertThat(e.note()).isEqualTo("经调取录音核实，情况属实。");
        });
    }

    @Test
    void refusesToVerifyTwice() {
        Feedback feedback = complaint();
        feedback.verify(false, "经核查不属实。", true, "discipline", NOW);
        assertThatThrownBy(() -> feedback.verify(true, "再次核实。", true, "discipline", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.supervision.already-verified");
        assertThat(feedback.state()).isEqualTo(FeedbackState.UNFOUNDED);
    }

    @Test
    void refusesToVerifyWithoutANote() {
        Feedback feedback = complaint();
        assertThatThrownBy(() -> feedback.verify(true, "  ", true, "discipline", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.supervision.required");
        assertThat(feedback.state()).isEqualTo(FeedbackState.RECEIVED);
    }

    @Test
    void refusesVerificationByAnyoneOutsideTheDisciplineOffice() {
        Feedback feedback = complaint();
        assertThatThrownBy(() -> feedback.verify(true, "属实。", false, "office", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.supervision.discipline-only");
        assertThat(feedback.state()).isEqualTo(FeedbackState.RECEIVED);
        assertThat(feedback.raised()).hasSize(1);
    }

    @Test
    void aRatingAtFilingNeedsAScoreFromOneToFive() {
        assertThatThrownBy(() -> Feedback.receive(MEMBER, details(FeedbackSource.FILING_RATING, FeedbackKind.PRAISE,
                "很满意。", null, null), "filing", NOW)).hasMessageContaining("error.supervision.rating-required");
        assertThatThrownBy(() -> Feedback.receive(MEMBER, details(FeedbackSource.FILING_RATING, FeedbackKind.PRAISE,
                "很满意。", 6, null), "filing", NOW)).hasMessageContaining("error.supervision.rating-range");
        assertThat(Feedback.receive(MEMBER, details(FeedbackSource.FILING_RATING, FeedbackKind.PRAISE, "很满意。", 5, null),
                "filing", NOW).rating()).isEqualTo(5);
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Feedback.receive(MEMBER, details(FeedbackSource.ONLINE, FeedbackKind.PRAISE, " ", null, null),
                "office", NOW)).hasMessageContaining("error.supervision.required");
        assertThatThrownBy(() -> Feedback.receive(MEMBER, details(FeedbackSource.ONLINE, FeedbackKind.PRAISE,
                "<script>alert(1)</script>", null, null), "office", NOW)).hasMessageContaining("error.supervision.markup");
        assertThatThrownBy(() -> Feedback.receive(MEMBER, details(FeedbackSource.ONLINE, FeedbackKind.PRAISE, "好。", null,
                "12345"), "office", NOW)).hasMessageContaining("error.supervision.phone");
        assertThatThrownBy(() -> Feedback.receive(MEMBER, details(null, FeedbackKind.PRAISE, "好。", null, null), "office", NOW))
                .hasMessageContaining("error.supervision.source-required");
        assertThatThrownBy(() -> Feedback.receive(MEMBER, details(FeedbackSource.ONLINE, null, "好。", null, null), "office", NOW))
                .hasMessageContaining("error.supervision.kind-required");
        assertThatThrownBy(() -> Feedback.receive(MEMBER, new FeedbackDetails(FeedbackSource.ONLINE, FeedbackKind.PRAISE, "好。",
                null, null, null, null, NOW.plusDays(1)), "office", NOW)).hasMessageContaining("error.supervision.future");
        assertThatThrownBy(() -> Feedback.receive(null, details(FeedbackSource.ONLINE, FeedbackKind.PRAISE, "好。", null, null),
                "office", NOW)).hasMessageContaining("error.supervision.subject-required");
    }
}
