package court.tianping.archive.demo;

import court.tianping.archive.EntryKind;
import court.tianping.archive.EntrySource;
import court.tianping.archive.EntryState;
import court.tianping.archive.application.ArchivePeople;
import court.tianping.archive.domain.ArchivedMember;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.supervision.FeedbackKind;
import court.tianping.archive.application.ArchiveListeners;
import court.tianping.honour.HonourRecipients;
import court.tianping.honour.HonourRecipients.HonouredMember;
import court.tianping.supervision.SupervisionRecords;
import court.tianping.supervision.SupervisionRecords.FoundedFeedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The demo court's archives, written in one batch: an entry for every founded praise (merit) and founded complaint
 * (flaw) about a member, as the listener writes them; commendations and exemplary deeds typed in by the office
 * and confirmed by the discipline office; a disciplinary measure and an error; and two commendations still
 * waiting for a second person; a merit entry for every member honoured, as the listener of honours writes them.
 * Runs after the feedback and honours demos and before the weekly reports.
 */
@Component
class ArchiveDemo {

    private static final Logger log = LoggerFactory.getLogger(ArchiveDemo.class);
    private static final List<String> COMMENDATIONS = List.of(
            "被评为年度优秀共产党员", "被评为办案标兵", "所在审判团队获评“青年文明号”",
            "获评全市法院调解能手", "在诉源治理工作中成绩突出，受到院党组通报表扬");
    private static final List<String> DEEDS = List.of(
            "深入社区开展普法讲座十余场，受到群众好评", "连续加班完成疏解整治专项案件审理",
            "主动上门化解一起邻里纠纷，当事人送来锦旗");

    private final SupervisionRecords supervision;
    private final HonourRecipients honours;
    private final ArchivePeople people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<Object[]> rows = new ArrayList<>();
    private final Map<Long, Optional<ArchivedMember>> members = new HashMap<>();

    ArchiveDemo(SupervisionRecords supervision, HonourRecipients honours, ArchivePeople people, JdbcTemplate jdbc, TransactionTemplate transactions,
                Clock clock) {
        this.supervision = supervision;
        this.honours = honours;
        this.people = people;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    @Order(20)
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo member archives generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long courtId) {
        Random random = new Random(20180806L);
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        rows.clear();
        for (FoundedFeedback f : supervision.foundedAboutMembers(courtId)) {
            member(f.memberId()).ifPresent(m -> add(m, f.kind() == FeedbackKind.PRAISE ? EntryKind.MERIT : EntryKind.FLAW,
                    EntrySource.VERIFIED_FEEDBACK, EntryState.CONFIRMED, f.receivedOn(), f.content(), "feedback:" + f.id(),
                    "feedback:" + f.id(), "demo", f.verifiedAt(), f.verifiedBy(), f.verifiedAt()));
        }
        for (HonouredMember h : honours.honouredMembers(courtId)) {
            String reference = ArchiveListeners.honourReference(h.honourId());
            member(h.memberId()).ifPresent(m -> add(m, EntryKind.MERIT, EntrySource.HONOUR, EntryState.CONFIRMED,
                    h.awardedOn(), ArchiveListeners.honourSummary(h.title(), h.awardedBy()),
                    h.documentNo() == null ? reference : h.documentNo(), reference + ":" + h.memberId(), "demo",
                    h.recordedAt(), h.recordedBy(), h.recordedAt()));
        }
        List<Person> everyone = new ArrayList<>();
        for (Unit branch : people.branches(courtId)) {
            everyone.addAll(people.members(branch.id()));
        }
        if (everyone.isEmpty()) {
            return;
        }
        for (int i = 0; i < 24; i++) {
            Person person = everyone.get(random.nextInt(everyone.size()));
            LocalDate on = now.toLocalDate().minusDays(20 + random.nextInt(330));
            boolean commendation = i % 3 != 2;
            String summary = commendation ? COMMENDATIONS.get(i % COMMENDATIONS.size()) : DEEDS.get(i % DEEDS.size());
            LocalDateTime created = on.plusDays(2).atTime(10, 0);
            member(person.id()).ifPresent(m -> add(m, EntryKind.MERIT,
                    commendation ? EntrySource.COMMENDATION : EntrySource.EXEMPLARY_DEED, EntryState.CONFIRMED, on, summary,
                    "京西法党〔" + on.getYear() + "〕" + (10 + random.nextInt(80)) + "号", null, "office", created,
                    "discipline", created.plusDays(1)));
        }
        Person disciplined = everyone.get(random.nextInt(everyone.size()));
        LocalDate on = now.toLocalDate().minusMonths(5);
        member(disciplined.id()).ifPresent(m -> add(m, EntryKind.FLAW, EntrySource.ERROR, EntryState.CONFIRMED, on,
                "裁判文书校对不严，出现当事人姓名笔误，已裁定补正", "（" + on.getYear() + "）京0102民初补正第3号", null,
                "discipline", on.plusDays(3).atTime(9, 0), "office", on.plusDays(4).atTime(9, 0)));
        for (int i = 0; i < 2; i++) {
            Person person = everyone.get(random.nextInt(everyone.size()));
            LocalDate day = now.toLocalDate().minusDays(3 + i);
            member(person.id()).ifPresent(m -> add(m, EntryKind.MERIT, EntrySource.COMMENDATION, EntryState.PENDING, day,
                    "被评为季度“诉源治理之星”", "京西法党〔" + day.getYear() + "〕95号", null, "office",
                    day.atTime(15, 0), null, null));
        }
        jdbc.batchUpdate("""
                        insert into archive_entry (court_id, member_id, organization_path, kind, source, state, occurred_on,
                            summary, evidence_ref, source_ref, created_by, created_at, verified_by, verified_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows,
                new int[]{Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR,
                        Types.TIMESTAMP});
    }

    private Optional<ArchivedMember> member(long id) {
        return members.computeIfAbsent(id, people::find);
    }

    private void add(ArchivedMember m, EntryKind kind, EntrySource source, EntryState state, LocalDate on, String summary,
                     String evidenceRef, String sourceRef, String createdBy, LocalDateTime createdAt, String verifiedBy,
                     LocalDateTime verifiedAt) {
        rows.add(new Object[]{m.courtId(), m.memberId(), m.organizationPath(), kind.name(), source.name(), state.name(),
                Date.valueOf(on), summary.length() > 1000 ? summary.substring(0, 1000) : summary, evidenceRef, sourceRef,
                createdBy, Timestamp.valueOf(createdAt), verifiedBy, verifiedAt == null ? null : Timestamp.valueOf(verifiedAt)});
    }
}
