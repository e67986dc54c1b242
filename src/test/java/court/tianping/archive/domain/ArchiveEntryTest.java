package court.tianping.archive.domain;

import court.tianping.archive.ArchiveEntryConfirmed;
import court.tianping.archive.ArchiveEntryRecorded;
import court.tianping.archive.EntryKind;
import court.tianping.archive.EntrySource;
import court.tianping.archive.EntryState;
import court.tianping.core.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveEntryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
    private static final ArchivedMember MEMBER = new ArchivedMember(1L, 42L, "/1/5/7/");

    /** A commendation as saved: the database gave it an id, which its events carry. */
    private static ArchiveEntry commendation() {
        ArchiveEntry entry = ArchiveEntry.propose(MEMBER, EntrySource.COMMENDATION, LocalDate.of(2026, 11, 20), "被评为办案标兵",
                Evidence.reference("京西法党〔2026〕12号"), "office", NOW);
        ReflectionTestUtils.setField(entry, "id", 9L);
        return entry;
    }

    @Test
    void aManualEntryWaitsForASecondPerson() {
        ArchiveEntry entry = commendation();
        assertThat(entry.state()).isEqualTo(EntryState.PENDING);
        assertThat(entry.kind()).isEqualTo(EntryKind.MERIT);
        assertThat(entry.raised()).singleElement().isInstanceOfSatisfying(ArchiveEntryRecorded.class,
                e -> assertThat(e.state()).isEqualTo(EntryState.PENDING));

        entry.confirm("discipline", NOW.plusHours(1));
        assertThat(entry.state()).isEqualTo(EntryState.CONFIRMED);
        assertThat(entry.verifiedBy()).isEqualTo("discipline");
        assertThat(entry.raised()).hasSize(2).last().isInstanceOf(ArchiveEntryConfirmed.class);
    }

    @Test
    void theCreatorCannotConfirmTheirOwnEntry() {
        ArchiveEntry entry = commendation();
        assertThatThrownBy(() -> entry.confirm("office", NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.archive.four-eyes");
        assertThat(entry.state()).isEqualTo(EntryState.PENDING);
    }

    @Test
    void anEntryIsConfirmedOnce() {
        ArchiveEntry entry = commendation();
        entry.confirm("discipline", NOW);
        assertThatThrownBy(() -> entry.confirm("admin", NOW)).hasMessageContaining("error.archive.not-pending");
        assertThat(entry.verifiedBy()).isEqualTo("discipline");
    }

    @Test
    void aDisciplinaryMeasureIsAFlaw() {
        ArchiveEntry entry = ArchiveEntry.propose(MEMBER, EntrySource.DISCIPLINE, LocalDate.of(2026, 10, 1), "警告处分",
                Evidence.reference("京西纪〔2026〕3号"), "discipline", NOW);
        assertThat(entry.kind()).isEqualTo(EntryKind.FLAW);
    }

    @Test
    void refusesAManualEntryWithoutEvidenceADateOrASummary() {
        assertThatThrownBy(() -> ArchiveEntry.propose(MEMBER, EntrySource.COMMENDATION, LocalDate.of(2026, 11, 20),
                "被评为办案标兵", Evidence.reference(" "), "office", NOW)).hasMessageContaining("error.archive.evidence-required");
        assertThatThrownBy(() -> ArchiveEntry.propose(MEMBER, EntrySource.COMMENDATION, null, "被评为办案标兵",
                Evidence.reference("12号"), "office", NOW)).hasMessageContaining("error.archive.date-required");
        assertThatThrownBy(() -> ArchiveEntry.propose(MEMBER, EntrySource.COMMENDATION, NOW.toLocalDate().plusDays(1),
                "被评为办案标兵", Evidence.reference("12号"), "office", NOW)).hasMessageContaining("error.archive.future");
        assertThatThrownBy(() -> ArchiveEntry.propose(MEMBER, EntrySource.COMMENDATION, LocalDate.of(2026, 11, 20), "",
                Evidence.reference("12号"), "office", NOW)).hasMessageContaining("error.archive.required");
        assertThatThrownBy(() -> ArchiveEntry.propose(MEMBER, EntrySource.VERIFIED_FEEDBACK, LocalDate.of(2026, 11, 20),
                "表扬", Evidence.reference("12号"), "office", NOW)).hasMessageContaining("error.archive.source-required");
    }

    @Test
    void anEntryFromAVerifiedRecordIsInTheArchiveAtOnce() {
        ArchiveEntry entry = ArchiveEntry.fromVerifiedRecord(MEMBER, EntryKind.FLAW, EntrySource.VERIFIED_FEEDBACK,
                LocalDate.of(2026, 11, 2), "来电反映态度生硬。", "feedback:9", "discipline", NOW, "feedback:9", NOW);
        assertThat(entry.state()).isEqualTo(EntryState.CONFIRMED);
        assertThat(entry.verifiedBy()).isEqualTo("discipline");
        assertThatThrownBy(() -> ArchiveEntry.fromVerifiedRecord(MEMBER, EntryKind.MERIT, EntrySource.COMMENDATION,
                LocalDate.of(2026, 11, 2), "表彰", null, "discipline", NOW, "x", NOW))
                .hasMessageContaining("error.archive.manual-source");
    }
}
