package court.tianping.platform;

import court.tianping.core.DomainException;
import court.tianping.platform.WorkingDayCalendar.DayKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The working-day calendar the admin maintains, and working-day arithmetic on it for deadlines. */
@Service
public class WorkingDays {

    /** A day that differs from the Monday-to-Friday rule. */
    public record CalendarDay(LocalDate day, DayKind kind, String name) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<WorkingDayCalendar> calendar = new AtomicReference<>();

    WorkingDays(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar().isWorkingDay(day);
    }

    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return calendar().plusWorkingDays(from, days);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    public LocalDateTime plusWorkingMinutes(LocalDateTime from, long minutes) {
        return calendar().plusWorkingMinutes(from, minutes);
    }

    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        return calendar().workingMinutesBetween(from, to);
    }

    public List<CalendarDay> year(int year) {
        return jdbc.sql("select calendar_date, kind, name from calendar_day where calendar_date between :from and :to order by calendar_date")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    @PreAuthorize("hasAuthority('platform:calendar:manage')")
    @Transactional
    public void mark(LocalDate day, DayKind kind, String name) {
        if (day == null || kind == null) {
            throw new DomainException("error.calendar.day-required");
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 40) {
            throw new DomainException("error.calendar.name");
        }
        WorkingDayCalendar plain = new WorkingDayCalendar(Map.of());
        if (plain.isWorkingDay(day) == (kind == DayKind.WORKDAY)) {
            throw new DomainException(kind == DayKind.WORKDAY ? "error.calendar.already-working" : "error.calendar.already-off", day);
        }
        try {
            jdbc.sql("insert into calendar_day (calendar_date, kind, name, changed_by, changed_at) values (:d, :k, :n, :by, :at)")
                    .param("d", day).param("k", kind.name()).param("n", clean).param("by", currentUser.actor())
                    .param("at", LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.calendar.duplicate", day);
        }
        events.publishEvent(new PlatformChange(currentUser.actor(), "calendar.marked", "calendar-day", day.toString(), null,
                Map.of(), Map.of("kind", kind, "name", clean)));
    }

    @PreAuthorize("hasAuthority('platform:calendar:manage')")
    @Transactional
    public void unmark(LocalDate day) {
        if (jdbc.sql("delete from calendar_day where calendar_date = :d").param("d", day).update() == 0) {
            throw new DomainException("error.calendar.not-marked", day);
        }
        events.publishEvent(PlatformChange.of(currentUser.actor(), "calendar.unmarked", "calendar-day", day.toString()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void reloadAfterChange(PlatformChange change) {
        if (change.subjectType().equals("calendar-day")) {
            calendar.set(null);
        }
    }

    private WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar.get();
        if (current == null) {
            Map<LocalDate, DayKind> exceptions = new HashMap<>();
            jdbc.sql("select calendar_date, kind from calendar_day").query((rs, n) ->
                    exceptions.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)))).list();
            current = new WorkingDayCalendar(exceptions);
            calendar.set(current);
        }
        return current;
    }
}
