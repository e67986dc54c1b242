package court.tianping.life.application;

import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.life.ComplianceReminderSent;
import court.tianping.life.ComplianceStatus;
import court.tianping.life.domain.ComplianceRule;
import court.tianping.life.domain.Period;
import court.tianping.life.domain.ReminderDay;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.CourtEntry;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.Notifications;
import court.tianping.platform.Notifications.Recipient;
import court.tianping.platform.Role;
import court.tianping.platform.WorkingDays;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reminders before a period closes: a branch (to its secretary) or a Party group (to its leader) that has not
 * yet held the meetings a rule wants in the current period is reminded once, a set number of working days
 * before the period's last working day. Runs daily on one node at a time.
 */
@Component
public class ComplianceReminders {

    private static final Logger log = LoggerFactory.getLogger(ComplianceReminders.class);
    private static final String ACTOR = "system";

    private final OrganizationDirectory directory;
    private final ComplianceRules rules;
    private final ComplianceCalendar calendar;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int workingDaysBefore;

    public ComplianceReminders(OrganizationDirectory directory, ComplianceRules rules, ComplianceCalendar calendar,
                        WorkingDays workingDays, Notifications notifications, ApplicationEventPublisher events,
                        JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
                        @Value("${tianping.life.reminder-working-days:5}") int workingDaysBefore) {
        this.directory = directory;
        this.rules = rules;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.workingDaysBefore = workingDaysBefore;
    }

    @Scheduled(cron = "${tianping.life.reminder-cron:0 30 8 * * *}", zone = "${tianping.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "life-compliance-reminders", lockAtLeastFor = "PT1M")
    public void run() {
        int sent = remind();
        if (sent > 0) {
            log.info("Sent {} compliance reminders", sent);
        }
    }

    /** Sends today's reminders; returns how many were sent. */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (CourtEntry court : directory.courts()) {
            Integer count = transactions.execute(status -> remind(court.id(), today));
            sent += count == null ? 0 : count;
        }
        return sent;
    }

    private int remind(long courtId, LocalDate today) {
        List<ComplianceRule> courtRules = rules.of(courtId).stream().filter(ComplianceRule::active).toList();
        List<Unit> units = new ArrayList<>();
        for (Unit branch : directory.branches(courtId)) {
            units.add(branch);
            units.addAll(directory.cells(branch.id()));
        }
        if (units.isEmpty() || courtRules.isEmpty()) {
            return 0;
        }
        Map<Long, LocalDate> established = directory.establishedOn(units.stream().map(Unit::id).toList());
        HeldCounts counts = calendar.counts(Scope.courts(ScopeLevel.COURT, java.util.Set.of(courtId)), today.getYear());
        int sent = 0;
        for (ComplianceRule rule : courtRules) {
            Period period = Period.containing(rule.frequency(), today);
            LocalDate remindFrom = ReminderDay.of(period, workingDaysBefore, workingDays::isWorkingDay);
            if (today.isBefore(remindFrom)) {
                continue;
            }
            for (Unit unit : units) {
                if (!rule.appliesTo(unit.type())) {
                    continue;
                }
                ComplianceStatus status = rule.status(period, counts.held(unit.id(), rule, period), established.get(unit.id()), today);
                if (status == ComplianceStatus.DUE && firstReminder(unit, rule, period, courtId)) {
                    send(courtId, unit, rule, period);
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean firstReminder(Unit unit, ComplianceRule rule, Period period, long courtId) {
        int inserted = jdbc.sql("""
                        insert into compliance_reminder (organization_id, meeting_type, period_start, court_id, sent_at)
                        select :org, :type, :start, :court, :at where not exists (select 1 from compliance_reminder
                            where organization_id = :org and meeting_type = :type and period_start = :start)""")
                .param("org", unit.id()).param("type", rule.type().name()).param("start", period.start())
                .param("court", courtId).param("at", LocalDateTime.now(clock).withNano(0)).update();
        return inserted == 1;
    }

    private void send(long courtId, Unit unit, ComplianceRule rule, Period period) {
        Role role = unit.type() == OrganizationType.CELL ? Role.CELL_LEADER : Role.BRANCH_SECRETARY;
        notifications.send(Recipient.organization(courtId, role, unit.id()), "/life/compliance/" + unit.id(),
                "notice.life.reminder", unit.name(), "enum.MeetingType." + rule.type().name(), period.end());
        events.publishEvent(new ComplianceReminderSent(unit.id(), courtId, ACTOR, LocalDateTime.now(clock).withNano(0),
                rule.type(), period.end(), Map.of("type", rule.type().name(), "periodEnds", period.end().toString())));
    }
}
