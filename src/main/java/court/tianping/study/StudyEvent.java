package court.tianping.study;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One event per state change of a study record, raised by its aggregate, for the archive, assessment and
 * dashboard modules; each is written to the audit log.
 */
public sealed interface StudyEvent extends AuditedEvent
        permits StudySessionPlanned, StudySessionHeld, StudySessionCancelled, StudyInspectionPlanned, StudyInspected,
                StudyFindingFollowedUp, StudyFindingClosed, TrainingClassOpened, TrainingEnrolled, TrainingCompleted,
                TrainingStageReached, YouthStudyGroupFormed, YouthStudyGroupJoined, LectureSeriesCreated {

    long court();

    LocalDateTime at();

    @Override
    default Long courtId() {
        return court();
    }

    @Override
    default Map<String, Object> before() {
        return Map.of();
    }
}
