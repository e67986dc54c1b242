package court.tianping.supervision.application;

import court.tianping.core.DomainException;
import court.tianping.platform.Notifications;
import court.tianping.platform.Notifications.Recipient;
import court.tianping.platform.Role;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.domain.Feedback;
import court.tianping.supervision.domain.FeedbackRepository;
import court.tianping.supervision.domain.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feedback comes in from the office's and the discipline office's desk or from the court's systems (filing
 * ratings, 12368, online channels) through the API. An item the source system already sent with the same
 * reference is taken once: a repeat returns the first.
 */
@Service
public class FeedbackIntake {

    public static final int MAX_BATCH = 500;

    /** The feedback, and whether this call created it (false for a repeat). */
    public record Received(long id, boolean created) {
    }

    /** An item of a batch was refused: its position (from 1) and why. */
    public static class BatchItemException extends DomainException {

        private final transient DomainException reason;

        BatchItemException(int position, DomainException reason) {
            super("error.supervision.batch-item", position);
            this.reason = reason;
        }

        public DomainException reason() {
            return reason;
        }
    }

    private final FeedbackRepository feedback;
    private final SupervisionPeople people;
    private final SupervisionAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;

    FeedbackIntake(FeedbackRepository feedback, SupervisionPeople people, SupervisionAccess access, JdbcClient jdbc,
                   Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.feedback = feedback;
        this.people = people;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('supervision:record')")
    @Transactional
    public Received receive(FeedbackCommand command) {
        Subject subject = people.subject(command.memberId(), command.organizationId());
        access.requireCovers(subject.courtId(), subject.organizationPath(), "label.supervision.subject",
                command.memberId() != null ? command.memberId() : command.organizationId());
        String ref = command.externalRef() == null || command.externalRef().isBlank() ? null : command.externalRef().strip();
        if (ref != null && command.source() != null) {
            Optional<Long> existing = existing(subject.courtId(), command.source().name(), ref);
            if (existing.isPresent()) {
                return new Received(existing.get(), false);
            }
        }
        Feedback received = feedback.save(Feedback.receive(subject, command.details(), access.actor(), LocalDateTime.now(clock)));
        if (received.kind() == FeedbackKind.COMPLAINT) {
            notifications.send(Recipient.role(subject.courtId(), Role.DISCIPLINE_OFFICER),
                    "/supervision/feedback/" + received.id(), "notice.supervision.complaint");
        }
        return new Received(received.id(), true);
    }

    /** A batch from a court system, all or none: an error names the position of the item that caused it. */
    @PreAuthorize("hasAuthority('supervision:record')")
    @Transactional
    public List<Received> receiveAll(List<FeedbackCommand> batch) {
        if (batch == null || batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new DomainException("error.supervision.batch-size", MAX_BATCH);
        }
        List<Received> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            FeedbackCommand command = batch.get(i);
            try {
                if (command == null) {
                    throw new DomainException("error.supervision.subject-required");
                }
                results.add(receive(command));
            } catch (DomainException e) {
                throw new BatchItemException(i + 1, e);
            }
        }
        return results;
    }

    private Optional<Long> existing(long courtId, String source, String ref) {
        return jdbc.sql("select id from feedback where court_id = :court and source = :source and external_ref = :ref")
                .param("court", courtId).param("source", source).param("ref", ref).query(Long.class).optional();
    }
}
