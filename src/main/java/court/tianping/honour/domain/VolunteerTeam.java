package court.tianping.honour.domain;

import court.tianping.core.DomainException;
import court.tianping.honour.VolunteerJoined;
import court.tianping.honour.VolunteerTeamFormed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A volunteer team (天平志愿服务队) of a Party organisation, and the members who joined it. */
@Table("volunteer_team")
public class VolunteerTeam extends Recorded<VolunteerTeam> {

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String organizationPath;
    private String name;
    private LocalDate formedOn;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "volunteer_team")
    private Set<Volunteer> volunteers = new HashSet<>();

    VolunteerTeam() {
    }

    public static VolunteerTeam form(Organisation organisation, String name, LocalDate formedOn, String by, LocalDateTime now) {
        VolunteerTeam team = new VolunteerTeam();
        team.courtId = organisation.courtId();
        team.organizationId = organisation.id();
        team.organizationPath = organisation.path();
        team.name = Texts.required(name, 100, "label.honour.team-name");
        team.formedOn = Texts.past(formedOn, now.toLocalDate(), "label.honour.formed-on");
        long court = organisation.courtId();
        team.raise(id -> new VolunteerTeamFormed(id, court, by, now, formedOn,
                facts("name", team.name, "organizationId", organisation.id(), "formedOn", formedOn)));
        return team;
    }

    /** A member of the team's court joins, once, on a day between the team's forming and today. */
    public void join(Person member, LocalDate on, String by, LocalDateTime now) {
        Texts.past(on, now.toLocalDate(), "label.honour.joined-on");
        if (member.courtId() != courtId) {
            throw new DomainException("error.honour.other-court");
        }
        if (on.isBefore(formedOn)) {
            throw new DomainException("error.honour.before-formed", formedOn);
        }
        if (volunteer(member.memberId()).isPresent()) {
            throw new DomainException("error.honour.already-volunteer");
        }
        volunteers.add(new Volunteer(member.memberId(), member.path(), member.courtId(), on));
        raise(id -> new VolunteerJoined(id, courtId, by, now, member.memberId(), on,
                facts("memberId", member.memberId(), "joinedOn", on)));
    }

    public Optional<Volunteer> volunteer(long memberId) {
        return volunteers.stream().filter(v -> v.memberId() == memberId).findFirst();
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
    public LocalDate formedOn() { return formedOn; }
    public Set<Volunteer> volunteers() { return Set.copyOf(volunteers); }
}
