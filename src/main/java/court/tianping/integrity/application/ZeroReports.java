package court.tianping.integrity.application;

import court.tianping.integrity.application.IntegrityPeople.BranchMembers;
import court.tianping.integrity.domain.Signer;
import court.tianping.integrity.domain.ZeroReport;
import court.tianping.integrity.domain.ZeroReportRepository;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.platform.Notifications;
import court.tianping.platform.Notifications.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The monthly zero report (零报告): a member who had nothing to record under the 三个规定 in a month says so; one
 * who recorded something that month has nothing to file. The office sees, branch by branch, who has done neither,
 * and reminds them through the notifications.
 */
@Service
public class ZeroReports {

    /** What a member did about a month: filed a zero report, recorded something, or neither yet. */
    public enum MonthState { FILED, RECORDED, MISSING }

    public record MyMonth(YearMonth month, MonthState state) {
    }

    public record Missing(long memberId, String name) {
    }

    public record BranchMonth(long branchId, String branch, int members, int filed, int recorded, List<Missing> missing) {

        public Integer rate() {
            return members == 0 ? null : Math.round(100f * (members - missing.size()) / members);
        }
    }

    public record MonthStatus(YearMonth month, int members, int missing, List<BranchMonth> branches) {

        public Integer rate() {
            return members == 0 ? null : Math.round(100f * (members - missing) / members);
        }
    }

    private final ZeroReportRepository reports;
    private final IntegrityPeople people;
    private final IntegrityAccess access;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    ZeroReports(ZeroReportRepository reports, IntegrityPeople people, IntegrityAccess access, Notifications notifications,
                JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.people = people;
        this.access = access;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('integrity:commit')")
    @Transactional
    public long file(YearMonth month) {
        Signer member = people.signer(access.requireMember());
        boolean filed = month != null && reports.existsByCourtIdAndMemberIdAndReportMonth(member.courtId(), member.memberId(), month.toString());
        boolean recorded = month != null && recorders(member.courtId(), month).contains(member.memberId());
        return reports.save(ZeroReport.file(member, month, filed, recorded, access.actor(), LocalDateTime.now(clock))).id();
    }

    /** The member's own last months, newest first. */
    @PreAuthorize("hasAuthority('integrity:commit')")
    public List<MyMonth> mine(int months) {
        Signer member = people.signer(access.requireMember());
        YearMonth current = YearMonth.now(clock);
        Set<String> filed = jdbc.sql("select report_month from zero_report where court_id = :c and member_id = :m")
                .param("c", member.courtId()).param("m", member.memberId()).query(String.class).set();
        List<MyMonth> out = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = current.minusMonths(i);
            MonthState state = filed.contains(month.toString()) ? MonthState.FILED
                    : recorders(member.courtId(), month).contains(member.memberId()) ? MonthState.RECORDED : MonthState.MISSING;
            out.add(new MyMonth(month, state));
        }
        return out;
    }

    /** Who in the user's court has filed neither a zero report nor a record for the month, branch by branch. */
    @PreAuthorize("hasAuthority('integrity:campaign')")
    public MonthStatus status(YearMonth month) {
        return statusOf(access.requireCourt(), month);
    }

    MonthStatus statusOf(long court, YearMonth month) {
        return statusOf(court, month, people.roster(court));
    }

    MonthStatus statusOf(long court, YearMonth month, List<BranchMembers> roster) {
        Set<Long> filed = jdbc.sql("select member_id from zero_report where court_id = :c and report_month = :m")
                .param("c", court).param("m", month.toString()).query(Long.class).set();
        Set<Long> recorded = recorders(court, month);
        List<BranchMonth> branches = new ArrayList<>();
        for (BranchMembers branch : roster) {
            List<Person> members = branch.members();
            List<Missing> missing = members.stream().filter(p -> !filed.contains(p.id()) && !recorded.contains(p.id()))
                    .map(p -> new Missing(p.id(), p.name())).toList();
            int filedCount = (int) members.stream().filter(p -> filed.contains(p.id())).count();
            int recordedCount = (int) members.stream().filter(p -> recorded.contains(p.id()) && !filed.contains(p.id())).count();
            branches.add(new BranchMonth(branch.branch().id(), branch.branch().name(), members.size(), filedCount,
                    recordedCount, missing));
        }
        return new MonthStatus(month, branches.stream().mapToInt(BranchMonth::members).sum(),
                branches.stream().mapToInt(b -> b.missing().size()).sum(), branches);
    }

    /** Reminds each member of the user's court who has done neither for the month, once per month; returns how many. */
    @PreAuthorize("hasAuthority('integrity:campaign')")
    @Transactional
    public int remind(YearMonth month) {
        if (month == null) {
            throw new court.tianping.core.DomainException("error.integrity.month-required");
        }
        return remindIn(access.requireCourt(), month);
    }

    int remindIn(long court, YearMonth month) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        List<Recipient> recipients = new ArrayList<>();
        for (BranchMonth branch : statusOf(court, month).branches()) {
            for (Missing member : branch.missing()) {
                int inserted = jdbc.sql("""
                                insert into zero_report_reminder (court_id, member_id, report_month, sent_at)
                                select :c, :m, :month, :at where not exists (select 1 from zero_report_reminder
                                    where court_id = :c and member_id = :m and report_month = :month)""")
                        .param("c", court).param("m", member.memberId()).param("month", month.toString()).param("at", now)
                        .update();
                if (inserted == 1) {
                    recipients.add(Recipient.member(court, member.memberId()));
                }
            }
        }
        if (!recipients.isEmpty()) {
            notifications.send(recipients, "/integrity", "notice.integrity.zero-report", month.toString());
        }
        return recipients.size();
    }

    /** Members of the court who recorded something in the month. */
    Set<Long> recorders(long court, YearMonth month) {
        return jdbc.sql("""
                        select distinct recorder_member_id from interference_record
                        where court_id = :c and recorded_at >= :from and recorded_at < :to""")
                .param("c", court).param("from", month.atDay(1).atStartOfDay())
                .param("to", month.plusMonths(1).atDay(1).atStartOfDay()).query(Long.class).set();
    }
}
