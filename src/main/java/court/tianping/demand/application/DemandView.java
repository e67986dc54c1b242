package court.tianping.demand.application;

import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandDeadline;
import court.tianping.demand.domain.DemandStep;

import java.util.List;
import java.util.Map;

/**
 * A demand with everything its detail page shows: names of places, organisations and members, the
 * requester in full or masked, every deadline and the whole timeline.
 */
public record DemandView(Demand demand, String requesterName, String requesterPhone, String categoryName,
                         String streetName, String communityName, String servicePointName, String branchName,
                         String cellName, String memberName, List<DemandDeadline> deadlines, List<DemandStep> steps,
                         Map<Long, String> organizationNames, Map<Long, String> memberNames, boolean overdue) {
}
