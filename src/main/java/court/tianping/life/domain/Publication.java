package court.tianping.life.domain;

import court.tianping.core.DomainException;
import court.tianping.life.LifeEvent;
import court.tianping.life.PublicationCorrected;
import court.tianping.life.ResolutionPublished;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An item on the publication board (党务公开): a resolution published to the whole court with its date. It
 * is never edited in place: a correction adds a version with its reason and every earlier version is kept.
 */
@Table("publication")
public class Publication extends AbstractAggregateRoot<Publication> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    @Id
    private Long id;
    private Long courtId;
    private Long meetingId;
    private Integer resolutionNumber;
    private String title;
    private String body;
    private LocalDate publishedOn;
    private String publishedBy;
    private Integer currentNumber;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "publication")
    private Set<PublicationVersion> versions = new HashSet<>();

    Publication() {
    }

    public static Publication publish(long courtId, long meetingId, Resolution resolution, String title, String actor,
                                      LocalDateTime now) {
        String cleanTitle = checkTitle(title);
        String body = checkBody(resolution.text());
        Publication p = new Publication();
        p.courtId = courtId;
        p.meetingId = meetingId;
        p.resolutionNumber = resolution.number();
        p.title = cleanTitle;
        p.body = body;
        p.publishedOn = now.toLocalDate();
        p.publishedBy = actor;
        p.currentNumber = 1;
        p.updatedAt = now;
        p.versions.add(new PublicationVersion(1, courtId, cleanTitle, body, null, actor, now));
        int number = resolution.number();
        LocalDate on = p.publishedOn;
        Map<String, Object> after = Map.of("title", cleanTitle, "meeting", meetingId, "resolution", number);
        p.raise(id -> new ResolutionPublished(id, courtId, actor, now, meetingId, number, on, after));
        return p;
    }

    /** A correction: a new version with its reason; the text shown changes, the versions before stay. */
    public void correct(String newTitle, String newBody, String reason, String actor, LocalDateTime now) {
        String cleanTitle = checkTitle(newTitle);
        String cleanBody = checkBody(newBody);
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw new DomainException("error.life.correction-reason");
        }
        if (cleanReason.length() > 500) {
            throw new DomainException("error.life.too-long", 500);
        }
        if (cleanTitle.equals(title) && cleanBody.equals(body)) {
            throw new DomainException("error.life.correction-unchanged");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("version", currentNumber);
        before.put("title", title);
        before.put("body", body);
        currentNumber = currentNumber + 1;
        title = cleanTitle;
        body = cleanBody;
        updatedAt = now;
        versions.add(new PublicationVersion(currentNumber, courtId, cleanTitle, cleanBody, cleanReason, actor, now));
        int number = currentNumber;
        Map<String, Object> after = Map.of("version", number, "title", cleanTitle, "body", cleanBody, "reason", cleanReason);
        raise(id -> new PublicationCorrected(id, courtId, actor, now, number, cleanReason, before, after));
    }

    private static String checkTitle(String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new DomainException("error.life.title-required");
        }
        if (clean.length() > MAX_TITLE) {
            throw new DomainException("error.life.too-long", MAX_TITLE);
        }
        return clean;
    }

    private static String checkBody(String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new DomainException("error.life.resolution-required");
        }
        if (clean.length() > MAX_BODY) {
            throw new DomainException("error.life.too-long", MAX_BODY);
        }
        return clean;
    }

    private void raise(Function<Long, LifeEvent> event) {
        registerEvent(id == null ? new AwaitingId(event) : event.apply(id));
    }

    private record AwaitingId(Function<Long, LifeEvent> event) {
    }

    @Override
    protected Collection<Object> domainEvents() {
        return super.domainEvents().stream().map(e -> e instanceof AwaitingId awaiting ? awaiting.event().apply(id) : e).toList();
    }

    public void forgetEvents() {
        clearDomainEvents();
    }

    /** Every version, newest first. */
    public List<PublicationVersion> history() {
        return versions.stream().sorted(Comparator.comparingInt(PublicationVersion::number).reversed()).toList();
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public long meetingId() { return meetingId; }
    public int resolutionNumber() { return resolutionNumber; }
    public String title() { return title; }
    public String body() { return body; }
    public LocalDate publishedOn() { return publishedOn; }
    public String publishedBy() { return publishedBy; }
    public int currentNumber() { return currentNumber; }
    public int version() { return version == null ? 0 : version; }
}
