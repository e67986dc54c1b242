/**
 * Litigation-source governance demands (诉源治理需求): intake from every channel, the flow
 * 点单 > 派单 > 接单 > 办单 > 回访 with deadlines on working days and escalation, the public
 * pages behind the QR codes, and the figures (三率, hotspots). Publishes one {@link court.tianping.demand.DemandEvent}
 * per state change.
 */
package court.tianping.demand;
