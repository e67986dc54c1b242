package court.tianping.organization.roster;

import court.tianping.core.PersonalData;
import court.tianping.organization.Post;
import court.tianping.organization.domain.MemberDetails;

import java.io.Serializable;
import java.util.List;

/** One valid roster line, ready to import; {@code line} is the row number the user sees in Excel. */
public record RosterRow(int line, long organizationId, String organizationName, MemberDetails details, List<Post> posts)
        implements Serializable {

    public String maskedIdCard() {
        return PersonalData.maskIdCard(details.idCardNo());
    }
}
