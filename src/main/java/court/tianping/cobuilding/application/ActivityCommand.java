package court.tianping.cobuilding.application;

import court.tianping.cobuilding.domain.ActivityDetails;

import java.util.List;

/** An activity to record: what happened, with which partner and on which street, by which branches and members. */
public record ActivityCommand(ActivityDetails details, Long partnerId, Long streetId, List<Long> branchIds,
                              List<Long> participantIds) {
}
