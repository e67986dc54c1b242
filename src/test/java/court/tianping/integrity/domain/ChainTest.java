package court.tianping.integrity.domain;

import court.tianping.core.DomainException;
import court.tianping.integrity.InterferenceRecorded;
import court.tianping.integrity.InterferenceType;
import court.tianping.integrity.domain.ChainReport.Finding;
import court.tianping.integrity.domain.ChainReport.Problem;
import court.tianping.integrity.domain.ChainVerifier.Stored;
import court.tianping.integrity.domain.InterferenceRecord.Entry;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hash chain of 三个规定 records: how records are linked, and what the verification finds when one is tampered with. */
class ChainTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 15, 30, 45, 123_456_789);
    private static final Signer RECORDER = new Signer(7, 1, 3L, "/1/3/");

    private static Entry entry(String details) {
        return new Entry(InterferenceType.INSIDER_INQUIRY, "(2026)京0102民初123号", "王某", "执行局干警",
                NOW.minusDays(1), details, "未透露案件信息，已报告庭长", null);
    }

    /** A chain of n records as the database would give them back. */
    private static List<Stored> chain(int n) {
        List<Stored> stored = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 0; i < n; i++) {
            InterferenceRecord record = InterferenceRecord.append(head, RECORDER, entry("第" + i + "次过问"), "member", NOW.plusMinutes(i));
            stored.add(new Stored(record.content(), record.previousHash(), record.hash()));
            head = record.asHead();
        }
        return stored;
    }

    private static ChainHead headOf(List<Stored> stored) {
        Stored last = stored.get(stored.size() - 1);
        return new ChainHead(last.content().seq(), last.hash());
    }

    private static ChainReport verify(List<Stored> stored, ChainHead head) {
        ChainVerifier verifier = new ChainVerifier(1);
        stored.forEach(verifier::accept);
        return verifier.finish(head);
    }

    private static Stored withDetails(Stored s, String details) {
        RecordContent c = s.content();
        return new Stored(new RecordContent(c.courtId(), c.seq(), c.kind(), c.caseReference(), c.intervenerName(),
                c.intervenerPost(), c.occurredAt(), details, c.handling(), c.correctsSeq(), c.recorderMemberId(), c.branchId(),
                c.recordedBy(), c.recordedAt()), s.previousHash(), s.hash());
    }

    @Test
    void eachRecordIsNumberedAfterTheHeadAndChainedToItsHash() {
        List<Stored> stored = chain(3);
        assertThat(stored).extracting(s -> s.content().seq()).containsExactly(1L, 2L, 3L);
        assertThat(stored.get(0).previousHash()).isEqualTo(Chain.GENESIS);
        assertThat(stored.get(1).previousHash()).isEqualTo(stored.get(0).hash());
        assertThat(stored.get(2).previousHash()).isEqualTo(stored.get(1).hash());
        assertThat(stored.get(0).hash()).matches("[0-9a-f]{64}").isNotEqualTo(stored.get(1).hash());
    }

    @Test
    void timesAreKeptToTheSecondAndTheOccurrenceToTheMinuteSoTheDatabaseGivesBackWhatWasHashed() {
        RecordContent content = chain(1).get(0).content();
        assertThat(content.recordedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 15, 30, 45));
        assertThat(content.occurredAt()).isEqualTo(LocalDateTime.of(2026, 11, 19, 15, 30));
        assertThat(content.canonical()).contains("recordedAt=19:2026-11-20T15:30:45\n")
                .contains("intervenerName=6:王某\n").contains("correctsSeq=~\n");
    }

    @Test
    void theCanonicalFormSeparatesFieldsSoNoTextCanMoveIntoTheNext() {
        RecordContent a = chain(1).get(0).content();
        RecordContent moved = new RecordContent(a.courtId(), a.seq(), a.kind(), a.caseReference(), a.intervenerName() + "\nintervenerPost=",
                "", a.occurredAt(), a.details(), a.handling(), a.correctsSeq(), a.recorderMemberId(), a.branchId(),
                a.recordedBy(), a.recordedAt());
        assertThat(Chain.link(Chain.GENESIS, moved)).isNotEqualTo(Chain.link(Chain.GENESIS, a));
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<Stored> stored = chain(5);
        ChainReport report = verify(stored, headOf(stored));
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(5);
        assertThat(report.firstBadSeq()).isNull();
    }

    @Test
    void anAlteredRecordIsReportedAtItsNumber() {
        List<Stored> stored = chain(5);
        ChainHead head = headOf(stored);
        stored.set(2, withDetails(stored.get(2), "无人过问"));
        ChainReport report = verify(stored, head);
        assertThat(report.findings()).containsExactly(new Finding(Problem.ALTERED, 3, 3));
        assertThat(report.firstBadSeq()).isEqualTo(3);
    }

    @Test
    void aRecordRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
        List<Stored> stored = chain(5);
        ChainHead head = headOf(stored);
        Stored forged = withDetails(stored.get(1), "无人过问");
        stored.set(1, new Stored(forged.content(), forged.previousHash(), Chain.link(forged.previousHash(), forged.content())));
        ChainReport report = verify(stored, head);
        assertThat(report.findings()).containsExactly(new Finding(Problem.REWRITTEN, 2, 2));
    }

    @Test
    void deletedRecordsInTheMiddleAndAtTheEndAreReported() {
        List<Stored> stored = chain(6);
        ChainHead head = headOf(stored);
        stored.remove(5);
        stored.remove(2);
        stored.remove(1);
        ChainReport report = verify(stored, head);
        assertThat(report.findings()).containsExactly(new Finding(Problem.DELETED, 2, 3), new Finding(Problem.DELETED, 6, 6));
        assertThat(report.count(Problem.DELETED)).isEqualTo(3);
        assertThat(report.firstBadSeq()).isEqualTo(2);
    }

    @Test
    void aRecordAddedBehindTheApplicationsBackIsReported() {
        List<Stored> stored = chain(4);
        ChainHead head = new ChainHead(3, stored.get(2).hash());
        assertThat(verify(stored, head).findings()).containsExactly(new Finding(Problem.INSERTED, 4, 4));
    }

    @Test
    void aRecordRaisesOneEventWithItsNumberAndHashButNotWhatItSays() {
        InterferenceRecord record = InterferenceRecord.append(ChainHead.EMPTY, RECORDER, entry("第一次过问"), "member", NOW);
        assertThat(record.raisedAs(42)).hasSize(1).first().isInstanceOfSatisfying(InterferenceRecorded.class, e -> {
            assertThat(e.seq()).isEqualTo(1);
            assertThat(e.hash()).isEqualTo(record.hash());
            assertThat(e.after().toString()).doesNotContain("王某").doesNotContain("过问").doesNotContain("民初");
        });
    }

    @Test
    void anIncompleteOrImpossibleEntryIsRefused() {
        Entry missing = new Entry(null, "案号", "王某", "干警", NOW.minusDays(1), "情况", "处理", null);
        assertThatThrownBy(() -> InterferenceRecord.append(ChainHead.EMPTY, RECORDER, missing, "m", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.integrity.type-required");
        Entry future = new Entry(InterferenceType.IMPROPER_CONTACT, "案号", "王某", "干警", NOW.plusDays(1), "情况", "处理", null);
        assertThatThrownBy(() -> InterferenceRecord.append(ChainHead.EMPTY, RECORDER, future, "m", NOW))
                .hasMessageContaining("error.integrity.occurred-at");
        Entry blank = new Entry(InterferenceType.IMPROPER_CONTACT, " ", "王某", "干警", NOW.minusDays(1), "情况", "处理", null);
        assertThatThrownBy(() -> InterferenceRecord.append(ChainHead.EMPTY, RECORDER, blank, "m", NOW))
                .hasMessageContaining("error.integrity.required");
        Entry correctsNothing = new Entry(InterferenceType.IMPROPER_CONTACT, "案号", "王某", "干警", NOW.minusDays(1), "情况", "处理", 5L);
        assertThatThrownBy(() -> InterferenceRecord.append(new ChainHead(4, Chain.GENESIS), RECORDER, correctsNothing, "m", NOW))
                .hasMessageContaining("error.integrity.no-such-record");
    }
}
