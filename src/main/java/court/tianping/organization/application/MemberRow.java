package court.tianping.organization.application;

import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;

import java.time.LocalDate;

/** A member as listed: phone and ID-card number are already masked. */
public record MemberRow(long id, String name, Gender gender, Position position, MembershipStatus status,
                        String maskedPhone, String maskedIdCard, LocalDate joinedPartyOn, long courtId,
                        String courtName, long organizationId, String organizationName, String departmentName) {
}
