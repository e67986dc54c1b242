package court.tianping.organization.application;

import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;

/** Filters of the member list; every one is applied in SQL. */
public record MemberFilter(Long organizationId, Long courtId, Position position, MembershipStatus status,
                           String name) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null);
    }
}
