package court.tianping.demand.api;

import court.tianping.demand.Channel;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import io.swagger.v3.oas.annotations.media.Schema;

/** A demand from the 12345 or 12368 system. */
record DemandRequest(
        @Schema(description = "HOTLINE_12345 or HOTLINE_12368 (WALK_IN and STATION are accepted too)") Channel channel,
        @Schema(description = "The 12345 work-order number; required for HOTLINE_12345, the key of idempotency") String orderNumber,
        RequesterKind requesterKind, String requesterName,
        @Schema(description = "11-digit mobile or landline with area code") String requesterPhone,
        String requesterOrganisation, String district, Long streetId, Long communityId, Long categoryId,
        ServiceKind service, Urgency urgency, String description) {

    DemandDetails details() {
        return new DemandDetails(channel, orderNumber,
                new Requester(requesterKind, requesterName, requesterPhone, requesterOrganisation),
                new Place(district, streetId, communityId, null), categoryId, service, urgency, description);
    }
}
