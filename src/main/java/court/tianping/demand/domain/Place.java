package court.tianping.demand.domain;

/** Where the demand comes from: district, street, community and, for QR and station intake, the service point. */
public record Place(String district, Long streetId, Long communityId, Long servicePointId) {
}
