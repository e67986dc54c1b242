package court.tianping.organization.api;

import court.tianping.core.PersonalData;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import court.tianping.organization.domain.Member;

import java.time.LocalDate;
import java.util.List;

/** A member's record; phone and ID-card number are masked unless the caller may see them in full. */
record MemberResponse(long id, long courtId, long organizationId, String name, Gender gender, String ethnicity,
                      LocalDate birthDate, String idCardNo, String phone, Position position, boolean staff,
                      String employer, Long departmentId, Long trialTeamId, Education education,
                      LocalDate joinedPartyOn, MembershipStatus status, LocalDate fullMemberOn, List<PostHeld> posts,
                      List<Long> otherOrganizationIds, int version) {

    record PostHeld(Post post, long organizationId) {
    }

    static MemberResponse of(Member m, boolean fullPersonalData) {
        return new MemberResponse(m.id(), m.courtId(), m.organizationId(), m.name(), m.gender(), m.ethnicity(),
                m.birthDate(), fullPersonalData ? m.idCardNo() : PersonalData.maskIdCard(m.idCardNo()),
                fullPersonalData ? m.phone() : PersonalData.maskPhone(m.phone()), m.position(), m.staff(),
                m.employer(), m.departmentId(), m.trialTeamId(), m.education(), m.joinedPartyOn(), m.status(),
                m.fullMemberOn(), m.posts().stream().map(p -> new PostHeld(p.post(), p.organizationId()))
                        .sorted(java.util.Comparator.comparing(PostHeld::post)).toList(),
                m.memberships().stream().map(x -> x.organizationId()).sorted().toList(), m.version());
    }
}
