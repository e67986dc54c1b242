package court.tianping.study;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A member reached a stage of the training chain. */
public record TrainingStageReached(long chainId, long court, String actor, LocalDateTime at, long memberId, TrainingStage stage, LocalDate reachedOn, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.stage-reached";
    }

    @Override
    public String subjectType() {
        return "training-chain";
    }

    @Override
    public String subjectId() {
        return Long.toString(chainId);
    }
}
