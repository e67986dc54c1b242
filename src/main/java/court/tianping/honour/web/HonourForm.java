package court.tianping.honour.web;

import court.tianping.honour.HonourLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import java.time.LocalDate;
import java.util.List;

/** What the honour form sends; a refused form comes back filled with it. */
record HonourForm(String title, HonourLevel level, String awardedBy, @DateTimeFormat(iso = ISO.DATE) LocalDate awardedOn,
                  String documentNo, List<Long> memberIds, Long organizationId) {

    public boolean names(long memberId) {
        return memberIds != null && memberIds.contains(memberId);
    }
}
