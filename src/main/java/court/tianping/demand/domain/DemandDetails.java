package court.tianping.demand.domain;

import court.tianping.demand.Channel;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.Urgency;

/** What an intake channel records about a new demand, already checked by {@link DemandDetailsCheck}. */
public record DemandDetails(Channel channel, String externalRef, Requester requester, Place place, Long categoryId,
                            ServiceKind service, Urgency urgency, String description) {
}
