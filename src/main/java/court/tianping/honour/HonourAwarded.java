package court.tianping.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An honour or commendation was recorded: one event per honour. The member archive writes a merit entry for each
 * member in {@code memberIds} (an individual honour) or for the organisation (a collective honour). This record's
 * components are a published contract: add new ones at the end, never rename or remove one.
 *
 * @param honourId       the honour's id
 * @param courtId        the court that recorded it
 * @param title          the title of the honour (e.g. 全国优秀法官)
 * @param level          the level of the awarding body
 * @param awardedOn      the day it was awarded
 * @param memberIds      the members honoured, sorted; empty for a collective honour
 * @param organizationId the Party organisation honoured for a collective honour; null for an individual one
 * @param awardedBy      the awarding body
 * @param documentNo     the number of the awarding document (文号), if any
 * @param actor          who recorded it
 * @param at             when it was recorded
 */
public record HonourAwarded(long honourId, Long courtId, String title, HonourLevel level, LocalDate awardedOn,
                            List<Long> memberIds, Long organizationId, String awardedBy, String documentNo, String actor,
                            LocalDateTime at) implements HonourEvent {

    public HonourAwarded {
        memberIds = List.copyOf(memberIds);
    }

    public boolean collective() {
        return memberIds.isEmpty();
    }

    @Override
    public String action() {
        return "honour.awarded";
    }

    @Override
    public String subjectType() {
        return "honour";
    }

    @Override
    public String subjectId() {
        return Long.toString(honourId);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("level", level.name());
        after.put("awardedOn", awardedOn.toString());
        after.put("awardedBy", awardedBy);
        after.put("members", memberIds.size());
        if (organizationId != null) {
            after.put("organizationId", organizationId.toString());
        }
        return after;
    }
}
