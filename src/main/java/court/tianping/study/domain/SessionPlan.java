package court.tianping.study.domain;

import court.tianping.study.StudyKind;

import java.time.LocalDateTime;

/** What is typed when a study session is planned. */
public record SessionPlan(StudyKind kind, String title, String place, LocalDateTime startsAt, LocalDateTime endsAt,
                          Long leaderMemberId, Long seriesId, Long youthGroupId) {
}
