package court.tianping.study.domain;

import court.tianping.core.DomainException;
import court.tianping.study.TrainingClassOpened;
import court.tianping.study.TrainingCompleted;
import court.tianping.study.TrainingEnrolled;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A rotation training class (政治轮训班): members are enrolled, then each completes it and earns its hours.
 * Enrolment and completion may be recorded after the class, as offices often file them afterwards.
 */
@Table("training_class")
public class TrainingClass extends Recorded<TrainingClass> {

    public static final int MAX_HOURS = 200;

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String organizationPath;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int hours;
    private LocalDateTime createdAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "training_class")
    private Set<Enrolment> enrolments = new HashSet<>();

    TrainingClass() {
    }

    public static TrainingClass open(Host organiser, String name, LocalDate startsOn, LocalDate endsOn, Integer hours,
                                     String by, LocalDateTime now) {
        TrainingClass training = new TrainingClass();
        training.name = Texts.required(name, 200, "label.study.class-name");
        if (startsOn == null || endsOn == null) {
            throw new DomainException("error.study.dates-required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new DomainException("error.study.ends-before-start");
        }
        if (hours == null || hours <= 0 || hours > MAX_HOURS) {
            throw new DomainException("error.study.hours-invalid", MAX_HOURS);
        }
        training.courtId = organiser.courtId();
        training.organizationId = organiser.organizationId();
        training.organizationPath = organiser.path();
        training.startsOn = startsOn;
        training.endsOn = endsOn;
        training.hours = hours;
        training.createdAt = now;
        String className = training.name;
        long court = training.courtId;
        training.raise(id -> new TrainingClassOpened(id, court, by, now, className, hours,
                facts("name", className, "startsOn", startsOn, "endsOn", endsOn, "hours", hours)));
        return training;
    }

    public void enrol(Attendee member, String by, LocalDate today, LocalDateTime now) {
        if (enrolment(member.memberId()).isPresent()) {
            throw new DomainException("error.study.already-enrolled");
        }
        enrolments.add(new Enrolment(member, today));
        raise(id -> new TrainingEnrolled(id, courtId, by, now, member.memberId(), facts("memberId", member.memberId())));
    }

    /** Completion by an enrolled member, once, on a day of or after the class. */
    public void complete(long memberId, LocalDate on, String by, LocalDate today, LocalDateTime now) {
        Enrolment enrolment = enrolment(memberId).orElseThrow(() -> new DomainException("error.study.not-enrolled"));
        if (enrolment.completed()) {
            throw new DomainException("error.study.already-completed");
        }
        if (on == null) {
            throw new DomainException("error.study.dates-required");
        }
        if (on.isBefore(startsOn) || on.isAfter(today)) {
            throw new DomainException("error.study.completion-date", startsOn, today);
        }
        enrolment.complete(on);
        int earned = hours;
        raise(id -> new TrainingCompleted(id, courtId, by, now, memberId, on, earned,
                facts("memberId", memberId, "completedOn", on, "hours", earned)));
    }

    public Optional<Enrolment> enrolment(long memberId) {
        return enrolments.stream().filter(e -> e.memberId() == memberId).findFirst();
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long organizationId() { return organizationId; }
    public String organizationPath() { return organizationPath; }
    public String name() { return name; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public int hours() { return hours; }
    public Integer version() { return version; }
    public Set<Enrolment> enrolments() { return Set.copyOf(enrolments); }
}
