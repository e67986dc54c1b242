package court.tianping.demand.application;

import court.tianping.demand.Channel;
import court.tianping.demand.DemandState;
import court.tianping.demand.Urgency;

import java.time.LocalDateTime;

/** A line of a demand list: the requester masked, names of places and organisations resolved. */
public record DemandRow(long id, long courtId, String trackingCode, LocalDateTime submittedAt, Channel channel,
                        Urgency urgency, String categoryName, String streetName, String summary, String maskedRequester,
                        String maskedPhone, DemandState state, Long branchId, Long cellId, Long memberId, boolean overdue,
                        boolean paused, String branchName, String cellName, String memberName) {

    DemandRow withNames(String branch, String cell, String member) {
        return new DemandRow(id, courtId, trackingCode, submittedAt, channel, urgency, categoryName, streetName, summary,
                maskedRequester, maskedPhone, state, branchId, cellId, memberId, overdue, paused, branch, cell, member);
    }
}
