package court.tianping.cobuilding.web;

import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.cobuilding.PartnerType;
import court.tianping.cobuilding.application.ActivityCommand;
import court.tianping.cobuilding.domain.ActivityDetails;
import court.tianping.cobuilding.domain.AgreementTerms;
import court.tianping.cobuilding.domain.PartnerDetails;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields of the co-building forms, as typed; the aggregates check them. */
final class Forms {

    private Forms() {
    }

    record PartnerForm(String name, PartnerType type, String district, Long street, String partyOrganisation,
                       String contactName, String contactPhone) {

        static PartnerForm empty() {
            return new PartnerForm(null, null, null, null, null, null, null);
        }

        PartnerDetails details() {
            return new PartnerDetails(name, type, district, street, partyOrganisation, contactName, contactPhone);
        }
    }

    record AgreementForm(String title, String content, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, List<Long> partners,
                         List<Long> branches) {

        static AgreementForm empty() {
            return new AgreementForm(null, null, null, null, List.of(), List.of());
        }

        AgreementTerms terms() {
            return new AgreementTerms(title, content, validFrom, validTo);
        }

        Set<Long> chosenPartners() {
            return chosen(partners);
        }

        Set<Long> chosenBranches() {
            return chosen(branches);
        }
    }

    record ActivityForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, CobuildingActivityType type,
                        String title, String description, Integer peopleReached, Long partner, Long street,
                        List<Long> branches, List<Long> participants) {

        static ActivityForm empty() {
            return new ActivityForm(null, null, null, null, null, null, null, List.of(), List.of());
        }

        ActivityCommand command() {
            return new ActivityCommand(new ActivityDetails(heldOn, type, title, description, peopleReached), partner, street,
                    branches == null ? List.of() : branches, participants == null ? List.of() : participants);
        }

        Set<Long> chosenBranches() {
            return chosen(branches);
        }

        Set<Long> chosenParticipants() {
            return chosen(participants);
        }
    }

    static Set<Long> chosen(List<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
