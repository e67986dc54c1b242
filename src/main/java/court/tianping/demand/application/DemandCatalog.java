package court.tianping.demand.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.demand.ServicePointKind;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reference data of the demand flow, kept per court: streets with the branch paired to each,
 * communities, service points with their QR codes, and the dispute categories with the branch each
 * one is routed to. Callers check permissions; this class checks the data.
 */
@Service
public class DemandCatalog {

    /** The categories a court starts with, from the source articles. */
    static final List<String> DEFAULT_CATEGORIES = List.of("物业服务", "相邻关系", "婚姻家庭", "房屋租赁", "劳动争议",
            "医疗纠纷", "消费者权益", "养老诈骗", "金融借贷", "商务楼宇", "道路交通", "新就业形态劳动保障", "其他");
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Street(long id, long courtId, String district, String name, Long pairedOrganizationId) {
    }

    public record Community(long id, long courtId, long streetId, String name) {
    }

    public record ServicePoint(long id, long courtId, long streetId, Long communityId, ServicePointKind kind, String name,
                               String code, boolean active) {
    }

    public record Category(long id, long courtId, String name, int sortOrder, boolean active, Long routedTo) {
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final KeptReferences kept;

    DemandCatalog(JdbcClient jdbc, OrganizationDirectory directory, KeptReferences kept) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.kept = kept;
    }

    public List<Street> streets(long courtId) {
        return jdbc.sql("select id, court_id, district, name, paired_organization_id from street where court_id = :court order by id")
                .param("court", courtId).query(Street.class).list();
    }

    public Optional<Street> street(long id) {
        return kept.get("street", id, () -> jdbc.sql("select id, court_id, district, name, paired_organization_id from street where id = :id")
                .param("id", id).query(Street.class).optional());
    }

    public Map<Long, String> streetNames(long courtId) {
        return streets(courtId).stream().collect(Collectors.toMap(Street::id, Street::name));
    }

    public List<Community> communities(long streetId) {
        return jdbc.sql("select id, court_id, street_id, name from community where street_id = :street order by id")
                .param("street", streetId).query(Community.class).list();
    }

    public List<Community> communitiesOfCourt(long courtId) {
        return jdbc.sql("select id, court_id, street_id, name from community where court_id = :court order by street_id, id")
                .param("court", courtId).query(Community.class).list();
    }

    public Optional<Community> community(long id) {
        return kept.get("community", id, () -> jdbc.sql("select id, court_id, street_id, name from community where id = :id")
                .param("id", id).query(Community.class).optional());
    }

    public List<ServicePoint> servicePoints(long courtId) {
        return jdbc.sql("select id, court_id, street_id, community_id, kind, name, code, active from service_point"
                        + " where court_id = :court order by street_id, id")
                .param("court", courtId).query(ServicePoint.class).list();
    }

    public Optional<ServicePoint> servicePointByCode(String code) {
        if (code == null || code.length() > 16) {
            return Optional.empty();
        }
        return jdbc.sql("select id, court_id, street_id, community_id, kind, name, code, active from service_point"
                        + " where code = :code and active = true")
                .param("code", code).query(ServicePoint.class).optional();
    }

    public Optional<ServicePoint> servicePoint(long id) {
        return jdbc.sql("select id, court_id, street_id, community_id, kind, name, code, active from service_point where id = :id")
                .param("id", id).query(ServicePoint.class).optional();
    }

    /** The court's categories; a court that has none yet gets the defaults. */
    @Transactional
    public List<Category> categories(long courtId) {
        List<Category> categories = queryCategories(courtId);
        if (categories.isEmpty()) {
            kept.forget();
            for (int i = 0; i < DEFAULT_CATEGORIES.size(); i++) {
                jdbc.sql("insert into dispute_category (court_id, name, sort_order, active) values (:court, :name, :order, true)")
                        .param("court", courtId).param("name", DEFAULT_CATEGORIES.get(i)).param("order", i).update();
            }
            categories = queryCategories(courtId);
        }
        return categories;
    }

    public List<Category> activeCategories(long courtId) {
        return categories(courtId).stream().filter(Category::active).toList();
    }

    /** A category a demand of the court may be given: the court's own, and in use; refused otherwise. */
    public Category activeCategory(long courtId, long id) {
        return category(id).filter(c -> c.courtId() == courtId && c.active())
                .orElseThrow(() -> new DomainException("error.demand.unknown-category"));
    }

    public Optional<Category> category(long id) {
        return kept.get("category", id, () -> jdbc.sql("""
                        select c.id, c.court_id, c.name, c.sort_order, c.active, r.organization_id as routed_to
                        from dispute_category c left join category_route r on r.category_id = c.id where c.id = :id""")
                .param("id", id).query(Category.class).optional());
    }

    public Map<Long, String> categoryNames(long courtId) {
        return categories(courtId).stream().collect(Collectors.toMap(Category::id, Category::name));
    }

    private List<Category> queryCategories(long courtId) {
        return jdbc.sql("""
                        select c.id, c.court_id, c.name, c.sort_order, c.active, r.organization_id as routed_to
                        from dispute_category c left join category_route r on r.category_id = c.id
                        where c.court_id = :court order by c.sort_order, c.id""")
                .param("court", courtId).query(Category.class).list();
    }

    @Transactional
    public long addCategory(long courtId, String name) {
        kept.forget();
        String clean = requireName(name, 30);
        categories(courtId);
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from dispute_category where court_id = :court")
                .param("court", courtId).query(Integer.class).single();
        try {
            jdbc.sql("insert into dispute_category (court_id, name, sort_order, active) values (:court, :name, :order, true)")
                    .param("court", courtId).param("name", clean).param("order", order).update();
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.demand.category-exists", clean);
        }
        return jdbc.sql("select id from dispute_category where court_id = :court and name = :name")
                .param("court", courtId).param("name", clean).query(Long.class).single();
    }

