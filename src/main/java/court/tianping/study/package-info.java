/**
 * Study and training (学习教育): 领学 before Party-group meetings, 共学 on the theory-study day, youth
 * theory-study groups, lecture series, rotation training classes with enrolment and completion, 督学
 * inspections with findings and follow-up, and each member's staged training chain. Hours and completion
 * are computed from these records. Publishes one {@link court.tianping.study.StudyEvent} per state change.
 */
package court.tianping.study;
