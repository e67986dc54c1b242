package court.tianping.organization.domain;

import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;

import java.time.LocalDate;

/** A member's personal and Party record as entered in a form, the API or a roster row. */
public record MemberDetails(String name, Gender gender, String ethnicity, LocalDate birthDate, String idCardNo,
                            String phone, Position position, String employer, Long departmentId, Long trialTeamId,
                            Education education, LocalDate joinedPartyOn, MembershipStatus status,
                            LocalDate fullMemberOn) implements java.io.Serializable {
}