    @Transactional
    public void setCategoryActive(long courtId, long categoryId, boolean active) {
        kept.forget();
        requireCategory(courtId, categoryId);
        jdbc.sql("update dispute_category set active = :active where id = :id").param("active", active)
                .param("id", categoryId).update();
    }

    /** Routes a category to a branch, or removes the route when {@code branchId} is null. */
    @Transactional
    public void routeCategory(long courtId, long categoryId, Long branchId) {
        kept.forget();
        requireCategory(courtId, categoryId);
        jdbc.sql("delete from category_route where category_id = :id").param("id", categoryId).update();
        if (branchId != null) {
            requireBranch(courtId, branchId);
            jdbc.sql("insert into category_route (category_id, court_id, organization_id) values (:id, :court, :branch)")
                    .param("id", categoryId).param("court", courtId).param("branch", branchId).update();
        }
    }

    @Transactional
    public long addStreet(long courtId, String district, String name, Long pairedBranchId) {
        kept.forget();
        String clean = requireName(name, 40);
        String cleanDistrict = requireName(district, 20);
        if (pairedBranchId != null) {
            requireBranch(courtId, pairedBranchId);
        }
        try {
            jdbc.sql("insert into street (court_id, district, name, paired_organization_id) values (:court, :district, :name, :branch)")
                    .param("court", courtId).param("district", cleanDistrict).param("name", clean)
                    .param("branch", pairedBranchId).update();
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.demand.street-exists", clean);
        }
        return jdbc.sql("select id from street where court_id = :court and name = :name")
                .param("court", courtId).param("name", clean).query(Long.class).single();
    }

    /** Pairs a street with a branch (一镇街一支部), or removes the pairing. */
    @Transactional
    public void pairStreet(long courtId, long streetId, Long branchId) {
        kept.forget();
        Street street = street(streetId).filter(s -> s.courtId() == courtId).orElseThrow(() -> new NotFoundException("label.street", streetId));
        if (branchId != null) {
            requireBranch(courtId, branchId);
        }
        jdbc.sql("update street set paired_organization_id = :branch where id = :id").param("branch", branchId)
                .param("id", street.id()).update();
    }

    @Transactional
    public long addCommunity(long courtId, long streetId, String name) {
        kept.forget();
        String clean = requireName(name, 40);
        street(streetId).filter(s -> s.courtId() == courtId).orElseThrow(() -> new NotFoundException("label.street", streetId));
        try {
            jdbc.sql("insert into community (court_id, street_id, name) values (:court, :street, :name)")
                    .param("court", courtId).param("street", streetId).param("name", clean).update();
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.demand.community-exists", clean);
        }
        return jdbc.sql("select id from community where street_id = :street and name = :name")
                .param("street", streetId).param("name", clean).query(Long.class).single();
    }

    /** A new station or community with a fresh code for its QR image. */
    @Transactional
    public ServicePoint addServicePoint(long courtId, long streetId, Long communityId, ServicePointKind kind, String name) {
        String clean = requireName(name, 60);
        if (kind == null) {
            throw new DomainException("error.demand.kind-required");
        }
        street(streetId).filter(s -> s.courtId() == courtId).orElseThrow(() -> new NotFoundException("label.street", streetId));
        if (communityId != null) {
            community(communityId).filter(c -> c.streetId() == streetId)
                    .orElseThrow(() -> new DomainException("error.demand.community-not-in-street"));
        }
        String code = newCode();
        jdbc.sql("""
                insert into service_point (court_id, street_id, community_id, kind, name, code, active)
                values (:court, :street, :community, :kind, :name, :code, true)""")
                .param("court", courtId).param("street", streetId).param("community", communityId)
                .param("kind", kind.name()).param("name", clean).param("code", code).update();
        return servicePointByCode(code).orElseThrow();
    }

    /** Where the routing rules send a demand, when they agree on one branch; empty when a person must choose. */
    public Optional<Long> routeFor(Long streetId, Long categoryId) {
        return route(streetId == null ? null : street(streetId).orElse(null),
                categoryId == null ? null : category(categoryId).orElse(null));
    }

    /** The branch a demand from this street (or none) in this category (or none) goes to without a person choosing. */
    static Optional<Long> route(Street street, Category category) {
        Long byStreet = street == null ? null : street.pairedOrganizationId();
        Long byCategory = category == null ? null : category.routedTo();
        if (byStreet != null && byCategory != null) {
            return byStreet.equals(byCategory) ? Optional.of(byStreet) : Optional.empty();
        }
        return Optional.ofNullable(byStreet != null ? byStreet : byCategory);
    }

    private void requireCategory(long courtId, long categoryId) {
        category(categoryId).filter(c -> c.courtId() == courtId)
                .orElseThrow(() -> new NotFoundException("label.dispute-category", categoryId));
    }

    private void requireBranch(long courtId, long branchId) {
        directory.unit(branchId).filter(u -> u.courtId() == courtId && u.type() == OrganizationType.BRANCH)
                .orElseThrow(() -> new DomainException("error.demand.not-a-branch", branchId));
    }

    private static String requireName(String name, int max) {
        if (name == null || name.isBlank()) {
            throw new DomainException("error.demand.name-required");
        }
        String clean = name.strip();
        if (clean.length() > max) {
            throw new DomainException("error.demand.name-too-long", max);
        }
        if (clean.contains("<")) {
            throw new DomainException("error.demand.markup");
        }
        return clean;
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
