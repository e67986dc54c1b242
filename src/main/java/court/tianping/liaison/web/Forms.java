package court.tianping.liaison.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import java.time.LocalDate;

/** What the liaison forms send; a refused form comes back filled with it. */
final class Forms {

    private Forms() {
    }

    record VisitForm(Long liaisonId, @DateTimeFormat(iso = ISO.DATE) LocalDate visitedOn, String topics, String followUps) {
    }

    record SuggestionForm(Long liaisonId, String subject, @DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate replyDue) {
    }

    record ResolutionForm(Long liaisonId, @DateTimeFormat(iso = ISO.DATE) LocalDate resolvedOn, String summary) {
    }

    record UnitForm(String name, court.tianping.liaison.UnitKind kind, String district, String street, String contactName,
                    String contactPhone) {
    }

    record AssignForm(Long judgeMemberId, @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
                      @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {
    }
}
