package court.tianping.supervision.application;

import court.tianping.core.NotFoundException;
import court.tianping.supervision.domain.Feedback;
import court.tianping.supervision.domain.FeedbackRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/** 核实: the discipline office finds feedback founded or unfounded; founded items then reach the archive by event. */
@Service
public class FeedbackVerification {

    private final FeedbackRepository feedback;
    private final SupervisionAccess access;
    private final Clock clock;

    FeedbackVerification(FeedbackRepository feedback, SupervisionAccess access, Clock clock) {
        this.feedback = feedback;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('supervision:verify')")
    @Transactional
    public void verify(long id, int version, boolean founded, String note) {
        Feedback item = visible(id);
        if (!Objects.equals(item.version(), version)) {
            throw new OptimisticLockingFailureException("feedback " + id + " changed meanwhile");
        }
        item.verify(founded, note, access.verifies(), access.actor(), LocalDateTime.now(clock));
        feedback.save(item);
    }

    public Feedback visible(long id) {
        return feedback.findById(id)
                .filter(f -> access.sees(f.courtId(), f.organizationPath(), f.memberId(),
                        f.state() == court.tianping.supervision.FeedbackState.FOUNDED))
                .orElseThrow(() -> new NotFoundException("label.supervision.feedback", id));
    }
}
