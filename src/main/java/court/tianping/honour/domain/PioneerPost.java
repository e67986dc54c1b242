package court.tianping.honour.domain;

import court.tianping.core.DomainException;
import court.tianping.honour.PioneerPostEstablished;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A Party-member pioneer post (党员先锋岗) of an organisation: its holders, period and public commitments (亮承诺). */
@Table("pioneer_post")
public class PioneerPost extends Recorded<PioneerPost> {

    public static final int MAX_HOLDERS = 20;

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String organizationPath;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String commitments;
    private String recordedBy;
    private LocalDateTime recordedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "pioneer_post")
    private Set<Holder> holders = new HashSet<>();

    PioneerPost() {
    }

    public static PioneerPost establish(Organisation organisation, String name, LocalDate startsOn, LocalDate endsOn,
                                        String commitments, List<Person> holders, String by, LocalDateTime now) {
        if (startsOn == null) {
            throw new DomainException("error.honour.required", "label.honour.starts-on");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new DomainException("error.honour.period");
        }
        if (holders == null || holders.isEmpty()) {
            throw new DomainException("error.honour.no-holders");
        }
        if (holders.size() > MAX_HOLDERS) {
            throw new DomainException("error.honour.too-many-recipients", MAX_HOLDERS);
        }
        if (holders.stream().anyMatch(h -> h.courtId() != organisation.courtId())) {
            throw new DomainException("error.honour.other-court");
        }
        PioneerPost post = new PioneerPost();
        post.courtId = organisation.courtId();
        post.organizationId = organisation.id();
        post.organizationPath = organisation.path();
        post.name = Texts.required(name, 100, "label.honour.post-name");
        post.startsOn = startsOn;
        post.endsOn = endsOn;
        post.commitments = Texts.required(commitments, 2000, "label.honour.commitments");
        holders.forEach(h -> post.holders.add(new Holder(h.memberId(), h.path(), h.courtId())));
        post.recordedBy = by;
        post.recordedAt = now;
        long court = organisation.courtId();
        post.raise(id -> new PioneerPostEstablished(id, court, by, now, organisation.id(), startsOn,
                facts("name", post.name, "organizationId", organisation.id(), "startsOn", startsOn, "endsOn", endsOn,
                        "holders", holders.size())));
        return post;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public Set<Holder> holders() { return Set.copyOf(holders); }
}
