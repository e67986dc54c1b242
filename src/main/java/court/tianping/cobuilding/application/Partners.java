package court.tianping.cobuilding.application;

import court.tianping.cobuilding.PartnerType;
import court.tianping.cobuilding.domain.Partner;
import court.tianping.cobuilding.domain.PartnerDetails;
import court.tianping.cobuilding.domain.PartnerRepository;
import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.demand.DemandFacts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The court's partner Party organisations: registered by the office or a branch secretary, listed with phones masked. */
@Service
public class Partners {

    /** A partner as listed: the contact's phone masked. */
    public record PartnerRow(long id, String name, PartnerType type, String district, Long streetId, String streetName,
                             String partyOrganisation, String contactName, String contactPhone) {
    }

    private final PartnerRepository partners;
    private final CobuildingAccess access;
    private final DemandFacts facts;
    private final JdbcClient jdbc;
    private final Clock clock;

    Partners(PartnerRepository partners, CobuildingAccess access, DemandFacts facts, JdbcClient jdbc, Clock clock) {
        this.partners = partners;
        this.access = access;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('cobuilding:record')")
    @Transactional
    public long register(PartnerDetails details) {
        long court = access.court();
        if (details.streetId() != null && facts.streets(court).stream().noneMatch(s -> s.id() == details.streetId())) {
            throw new DomainException("error.cobuilding.unknown-street");
        }
        String name = details.name() == null ? "" : details.name().strip();
        boolean taken = jdbc.sql("select count(*) from cobuilding_partner where court_id = :c and name = :n")
                .param("c", court).param("n", name).query(Long.class).single() > 0;
        if (taken) {
            throw new DomainException("error.cobuilding.partner.duplicate", name);
        }
        Partner partner = Partner.register(court, details, access.actor(), LocalDateTime.now(clock).withNano(0));
        try {
            return partners.save(partner).id();
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.cobuilding.partner.duplicate", name);
        }
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public PageResult<PartnerRow> list(PartnerType type, String q, int page, int size) {
        long court = access.court();
        StringBuilder where = new StringBuilder("where court_id = :court");
        if (type != null) {
            where.append(" and type = :type");
        }
        String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("%", "") + "%";
        if (like != null) {
            where.append(" and (name like :q or party_organisation like :q)");
        }
        var count = jdbc.sql("select count(*) from cobuilding_partner " + where).param("court", court);
        var rows = jdbc.sql("""
                select id, name, type, district, street_id, party_organisation, contact_name, contact_phone
                from cobuilding_partner\s""" + where + " order by type, name limit :size offset :offset")
                .param("court", court).param("size", size).param("offset", page * size);
        if (type != null) {
            count = count.param("type", type.name());
            rows = rows.param("type", type.name());
        }
        if (like != null) {
            count = count.param("q", like);
            rows = rows.param("q", like);
        }
        Map<Long, String> streets = streetNames(court);
        List<PartnerRow> content = rows.query((rs, n) -> {
            Long street = rs.getObject(5) == null ? null : rs.getLong(5);
            String phone = rs.getString(8);
            return new PartnerRow(rs.getLong(1), rs.getString(2), PartnerType.valueOf(rs.getString(3)), rs.getString(4),
                    street, street == null ? null : streets.get(street), rs.getString(6), rs.getString(7),
                    phone == null ? null : PersonalData.maskPhone(phone));
        }).list();
        return new PageResult<>(content, count.query(Long.class).single(), page, size);
    }

    /** The court's partners by id and name, for the forms. */
    @PreAuthorize("hasAuthority('cobuilding:read')")
    public Map<Long, String> choices() {
        Map<Long, String> choices = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, name from cobuilding_partner where court_id = :c order by type, name").param("c", access.court())
                .query((rs, n) -> choices.put(rs.getLong(1), rs.getString(2))).list();
        return choices;
    }

    /** A partner of the user's court, or refused as unknown. */
    Partner ofCourt(Long id) {
        if (id == null) {
            throw new DomainException("error.cobuilding.partner-required");
        }
        return partners.findById(id).filter(p -> p.courtId() == access.court())
                .orElseThrow(() -> new DomainException("error.cobuilding.unknown-partner"));
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public Map<Long, String> streetNames() {
        return streetNames(access.court());
    }

    private Map<Long, String> streetNames(long court) {
        return facts.streets(court).stream().collect(Collectors.toMap(DemandFacts.StreetFact::id, DemandFacts.StreetFact::name,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
