package court.tianping.organization.web;

import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import court.tianping.organization.domain.Member;
import court.tianping.organization.domain.MemberDetails;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The member form; the birth date comes from the ID-card number. */
record MemberForm(Long organizationId, String name, Gender gender, String ethnicity, String idCardNo, String phone,
                  Position position, String employer, Long departmentId, Long trialTeamId, Education education,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedPartyOn, MembershipStatus status,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fullMemberOn, List<Post> posts,
                  Integer version) {

    static MemberForm empty(Long organizationId) {
        return new MemberForm(organizationId, "", null, "汉族", "", "", Position.JUDGE, "", null, null,
                Education.BACHELOR, null, MembershipStatus.FULL, null, new ArrayList<>(), null);
    }

    static MemberForm of(Member m) {
        return new MemberForm(m.organizationId(), m.name(), m.gender(), m.ethnicity(), m.idCardNo(), m.phone(),
                m.position(), m.employer(), m.departmentId(), m.trialTeamId(), m.education(), m.joinedPartyOn(),
                m.status(), m.fullMemberOn(), m.posts().stream().map(p -> p.post()).sorted().toList(), m.version());
    }

    MemberDetails details() {
        return new MemberDetails(name, gender, ethnicity, null, idCardNo, phone, position, employer, departmentId,
                trialTeamId, education, joinedPartyOn, status, fullMemberOn);
    }

    List<Post> postsOrEmpty() {
        return posts == null ? List.of() : posts;
    }
}
