package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A member under 36 joined a youth theory-study group. */
public record YouthStudyGroupJoined(long groupId, long court, String actor, LocalDateTime at, long memberId, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.youth-group-joined";
    }

    @Override
    public String subjectType() {
        return "youth-study-group";
    }

    @Override
    public String subjectId() {
        return Long.toString(groupId);
    }
}
