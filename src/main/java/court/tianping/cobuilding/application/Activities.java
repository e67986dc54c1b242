package court.tianping.cobuilding.application;

import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.cobuilding.domain.Activity;
import court.tianping.cobuilding.domain.ActivityRepository;
import court.tianping.cobuilding.domain.BoundBranch;
import court.tianping.cobuilding.domain.Partner;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import court.tianping.demand.DemandFacts;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Co-building activities: recorded by the office or a branch secretary for branches within their scope, with the
 * members of the court who took part and photos checked from their content (all of them, or the activity is not
 * recorded); listed in the user's scope; the activity register of a period.
 */
@Service
public class Activities {

    public static final int MAX_PHOTOS = 10;

    /** An activity as listed and as written to the register. */
    public record ActivityRow(long id, LocalDate heldOn, CobuildingActivityType type, String title, String partnerName,
                              Long streetId, String streetName, String branches, String participants, int participantCount,
                              int peopleReached, int photos) {
    }

    public record PhotoRow(long id, String fileName, String contentType, long sizeBytes) {
    }

    public record ActivityView(Activity activity, String partnerName, String streetName, List<String> branchNames,
                               List<String> participantNames, List<PhotoRow> photos) {
    }

    public record Photo(String fileName, String contentType, byte[] content) {
    }

    private final ActivityRepository activities;
    private final Partners partners;
    private final CobuildingAccess access;
    private final CheckedFiles files;
    private final OrganizationDirectory directory;
    private final DemandFacts facts;
    private final JdbcClient jdbc;
    private final Clock clock;

