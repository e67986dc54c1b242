package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A youth theory-study group (青年理论学习小组) was formed. */
public record YouthStudyGroupFormed(long groupId, long court, String actor, LocalDateTime at, String name, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.youth-group-formed";
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
