package court.tianping.life.application;

import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.life.domain.Meeting;
import court.tianping.life.domain.MeetingRepository;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Permission;
import court.tianping.platform.TianpingUser;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Which meetings the signed-in user sees, as one SQL condition on the shared {@link Scope} applied to every
 * host of a meeting: the court for the office and leaders, the branch's or group's subtree for a secretary or
 * group leader; and, for anyone linked to a member, the meetings they are on the roster of or invited to.
 */
@Component
public class MeetingAccess {

    private final CurrentUser currentUser;
    private final MeetingRepository meetings;

    MeetingAccess(CurrentUser currentUser, MeetingRepository meetings) {
        this.currentUser = currentUser;
        this.meetings = meetings;
    }

    public SqlFilter filter(String alias) {
        TianpingUser user = currentUser.user().orElse(null);
        if (user == null) {
            return new SqlFilter("1 = 0", Map.of());
        }
        Scope scope = currentUser.scope();
        Map<String, Object> params = new HashMap<>();
        String own = switch (scope.level()) {
            case CITY, COURT -> {
                SqlFilter f = scope.filter(alias + ".court_id", null, null);
                params.putAll(f.params());
                yield f.sql();
            }
            case BRANCH, CELL -> {
                SqlFilter f = scope.filter(null, "h.organization_path", null);
                params.putAll(f.params());
                yield "exists (select 1 from meeting_host h where h.meeting = " + alias + ".id and " + f.sql() + ")";
            }
            default -> "1 = 0";
        };
        if (user.memberId() == null) {
            return new SqlFilter(own, params);
        }
        params.put("scopeAttendee", user.memberId());
        return new SqlFilter("(" + own + " or exists (select 1 from meeting_attendee sa where sa.meeting = " + alias
                + ".id and sa.member_id = :scopeAttendee))", params);
    }

    public boolean canSee(Meeting meeting) {
        TianpingUser user = currentUser.user().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.memberId() != null && meeting.attendees().stream().anyMatch(a -> a.memberId() == user.memberId())) {
            return true;
        }
        return covers(currentUser.scope(), meeting);
    }

    /** Whether the user may plan, record and cancel this meeting: the permission and a host within their scope. */
    public boolean canManage(Meeting meeting) {
        TianpingUser user = currentUser.user().orElse(null);
        return user != null && user.has(Permission.LIFE_MEETING) && covers(currentUser.scope(), meeting);
    }

    public boolean canPublish(Meeting meeting) {
        TianpingUser user = currentUser.user().orElse(null);
        return user != null && user.has(Permission.LIFE_PUBLISH) && covers(currentUser.scope(), meeting);
    }

    private static boolean covers(Scope scope, Meeting meeting) {
        if (scope.level() == ScopeLevel.CITY || scope.level() == ScopeLevel.COURT) {
            return scope.courtIds().contains(meeting.courtId());
        }
        if (scope.level() == ScopeLevel.BRANCH || scope.level() == ScopeLevel.CELL) {
            return meeting.isHostedWithin(scope.organizationPath());
        }
        return false;
    }

    /** The meeting, if the user may see it; otherwise not found, so that its existence is not revealed. */
    public Meeting visible(long id) {
        return meetings.findById(id).filter(this::canSee).orElseThrow(() -> new NotFoundException("label.meeting", id));
    }

    /** The meeting, if the user may manage it; one they may only see, or not at all, is not found either. */
    public Meeting managed(long id) {
        return meetings.findById(id).filter(this::canManage).orElseThrow(() -> new NotFoundException("label.meeting", id));
    }
}
