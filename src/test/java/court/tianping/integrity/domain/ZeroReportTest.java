package court.tianping.integrity.domain;

import court.tianping.integrity.ZeroReportFiled;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZeroReportTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);
    private static final Signer MEMBER = new Signer(7, 1, 3L, "/1/3/");

    @Test
    void aMemberWhoRecordedNothingFilesTheMonthOnce() {
        ZeroReport report = ZeroReport.file(MEMBER, YearMonth.of(2026, 10), false, false, "member", NOW);
        assertThat(report.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(report.raisedAs(42)).singleElement().isInstanceOf(ZeroReportFiled.class);
        assertThatThrownBy(() -> ZeroReport.file(MEMBER, YearMonth.of(2026, 10), true, false, "member", NOW))
                .hasMessageContaining("error.integrity.zero-report-filed");
    }

    @Test
    void aMemberWhoRecordedSomethingThatMonthHasNoZeroReportToFile() {
        assertThatThrownBy(() -> ZeroReport.file(MEMBER, YearMonth.of(2026, 11), false, true, "member", NOW))
                .hasMessageContaining("error.integrity.zero-report-not-needed");
    }

    @Test
    void onlyMonthsThatHaveBegunAndAreAtMostAYearBackCanBeReported() {
        assertThatThrownBy(() -> ZeroReport.file(MEMBER, YearMonth.of(2026, 12), false, false, "member", NOW))
                .hasMessageContaining("error.integrity.month");
        assertThatThrownBy(() -> ZeroReport.file(MEMBER, YearMonth.of(2025, 10), false, false, "member", NOW))
                .hasMessageContaining("error.integrity.month");
        assertThatThrownBy(() -> ZeroReport.file(MEMBER, null, false, false, "member", NOW))
                .hasMessageContaining("error.integrity.month-required");
        assertThat(ZeroReport.file(MEMBER, YearMonth.of(2025, 11), false, false, "member", NOW).month())
                .isEqualTo(YearMonth.of(2025, 11));
    }
}
