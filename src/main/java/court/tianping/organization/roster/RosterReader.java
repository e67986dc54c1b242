package court.tianping.organization.roster;

import court.tianping.core.DomainException;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import court.tianping.organization.application.OrganizationCatalog;
import court.tianping.organization.application.OrganizationChoice;
import court.tianping.organization.application.OrganizationQueries;
import court.tianping.organization.domain.Department;
import court.tianping.organization.domain.Member;
import court.tianping.organization.domain.MemberDetails;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.organization.domain.TrialTeam;
import court.tianping.platform.Messages;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a roster file and checks every row and cell before anything is saved: the file type, the
 * header, each value, duplicates within the file and against the records, the organisation (within
 * the importer's scope), and the aggregate's own rules. Either every row is valid, or it throws
 * {@link RosterRejected} listing every problem by row and column.
 */
@Component
class RosterReader {

    static final int MAX_ROWS = 5000;
    private static final String WHOLE_FILE = "—";

    private final OrganizationQueries organizationQueries;
    private final OrganizationCatalog catalog;
    private final RosterVocabulary vocabulary;
    private final Messages messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    RosterReader(OrganizationQueries organizationQueries, OrganizationCatalog catalog, RosterVocabulary vocabulary,
                 Messages messages, JdbcClient jdbc, Clock clock) {
        this.organizationQueries = organizationQueries;
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<RosterRow> read(byte[] file) {
        try (Workbook workbook = open(file)) {
            Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
            if (sheet == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw rejected(1, WHOLE_FILE, "roster.error.empty");
            }
            checkHeader(sheet.getRow(0));
            return rows(sheet);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RosterRejected rejected) {
                throw rejected;
            }
            throw rejected(0, WHOLE_FILE, "roster.error.not-excel");
        }
    }

    private static Workbook open(byte[] file) throws IOException {
        InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(new ByteArrayInputStream(file)));
        FileMagic magic = FileMagic.valueOf(in);
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new IOException("not a workbook: " + magic);
        }
        return WorkbookFactory.create(in);
    }

    private void checkHeader(Row header) {
        List<RosterError> errors = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            String found = header == null ? "" : RosterCells.text(header, column).replace("*", "").strip();
            if (!found.equals(column.header())) {
                errors.add(new RosterError(1, column.header() + " (" + column.letter() + ")", messages.get("roster.error.header", column.header(),
                        found.isEmpty() ? messages.get("roster.error.header-empty") : found)));
            }
        }
        if (!errors.isEmpty()) {
            throw new RosterRejected(errors);
        }
    }

    private List<RosterRow> rows(Sheet sheet) {
        Lookups lookups = new Lookups();
        List<RosterError> errors = new ArrayList<>();
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> idCardLines = new HashMap<>();
        int count = 0;
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (RosterCells.blank(row)) {
                continue;
            }
            if (++count > MAX_ROWS) {
                throw rejected(index + 1, WHOLE_FILE, "roster.error.too-many-rows", MAX_ROWS);
            }
            LineReader line = new LineReader(row, index + 1, lookups, errors);
            line.read().ifPresent(parsed -> {
                Integer first = idCardLines.putIfAbsent(parsed.details().idCardNo(), parsed.line());
                if (first != null) {
                    errors.add(new RosterError(parsed.line(), RosterColumn.ID_CARD.header(),
                            messages.get("roster.error.duplicate-in-file", first)));
                } else {
                    rows.add(parsed);
                }
            });
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw rejected(2, WHOLE_FILE, "roster.error.no-rows");
        }
        checkRegistered(rows, errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RosterError::line));
            throw new RosterRejected(errors);
        }
        return rows;
    }

    private void checkRegistered(List<RosterRow> rows, List<RosterError> errors) {
        if (rows.isEmpty()) {
            return;
        }
        Set<String> registered = new HashSet<>();
        List<String> ids = rows.stream().map(r -> r.details().idCardNo()).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            registered.addAll(jdbc.sql("select id_card_no from member where id_card_no in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).query(String.class).list());
        }
        rows.stream().filter(r -> registered.contains(r.details().idCardNo())).forEach(r ->
                errors.add(new RosterError(r.line(), RosterColumn.ID_CARD.header(), messages.get("error.member.id-card-taken"))));
    }

    private RosterRejected rejected(int line, String column, String key, Object... arguments) {
        return new RosterRejected(List.of(new RosterError(line, column, messages.get(key, arguments))));
    }

    /** Reference data looked up once per file. */
    private final class Lookups {
        final Map<String, OrganizationChoice> organizations = organizationQueries.memberOrganizations().stream()
                .collect(Collectors.toMap(OrganizationChoice::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        final Map<Long, PartyOrganization> aggregates = new HashMap<>();
        final Map<Long, Map<String, Department>> departments = new HashMap<>();
        final Map<Long, List<TrialTeam>> trialTeams = new HashMap<>();

        PartyOrganization aggregate(long id) {
            return aggregates.computeIfAbsent(id, key -> catalog.organization(key).orElseThrow());
        }

        Optional<Department> department(long courtId, String name) {
            return Optional.ofNullable(departments.computeIfAbsent(courtId, id -> catalog.departments(id).stream()
                    .collect(Collectors.toMap(Department::name, Function.identity(), (a, b) -> a))).get(name));
        }

        Optional<TrialTeam> trialTeam(long courtId, Long departmentId, String name) {
            return trialTeams.computeIfAbsent(courtId, catalog::trialTeams).stream()
                    .filter(t -> t.name().equals(name) && (departmentId == null || t.departmentId().equals(departmentId)))
                    .findFirst();
        }
    }

    /** Reads one row, adding an error per bad cell; yields the row only if every cell was good. */
    private final class LineReader {
        private final Row row;
        private final int line;
        private final Lookups lookups;
        private final List<RosterError> errors;
        private final int errorsBefore;

        LineReader(Row row, int line, Lookups lookups, List<RosterError> errors) {
            this.row = row;
            this.line = line;
            this.lookups = lookups;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        Optional<RosterRow> read() {
            String name = required(RosterColumn.NAME);
            Gender gender = choice(RosterColumn.GENDER, Gender.class);
            String idCard = idCard();
            OrganizationChoice organization = organization();
            Position position = choice(RosterColumn.POSITION, Position.class);
            Education education = choice(RosterColumn.EDUCATION, Education.class);
            LocalDate joined = date(RosterColumn.JOINED_PARTY_ON);
            MembershipStatus status = choice(RosterColumn.STATUS, MembershipStatus.class);
            LocalDate fullOn = date(RosterColumn.FULL_MEMBER_ON);
            List<Post> posts = posts();
            Long departmentId = null;
            Long trialTeamId = null;
            if (organization != null) {
                departmentId = department(organization.courtId());
                trialTeamId = trialTeam(organization.courtId(), departmentId);
            }
            if (errors.size() > errorsBefore) {
                return Optional.empty();
            }
            MemberDetails details = new MemberDetails(name, gender, blankToNull(RosterColumn.ETHNICITY), null, idCard,
                    blankToNull(RosterColumn.PHONE), position, blankToNull(RosterColumn.EMPLOYER), departmentId,
                    trialTeamId, education, joined, status, fullOn);
            return checkedByTheAggregate(new RosterRow(line, organization.id(), organization.name(), details, posts));
        }

        /** The member's own rules (age at joining, non-staff in mobile organisations…), without saving. */
        private Optional<RosterRow> checkedByTheAggregate(RosterRow parsed) {
            try {
                PartyOrganization organization = lookups.aggregate(parsed.organizationId());
                Member.join(organization, parsed.details(), LocalDate.now(clock), LocalDateTime.now(clock));
                return Optional.of(parsed);
            } catch (DomainException e) {
                errors.add(new RosterError(line, WHOLE_FILE, messages.of(e)));
                return Optional.empty();
            }
        }

        private String required(RosterColumn column) {
            String value = RosterCells.text(row, column);
            if (value.isEmpty()) {
                error(column, "roster.error.required");
            }
            return value;
        }

        private String blankToNull(RosterColumn column) {
            String value = RosterCells.text(row, column);
            return value.isEmpty() ? null : value;
        }

        private <E extends Enum<E>> E choice(RosterColumn column, Class<E> type) {
            String value = column.required() ? required(column) : RosterCells.text(row, column);
            if (value.isEmpty()) {
                return null;
            }
            Optional<E> parsed = vocabulary.parse(type, value);
            if (parsed.isEmpty()) {
                error(column, "roster.error.choice", value, String.join("、", vocabulary.labels(type)));
            }
            return parsed.orElse(null);
        }

        private String idCard() {
            try {
                String value = RosterCells.idCard(row);
                if (value.isEmpty()) {
                    error(RosterColumn.ID_CARD, "roster.error.required");
                } else if (!court.tianping.core.IdCardNumber.isValid(value)) {
                    error(RosterColumn.ID_CARD, "error.id-card.invalid");
                }
                return court.tianping.core.IdCardNumber.normalise(value);
            } catch (RosterCells.Unreadable e) {
                error(RosterColumn.ID_CARD, e.messageKey);
                return null;
            }
        }

        private LocalDate date(RosterColumn column) {
            try {
                Optional<LocalDate> date = RosterCells.date(row, column);
                if (date.isEmpty() && column.required()) {
                    error(column, "roster.error.required");
                }
                return date.orElse(null);
            } catch (RosterCells.Unreadable e) {
                error(column, e.messageKey, RosterCells.text(row, column));
                return null;
            }
        }

        private OrganizationChoice organization() {
            String name = required(RosterColumn.ORGANIZATION);
            if (name.isEmpty()) {
                return null;
            }
            OrganizationChoice organization = lookups.organizations.get(name);
            if (organization == null) {
                error(RosterColumn.ORGANIZATION, "roster.error.organization", name);
            }
            return organization;
        }

        private Long department(long courtId) {
            String name = RosterCells.text(row, RosterColumn.DEPARTMENT);
            if (name.isEmpty()) {
                return null;
            }
            Optional<Department> department = lookups.department(courtId, name);
            if (department.isEmpty()) {
                error(RosterColumn.DEPARTMENT, "roster.error.department", name);
            }
            return department.map(Department::id).orElse(null);
        }

        private Long trialTeam(long courtId, Long departmentId) {
            String name = RosterCells.text(row, RosterColumn.TRIAL_TEAM);
            if (name.isEmpty()) {
                return null;
            }
            Optional<TrialTeam> team = lookups.trialTeam(courtId, departmentId, name);
            if (team.isEmpty()) {
                error(RosterColumn.TRIAL_TEAM, "roster.error.trial-team", name);
            }
            return team.map(TrialTeam::id).orElse(null);
        }

        private List<Post> posts() {
            String value = RosterCells.text(row, RosterColumn.POSTS);
            List<Post> posts = new ArrayList<>();
            if (value.isEmpty()) {
                return posts;
            }
            for (String part : value.split("[、,，;；\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<Post> post = vocabulary.parse(Post.class, part);
                if (post.isEmpty()) {
                    error(RosterColumn.POSTS, "roster.error.choice", part, String.join("、", vocabulary.labels(Post.class)));
                } else {
                    posts.add(post.get());
                }
            }
            return posts;
        }

        private void error(RosterColumn column, String key, Object... arguments) {
            errors.add(new RosterError(line, column.header(), messages.get(key, arguments)));
        }
    }
}
