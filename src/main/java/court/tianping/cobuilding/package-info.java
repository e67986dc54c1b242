/**
 * Co-building (党建共建): the court's partner Party organisations (street and community committees, universities,
 * banks, hospitals, companies), the agreements signed with them and the branches they bind, the co-building
 * activities with participants, people reached and photos, the annual co-building report of each street, and
 * the figures computed from these records: 双百分百, activities by month and the 1+6 scorecard of every street.
 * Publishes one {@link court.tianping.cobuilding.CobuildingEvent} per state change.
 */
package court.tianping.cobuilding;
