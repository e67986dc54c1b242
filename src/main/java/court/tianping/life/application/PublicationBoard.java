package court.tianping.life.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.life.MeetingState;
import court.tianping.life.domain.Meeting;
import court.tianping.life.domain.MeetingRepository;
import court.tianping.life.domain.Publication;
import court.tianping.life.domain.PublicationRepository;
import court.tianping.life.domain.Resolution;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.TianpingUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The publication board (党务公开). A resolution marked for publication is published court-wide: everyone of
 * the court sees it with its date. A correction is a new version; the board shows the latest and every
 * earlier version stays readable.
 */
@Service
public class PublicationBoard {

    /** An item on the board. */
    public record Item(long id, long courtId, long meetingId, String title, String body, LocalDate publishedOn,
                       int currentNumber) {

        public boolean corrected() {
            return currentNumber > 1;
        }
    }

    private final PublicationRepository publications;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicationBoard(PublicationRepository publications, MeetingRepository meetings, MeetingAccess access,
                     CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.publications = publications;
        this.meetings = meetings;
        this.access = access;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Publishes a resolution of a held meeting the user may publish for; once. Returns the publication's id. */
    @PreAuthorize("hasAuthority('life:publish')")
    @Transactional
    public long publish(long meetingId, int version, int resolutionNumber, String title) {
        Meeting meeting = meetings.findById(meetingId).filter(access::canPublish)
                .orElseThrow(() -> new NotFoundException("label.meeting", meetingId));
        if (meeting.version() != version) {
            throw new OptimisticLockingFailureException("meeting " + meetingId + " changed meanwhile");
        }
        if (meeting.state() != MeetingState.HELD) {
            throw new DomainException("error.life.cannot-adopt");
        }
        Resolution resolution = meeting.publishable(resolutionNumber);
        String chosenTitle = title == null || title.isBlank() ? meeting.topic() : title;
        Publication publication = Publication.publish(meeting.courtId(), meetingId, resolution, chosenTitle,
                currentUser.actor(), LocalDateTime.now(clock).withNano(0));
        publication = publications.save(publication);
        meeting.markPublished(resolutionNumber, publication.id());
        meetings.save(meeting);
        return publication.id();
    }

    @PreAuthorize("hasAuthority('life:publish')")
    @Transactional
    public void correct(long id, int version, String title, String body, String reason) {
        Publication publication = visible(id);
        Meeting meeting = meetings.findById(publication.meetingId()).orElseThrow();
        if (!access.canPublish(meeting)) {
            throw new NotFoundException("label.publication", id);
        }
        if (publication.version() != version) {
            throw new OptimisticLockingFailureException("publication " + id + " changed meanwhile");
        }
        publication.correct(title, body, reason, currentUser.actor(), LocalDateTime.now(clock).withNano(0));
        publications.save(publication);
    }

    @PreAuthorize("hasAuthority('life:read')")
    public PageResult<Item> board(int page, int size) {
        Set<Long> courts = courts();
        if (courts.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        long total = jdbc.sql("select count(*) from publication where court_id in (:courts)").param("courts", courts)
                .query(Long.class).single();
        List<Item> items = jdbc.sql("""
                        select id, court_id, meeting_id, title, body, published_on, current_number from publication
                        where court_id in (:courts) order by published_on desc, id desc limit :limit offset :offset""")
                .param("courts", courts).param("limit", size).param("offset", (long) Math.max(page, 0) * size)
                .query(Item.class).list();
        return new PageResult<>(items, total, page, size);
    }

    /** A published item of the user's court, with its history; one of another court is not found. */
    @PreAuthorize("hasAuthority('life:read')")
    public Publication visible(long id) {
        return publications.findById(id).filter(p -> courts().contains(p.courtId()))
                .orElseThrow(() -> new NotFoundException("label.publication", id));
    }

    /** Whether the user may correct this item: the one who may publish for its meeting. */
    public boolean canCorrect(Publication publication) {
        return meetings.findById(publication.meetingId()).map(access::canPublish).orElse(false);
    }

    /** The courts whose boards the user reads: their scope's courts, or the court they belong to. */
    private Set<Long> courts() {
        TianpingUser user = currentUser.user().orElse(null);
        if (user == null) {
            return Set.of();
        }
        Scope scope = currentUser.scope();
        if (scope.level() == ScopeLevel.CITY || scope.level() == ScopeLevel.COURT) {
            return scope.courtIds();
        }
        return user.courtId() == null ? Set.of() : Set.of(user.courtId());
    }
}
