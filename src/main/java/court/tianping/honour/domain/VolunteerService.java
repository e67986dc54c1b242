package court.tianping.honour.domain;

import court.tianping.core.DomainException;
import court.tianping.honour.VolunteerServiceRecorded;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A volunteer team's service activity: when, where, what, and the hours each of its volunteers served. */
@Table("volunteer_service")
public class VolunteerService extends Recorded<VolunteerService> {

    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Id
    private Long id;
    private Long courtId;
    private Long teamId;
    private LocalDate servedOn;
    private String place;
    private String description;
    private String recordedBy;
    private LocalDateTime recordedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "volunteer_service")
    private Set<ServiceHours> hours = new HashSet<>();

    VolunteerService() {
    }

    /** Records the activity; every volunteer named must have joined the team by that day, each with up to a day's hours in halves. */
    public static VolunteerService record(VolunteerTeam team, LocalDate on, String place, String description,
                                          Map<Long, BigDecimal> hoursPerMember, String by, LocalDateTime now) {
        Texts.past(on, now.toLocalDate(), "label.honour.served-on");
        if (on.isBefore(team.formedOn())) {
            throw new DomainException("error.honour.before-formed", team.formedOn());
        }
        if (hoursPerMember == null || hoursPerMember.isEmpty()) {
            throw new DomainException("error.honour.no-volunteers");
        }
        VolunteerService service = new VolunteerService();
        service.courtId = team.courtId();
        service.teamId = team.id();
        service.servedOn = on;
        service.place = Texts.required(place, 100, "label.honour.place");
        service.description = Texts.required(description, 1000, "label.honour.description");
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> entry : hoursPerMember.entrySet()) {
            Volunteer volunteer = team.volunteer(entry.getKey()).filter(v -> !v.joinedOn().isAfter(on))
                    .orElseThrow(() -> new DomainException("error.honour.not-a-volunteer", entry.getKey()));
            BigDecimal h = entry.getValue();
            if (h == null || h.signum() <= 0 || h.compareTo(MAX_HOURS) > 0 || h.remainder(HALF).signum() != 0) {
                throw new DomainException("error.honour.hours", MAX_HOURS);
            }
            service.hours.add(new ServiceHours(volunteer.memberId(), volunteer.memberPath(), volunteer.courtId(), h));
            total = total.add(h);
        }
        service.recordedBy = by;
        service.recordedAt = now;
        BigDecimal sum = total;
        long court = team.courtId();
        service.raise(id -> new VolunteerServiceRecorded(id, court, by, now, team.id(), on, sum,
                facts("teamId", team.id(), "servedOn", on, "volunteers", hoursPerMember.size(), "hours", sum)));
        return service;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long teamId() { return teamId; }
    public LocalDate servedOn() { return servedOn; }
    public Set<ServiceHours> hours() { return Set.copyOf(hours); }
}
