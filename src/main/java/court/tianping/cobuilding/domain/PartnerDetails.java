package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.PartnerType;

/** What a partner is registered with, as typed; the partner checks it. */
public record PartnerDetails(String name, PartnerType type, String district, Long streetId, String partyOrganisation,
                             String contactName, String contactPhone) {
}
