package court.tianping.cobuilding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A co-building activity was recorded: when, with whom, which branches and members took part, how many people it reached. */
public record CobuildingActivityRecorded(long activityId, long court, String actor, LocalDateTime at, CobuildingActivityType type, LocalDate heldOn, long partnerId, Long streetId, List<Long> branchIds, List<Long> participantIds, int peopleReached, Map<String, Object> after) implements CobuildingEvent {

    @Override
    public String action() {
        return "cobuilding.activity-recorded";
    }

    @Override
    public String subjectType() {
        return "cobuilding-activity";
    }

    @Override
    public String subjectId() {
        return Long.toString(activityId);
    }
}
