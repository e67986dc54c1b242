package court.tianping.demand.web;

import court.tianping.demand.Channel;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;

/** The fields of the staff intake form and the partner's order form. */
public record IntakeForm(Channel channel, RequesterKind requesterKind, String requesterName, String requesterPhone,
                  String requesterOrganisation, Long streetId, Long communityId, Long categoryId, ServiceKind service,
                  Urgency urgency, String description) {

    static IntakeForm empty(Channel channel) {
        return new IntakeForm(channel, RequesterKind.PERSON, null, null, null, null, null, null, ServiceKind.CONSULTATION,
                Urgency.NORMAL, null);
    }

    DemandDetails details(String district) {
        return new DemandDetails(channel, null, new Requester(requesterKind, requesterName, requesterPhone, requesterOrganisation),
                new Place(district, streetId, communityId, null), categoryId, service, urgency, description);
    }
}
