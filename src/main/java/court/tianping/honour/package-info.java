/**
 * Volunteering and honours: volunteer teams (天平志愿服务队) with their members, service activities and the hours
 * of each volunteer, Party-member pioneer posts (党员先锋岗), and honours and commendations by level to members or
 * organisations. Publishes one {@link court.tianping.honour.HonourEvent} per state change; {@link
 * court.tianping.honour.HonourAwarded} is the stable record other modules (the member archive) listen to.
 */
package court.tianping.honour;