    Activities(ActivityRepository activities, Partners partners, CobuildingAccess access, CheckedFiles files,
               OrganizationDirectory directory, DemandFacts facts, JdbcClient jdbc, Clock clock) {
        this.activities = activities;
        this.partners = partners;
        this.access = access;
        this.files = files;
        this.directory = directory;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('cobuilding:record')")
    @Transactional
    public long record(ActivityCommand command, List<Upload> photos) {
        long court = access.court();
        Partner partner = partners.ofCourt(command.partnerId());
        if (command.streetId() != null && facts.streets(court).stream().noneMatch(s -> s.id() == command.streetId())) {
            throw new DomainException("error.cobuilding.unknown-street");
        }
        List<BoundBranch> bound = access.branches(command.branchIds() == null ? List.of() : command.branchIds()).stream()
                .map(u -> new BoundBranch(u.id(), u.courtId(), u.path())).toList();
        List<Long> participants = command.participantIds() == null ? List.of()
                : command.participantIds().stream().filter(Objects::nonNull).distinct().toList();
        for (Long id : participants) {
            Person person = directory.member(id).orElseThrow(() -> new DomainException("error.cobuilding.unknown-member"));
            if (person.courtId() != court) {
                throw new DomainException("error.cobuilding.member-other-court", person.name());
            }
        }
        List<Upload> chosen = photos == null ? List.of() : photos.stream().filter(Upload::chosen).toList();
        if (chosen.size() > MAX_PHOTOS) {
            throw new DomainException("error.cobuilding.file.too-many", MAX_PHOTOS);
        }
        List<CheckedFiles.Checked> checked = new ArrayList<>();
        for (Upload upload : chosen) {
            checked.add(files.check(upload, CheckedFiles.PHOTOS, "error.cobuilding.file.photo"));
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Activity activity = Activity.record(partner, command.streetId(), command.details(), bound, participants,
                access.actor(), now);
        long id = activities.save(activity).id();
        for (CheckedFiles.Checked photo : checked) {
            jdbc.sql("""
                            insert into cobuilding_activity_photo (activity_id, court_id, file_name, content_type, size_bytes,
                                                                   content, uploaded_by, uploaded_at)
                            values (:a, :court, :name, :type, :size, :content, :by, :at)""")
                    .param("a", id).param("court", court).param("name", photo.name()).param("type", photo.mediaType())
                    .param("size", (long) photo.content().length).param("content", photo.content())
                    .param("by", access.actor()).param("at", now).update();
        }
        return id;
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public PageResult<ActivityRow> list(CobuildingActivityType type, LocalDate from, LocalDate to, int page, int size) {
        Query query = query(type, from, to);
        long total = jdbc.sql("select count(*) from cobuilding_activity a " + query.where()).params(query.params())
                .query(Long.class).single();
        Map<String, Object> params = new HashMap<>(query.params());
        params.put("size", size);
        params.put("offset", page * size);
        return new PageResult<>(rows(query.where() + " order by a.held_on desc, a.id desc limit :size offset :offset", params),
                total, page, size);
    }

    /** Every activity of the period in the user's scope, oldest first, for the register. */
    @PreAuthorize("hasAuthority('cobuilding:read')")
    public List<ActivityRow> register(LocalDate from, LocalDate to) {
        Query query = query(null, from, to);
        return rows(query.where() + " order by a.held_on, a.id", query.params());
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private Query query(CobuildingActivityType type, LocalDate from, LocalDate to) {
        SqlFilter scope = access.byBranches("a", "cobuilding_activity_branch", "activity");
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder where = new StringBuilder("where ").append(scope.sql());
        if (type != null) {
            where.append(" and a.type = :type");
            params.put("type", type.name());
        }
        if (from != null) {
            where.append(" and a.held_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and a.held_on <= :to");
            params.put("to", to);
        }
        return new Query(where.toString(), params);
    }

    private List<ActivityRow> rows(String whereAndOrder, Map<String, Object> params) {
        record Base(long id, LocalDate heldOn, CobuildingActivityType type, String title, String partnerName, Long streetId,
                    int peopleReached) {
        }
        List<Base> base = new ArrayList<>();
        jdbc.sql("""
                        select a.id, a.held_on, a.type, a.title, p.name, a.street_id, a.people_reached
                        from cobuilding_activity a join cobuilding_partner p on p.id = a.partner_id\s""" + whereAndOrder)
                .params(params).query((RowCallbackHandler) rs -> base.add(new Base(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        CobuildingActivityType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getObject(6) == null ? null : rs.getLong(6), rs.getInt(7))));
        if (base.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> branches = new HashMap<>();
        Map<Long, List<Long>> people = new HashMap<>();
        Map<Long, Integer> photos = new HashMap<>();
        for (List<Long> ids : chunks(base.stream().map(Base::id).toList())) {
            jdbc.sql("select activity, organization_id from cobuilding_activity_branch where activity in (:ids)").param("ids", ids)
                    .query((RowCallbackHandler) rs -> branches.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
            jdbc.sql("select activity, member_id from cobuilding_activity_participant where activity in (:ids)").param("ids", ids)
                    .query((RowCallbackHandler) rs -> people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
            jdbc.sql("select activity_id, count(*) from cobuilding_activity_photo where activity_id in (:ids) group by activity_id")
                    .param("ids", ids).query((RowCallbackHandler) rs -> photos.put(rs.getLong(1), rs.getInt(2)));
        }
        Map<Long, String> unitNames = directory.unitNames(branches.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, String> memberNames = directory.memberNames(people.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, String> streets = partners.streetNames();
        return base.stream().map(b -> {
            List<Long> who = people.getOrDefault(b.id(), List.of());
            return new ActivityRow(b.id(), b.heldOn(), b.type(), b.title(), b.partnerName(), b.streetId(),
                    b.streetId() == null ? null : streets.get(b.streetId()),
                    String.join("、", branches.getOrDefault(b.id(), List.of()).stream().map(unitNames::get).sorted().toList()),
                    String.join("、", who.stream().map(memberNames::get).sorted().toList()), who.size(), b.peopleReached(),
                    photos.getOrDefault(b.id(), 0));
        }).toList();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public ActivityView view(long id) {
        Activity activity = visible(id);
        String partnerName = jdbc.sql("select name from cobuilding_partner where id = :id").param("id", activity.partnerId())
                .query(String.class).single();
        String streetName = activity.streetId() == null ? null : partners.streetNames().get(activity.streetId());
        List<String> branchNames = directory.unitNames(activity.branchIds()).values().stream().sorted().toList();
        List<String> participantNames = directory.memberNames(activity.participantIds()).values().stream().sorted().toList();
        List<PhotoRow> photos = jdbc.sql("""
                        select id, file_name, content_type, size_bytes from cobuilding_activity_photo
                        where activity_id = :a order by id""").param("a", id).query(PhotoRow.class).list();
        return new ActivityView(activity, partnerName, streetName, branchNames, participantNames, photos);
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public Photo photo(long activityId, long photoId) {
        visible(activityId);
        return jdbc.sql("select file_name, content_type, content from cobuilding_activity_photo where id = :id and activity_id = :a")
                .param("id", photoId).param("a", activityId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("label.cobuilding-photo", photoId));
    }

    private Activity visible(long id) {
        return activities.findById(id).filter(a -> access.covers(a.courtId(), a::heldWithin))
                .orElseThrow(() -> new NotFoundException("label.cobuilding-activity", id));
    }

    /** The members of the court who may be named as participants, by name, for the form. */
    @PreAuthorize("hasAuthority('cobuilding:record')")
    public List<Person> participantChoices() {
        List<Person> people = new ArrayList<>();
        access.ownBranches().forEach(b -> people.addAll(directory.members(b.id())));
        return people.stream().distinct().toList();
    }
}
