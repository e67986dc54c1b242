package court.tianping.liaison.domain;

import court.tianping.core.DomainException;
import court.tianping.core.PersonalData;
import court.tianping.liaison.LiaisonUnitRegistered;
import court.tianping.liaison.UnitKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** An enterprise, government unit or industry association that a court's judges are liaison to. */
@Table("liaison_unit")
public class LiaisonUnit extends Recorded<LiaisonUnit> {

    @Id
    private Long id;
    private Long courtId;
    private String name;
    private UnitKind kind;
    private String district;
    private String street;
    private String contactName;
    private String contactPhone;
    private String registeredBy;
    private LocalDateTime registeredAt;
    @Version
    private Integer version;

    LiaisonUnit() {
    }

    public static LiaisonUnit register(long courtId, String name, UnitKind kind, String district, String street,
                                       String contactName, String contactPhone, String by, LocalDateTime now) {
        if (kind == null) {
            throw new DomainException("error.liaison.required", "label.liaison.unit-kind");
        }
        LiaisonUnit unit = new LiaisonUnit();
        unit.courtId = courtId;
        unit.name = Texts.required(name, 100, "label.liaison.unit-name");
        unit.kind = kind;
        unit.district = Texts.optional(district, 50, "label.liaison.district");
        unit.street = Texts.optional(street, 50, "label.liaison.street");
        unit.contactName = Texts.optional(contactName, 50, "label.liaison.contact-name");
        unit.contactPhone = Texts.phone(contactPhone);
        unit.registeredBy = by;
        unit.registeredAt = now;
        unit.raise(id -> new LiaisonUnitRegistered(id, courtId, by, now, kind,
                facts("name", unit.name, "kind", kind, "district", unit.district, "street", unit.street,
                        "contactPhone", PersonalData.maskPhone(unit.contactPhone))));
        return unit;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public String name() { return name; }
    public UnitKind kind() { return kind; }
    public String district() { return district; }
    public String street() { return street; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String maskedPhone() { return PersonalData.maskPhone(contactPhone); }
}
