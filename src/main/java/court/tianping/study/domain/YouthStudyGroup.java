package court.tianping.study.domain;

import court.tianping.core.DomainException;
import court.tianping.study.YouthStudyGroupFormed;
import court.tianping.study.YouthStudyGroupJoined;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;

/**
 * A youth theory-study group (青年理论学习小组): a small organisation of study under a Party organisation,
 * open to members under 36 (the age is computed from the birth date on the day they join).
 */
@Table("youth_study_group")
public class YouthStudyGroup extends Recorded<YouthStudyGroup> {

    public static final int AGE_LIMIT = 36;

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String organizationPath;
    private String name;
    private LocalDate formedOn;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "youth_study_group")
    private Set<YouthMember> members = new HashSet<>();

    YouthStudyGroup() {
    }

    public static YouthStudyGroup form(Host home, String name, LocalDate formedOn, String by, LocalDateTime now) {
        YouthStudyGroup group = new YouthStudyGroup();
        group.name = Texts.required(name, 100, "label.study.group-name");
        if (formedOn == null) {
            throw new DomainException("error.study.dates-required");
        }
        if (formedOn.isAfter(now.toLocalDate())) {
            throw new DomainException("error.study.future-date");
        }
        group.courtId = home.courtId();
        group.organizationId = home.organizationId();
        group.organizationPath = home.path();
        group.formedOn = formedOn;
        long court = home.courtId();
        String groupName = group.name;
        group.raise(id -> new YouthStudyGroupFormed(id, court, by, now, groupName, facts("name", groupName, "formedOn", formedOn)));
        return group;
    }

    /** Joins a member who is under 36 on the day, once. */
    public void join(Attendee member, String memberName, LocalDate birthDate, LocalDate on, String by, LocalDateTime now) {
        if (members.stream().anyMatch(m -> m.memberId() == member.memberId())) {
            throw new DomainException("error.study.already-in-group", memberName);
        }
        if (birthDate == null) {
            throw new DomainException("error.study.birth-date-unknown", memberName);
        }
        int age = Period.between(birthDate, on).getYears();
        if (age >= AGE_LIMIT) {
            throw new DomainException("error.study.too-old-for-youth-group", memberName, age, AGE_LIMIT);
        }
        if (member.courtId() != courtId) {
            throw new DomainException("error.study.unknown-member");
        }
        members.add(new YouthMember(member, on));
        raise(id -> new YouthStudyGroupJoined(id, courtId, by, now, member.memberId(),
                facts("memberId", member.memberId(), "age", age)));
    }

    public boolean hasMember(long memberId) {
        return members.stream().anyMatch(m -> m.memberId() == memberId);
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
    public Integer version() { return version; }
    public Set<YouthMember> members() { return Set.copyOf(members); }
}
