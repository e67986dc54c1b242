package court.tianping.organization.api;

import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import court.tianping.organization.domain.MemberDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Creates or updates a member. {@code organizationId} is used on creation only (a move is a transfer);
 * {@code version} is required for an update. The birth date is taken from the ID-card number.
 */
record MemberRequest(Long organizationId, @NotBlank @Size(max = 50) String name, @NotNull Gender gender,
                     @Size(max = 20) String ethnicity, @NotBlank @Size(max = 18) String idCardNo,
                     @Size(max = 20) String phone, @NotNull Position position, @Size(max = 100) String employer,
                     Long departmentId, Long trialTeamId, Education education, @NotNull LocalDate joinedPartyOn,
                     @NotNull MembershipStatus status, LocalDate fullMemberOn, List<Post> posts, Integer version) {

    MemberDetails details() {
        return new MemberDetails(name, gender, ethnicity, null, idCardNo, phone, position, employer, departmentId,
                trialTeamId, education, joinedPartyOn, status, fullMemberOn);
    }

    List<Post> postsOrEmpty() {
        return posts == null ? List.of() : posts;
    }
}
