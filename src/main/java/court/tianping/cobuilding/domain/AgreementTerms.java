package court.tianping.cobuilding.domain;

import java.time.LocalDate;

/** What an agreement says, as typed: its title, its content and its term (both days included). */
public record AgreementTerms(String title, String content, LocalDate validFrom, LocalDate validTo) {
}
