package court.tianping.study.web;

import court.tianping.study.StudyKind;
import court.tianping.study.domain.SessionPlan;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** The form that plans a study session. */
record SessionForm(StudyKind kind, Long organizationId, String title, String place,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endsAt,
                   Long leaderMemberId, Long seriesId, Long youthGroupId) {

    static SessionForm empty() {
        return new SessionForm(StudyKind.JOINT_STUDY, null, "", "", null, null, null, null, null);
    }

    SessionPlan plan() {
        return new SessionPlan(kind, title, place, startsAt, endsAt, leaderMemberId, seriesId, youthGroupId);
    }
}
