package court.tianping.cobuilding.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A partner that is a party to an agreement. */
@Table("cobuilding_agreement_partner")
public record AgreementPartner(long partnerId, long courtId) {
}
