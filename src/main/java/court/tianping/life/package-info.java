/**
 * Organisational life (组织生活): meetings of every kind (三会一课, themed Party days, life reviews, joint life of
 * paired branches, open Party-group meetings) from planning to the record of who came, the minutes and the
 * resolutions; the publication board (党务公开) with every version of an item kept; and compliance with the
 * frequency rules of each court, per branch and group, with reminders before a period closes. Publishes one
 * {@link court.tianping.life.LifeEvent} per state change.
 */
package court.tianping.life;
