package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.PartnerRegistered;
import court.tianping.cobuilding.PartnerType;
import court.tianping.core.DomainException;
import court.tianping.core.PersonalData;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

import static court.tianping.cobuilding.domain.Texts.facts;
import static court.tianping.cobuilding.domain.Texts.optional;
import static court.tianping.cobuilding.domain.Texts.required;

/** A partner Party organisation of the court (共建单位), with its contact; the contact's phone is masked in lists. */
@Table("cobuilding_partner")
public class Partner extends Raised<Partner> {

    public static final int MAX_NAME = 100;
    public static final int MAX_DISTRICT = 20;
    public static final int MAX_CONTACT = 50;

    @Id
    private Long id;
    private Long courtId;
    private String name;
    private PartnerType type;
    private String district;
    private Long streetId;
    private String partyOrganisation;
    private String contactName;
    private String contactPhone;
    private String registeredBy;
    private LocalDateTime registeredAt;
    @Version
    private Integer version;

    Partner() {
    }

    public static Partner register(long courtId, PartnerDetails details, String actor, LocalDateTime now) {
        if (details.type() == null) {
            throw new DomainException("error.cobuilding.partner.type-required");
        }
        Partner partner = new Partner();
        partner.courtId = courtId;
        partner.name = required(details.name(), "error.cobuilding.partner.name-required", MAX_NAME);
        partner.type = details.type();
        partner.district = optional(details.district(), MAX_DISTRICT);
        partner.streetId = details.streetId();
        partner.partyOrganisation = optional(details.partyOrganisation(), MAX_NAME);
        partner.contactName = optional(details.contactName(), MAX_CONTACT);
        String phone = optional(details.contactPhone(), 20);
        if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
            throw new DomainException("error.cobuilding.partner.phone");
        }
        partner.contactPhone = phone;
        partner.registeredBy = actor;
        partner.registeredAt = now;
        PartnerType type = partner.type;
        String name = partner.name;
        var after = facts("name", name, "type", type, "district", partner.district, "streetId", partner.streetId,
                "contact", partner.contactName, "phone", phone == null ? null : PersonalData.maskPhone(phone));
        partner.raise(id -> new PartnerRegistered(id, courtId, actor, now, type, name, after));
        return partner;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public String name() { return name; }
    public PartnerType type() { return type; }
    public String district() { return district; }
    public Long streetId() { return streetId; }
    public String partyOrganisation() { return partyOrganisation; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
}
