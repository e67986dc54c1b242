package court.tianping.honour.domain;

import court.tianping.core.DomainException;
import court.tianping.honour.HonourAwarded;
import court.tianping.honour.HonourLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An honour or commendation (表彰) awarded by a body of some level, either to one or more members (individual) or to
 * a Party organisation (collective), never both.
 */
@Table("honour")
public class Honour extends Recorded<Honour> {

    public static final int MAX_RECIPIENTS = 200;

    @Id
    private Long id;
    private Long courtId;
    private String title;
    private HonourLevel level;
    private String awardedBy;
    private LocalDate awardedOn;
    private String documentNo;
    private Long organizationId;
    private String organizationPath;
    private String recordedBy;
    private LocalDateTime recordedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "honour")
    private Set<Recipient> recipients = new HashSet<>();

    Honour() {
    }

    public static Honour award(long courtId, String title, HonourLevel level, String awardedBy, LocalDate awardedOn,
                               String documentNo, List<Person> members, Organisation organisation, String by,
                               LocalDateTime now) {
        if (level == null) {
            throw new DomainException("error.honour.required", "label.honour.level");
        }
        List<Person> people = members == null ? List.of() : members;
        if (people.isEmpty() == (organisation == null)) {
            throw new DomainException("error.honour.individual-or-collective");
        }
        if (people.size() > MAX_RECIPIENTS) {
            throw new DomainException("error.honour.too-many-recipients", MAX_RECIPIENTS);
        }
        if (people.stream().map(Person::memberId).distinct().count() != people.size()) {
            throw new DomainException("error.honour.duplicate-recipient");
        }
        if (people.stream().anyMatch(p -> p.courtId() != courtId) || (organisation != null && organisation.courtId() != courtId)) {
            throw new DomainException("error.honour.other-court");
        }
        Honour honour = new Honour();
        honour.courtId = courtId;
        honour.title = Texts.required(title, 200, "label.honour.title");
        honour.level = level;
        honour.awardedBy = Texts.required(awardedBy, 100, "label.honour.awarded-by");
        honour.awardedOn = Texts.past(awardedOn, now.toLocalDate(), "label.honour.awarded-on");
        honour.documentNo = Texts.optional(documentNo, 100, "label.honour.document-no");
        if (organisation != null) {
            honour.organizationId = organisation.id();
            honour.organizationPath = organisation.path();
        }
        people.forEach(p -> honour.recipients.add(Recipient.of(p)));
        honour.recordedBy = by;
        honour.recordedAt = now;
        List<Long> ids = people.stream().map(Person::memberId).sorted().toList();
        honour.raise(id -> new HonourAwarded(id, courtId, honour.title, level, awardedOn, ids, honour.organizationId,
                honour.awardedBy, honour.documentNo, by, now));
        return honour;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public String title() { return title; }
    public HonourLevel level() { return level; }
    public String awardedBy() { return awardedBy; }
    public LocalDate awardedOn() { return awardedOn; }
    public String documentNo() { return documentNo; }
    public Long organizationId() { return organizationId; }
    public Set<Recipient> recipients() { return Set.copyOf(recipients); }
}
