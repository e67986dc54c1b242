package court.tianping.life.demo;

import court.tianping.life.AttendanceStatus;
import court.tianping.life.MeetingType;
import court.tianping.life.application.MeetingTally;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A year of organisational life in the demo court, written in batches so that the first start stays quick:
 * every branch's committee meetings and themed days each month, general assemblies and Party lectures each
 * quarter, group meetings each month; joint themed days of the political department's branch with front-line
 * branches ("司改大家谈"); open Party-group meetings to which 70 ordinary members were invited in all, two or
 * three at a time, with their resolutions published to the whole court. A few meetings were missed, so the
 * compliance calendar shows overdue periods, and the mobile branch has gone silent. The current month's
 * committee meetings are still to be held.
 */
@Component
class LifeDemo {

    private static final Logger log = LoggerFactory.getLogger(LifeDemo.class);
    private static final String ACTOR = "demo";
    private static final int INVITED_IN_ALL = 70;

    private final OrganizationDirectory directory;
    private final MeetingTally tally;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<Object[]> meetings = new ArrayList<>();
    private final List<Object[]> hosts = new ArrayList<>();
    private final List<Object[]> attendees = new ArrayList<>();
    private final List<Object[]> resolutions = new ArrayList<>();
    private final List<Object[]> publications = new ArrayList<>();
    private final List<Object[]> versions = new ArrayList<>();
    private Random random;
    private long nextMeeting;
    private long nextPublication;
    private LocalDate today;

    LifeDemo(OrganizationDirectory directory, MeetingTally tally, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.directory = directory;
        this.tally = tally;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo organisational life generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long mainCourtId) {
        random = new Random(20180806L);
        today = LocalDate.now(clock);
        nextMeeting = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from meeting", Long.class);
        nextPublication = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from publication", Long.class);
        courtYear(mainCourtId, 12, true);
        directory.courts().stream().filter(c -> c.name().equals("北京市东城区人民法院"))
                .forEach(c -> courtYear(c.id(), 3, false));
        write();
    }

    private void courtYear(long courtId, int months, boolean main) {
        List<Unit> branches = directory.branches(courtId);
        if (branches.isEmpty()) {
            return;
        }
        Map<Long, List<Person>> rosters = new LinkedHashMap<>();
        Map<Long, List<Unit>> cells = new LinkedHashMap<>();
        Map<Long, List<Person>> cellMembers = new java.util.HashMap<>();
        Map<Long, Held> lastAssembly = new LinkedHashMap<>();
        for (Unit branch : branches) {
            Set<Person> roster = new LinkedHashSet<>(directory.members(branch.id()));
            roster.addAll(directory.ownMembers(branch.id()));
            rosters.put(branch.id(), new ArrayList<>(roster));
            cells.put(branch.id(), main ? directory.cells(branch.id()) : List.of());
        }
        Unit political = branches.stream().filter(b -> b.name().startsWith("政治")).findFirst().orElse(branches.get(0));
        Unit silent = branches.stream().filter(b -> b.name().contains("流动")).findFirst().orElse(null);
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(months);
        for (int m = 0; m <= months; m++) {
            LocalDate month = firstMonth.plusMonths(m);
            boolean current = m == months;
            Unit jointPartner = branches.get(1 + (m % (branches.size() - 1)));
            for (Unit branch : branches) {
                List<Person> roster = rosters.get(branch.id());
                if (roster.isEmpty() || (branch.equals(silent) && !month.isBefore(today.withDayOfMonth(1).minusMonths(1)))) {
                    continue;
                }
                if (!current && random.nextInt(100) >= 6) {
                    held(MeetingType.COMMITTEE, List.of(branch), committee(roster), List.of(), pick(LifeDemoData.COMMITTEE), day(month, 5));
                }
                boolean joint = branch.equals(jointPartner) && m % 2 == 0;
                if (joint && main) {
                    List<Person> both = new ArrayList<>(roster);
                    rosters.get(political.id()).stream().filter(p -> !both.contains(p)).forEach(both::add);
                    held(MeetingType.JOINT_LIFE, List.of(political, branch), both, List.of(), "“司改大家谈”联合主题党日", day(month, 20));
                } else if (!(branch.equals(political) && main && m % 2 == 0) && random.nextInt(100) >= 5
                        && (!current || today.getDayOfMonth() > 20)) {
                    held(MeetingType.THEMED_DAY, List.of(branch), roster, List.of(), pick(LifeDemoData.THEMED_DAY), day(month, 20));
                }
                if (month.getMonthValue() % 3 == 2 && !current) {
                    LocalDateTime at = day(month, 12);
                    long assembly = held(MeetingType.GENERAL_ASSEMBLY, List.of(branch), roster, List.of(), pick(LifeDemoData.GENERAL_ASSEMBLY), at);
                    if (assembly > 0) {
                        lastAssembly.put(branch.id(), new Held(assembly, at.toLocalDate()));
                    }
                    if (random.nextInt(100) >= 8) {
                        held(MeetingType.PARTY_LECTURE, List.of(branch), roster, List.of(), pick(LifeDemoData.PARTY_LECTURE), day(month, 25));
                    }
                }
                if (month.getMonthValue() == 1 && !current && main) {
                    held(MeetingType.LIFE_REVIEW, List.of(branch), roster, List.of(), "年度组织生活会暨民主评议党员", day(month, 15));
                }
                if (!current) {
                    for (Unit cell : cells.get(branch.id())) {
                        List<Person> members = cellMembers.computeIfAbsent(cell.id(), directory::members);
                        if (!members.isEmpty() && random.nextInt(100) >= 4) {
                            held(MeetingType.CELL_MEETING, List.of(cell), members, List.of(), pick(LifeDemoData.CELL_MEETING), day(month, 8));
                        }
                    }
                }
            }
        }
        if (main) {
            openLeadershipMeetings(branches, rosters, firstMonth);
            lastAssembly.values().stream().limit(4).forEach(a -> resolution(a.id(), courtId,
                    "经支部党员大会讨论，同意将两名入党积极分子列为发展对象，现予公示，公示期五个工作日。", a.on(), true));
        } else {
            Unit first = branches.get(0);
            long id = held(MeetingType.GENERAL_ASSEMBLY, List.of(first), rosters.get(first.id()), List.of(),
                    "支部党员大会：推选先进党支部参评对象", today.minusDays(10));
            resolution(id, first.courtId(), "推选本支部参加年度先进党支部评选，并在全院公示。", today.minusDays(10), true);
        }
    }

    /** About every twelve days, two or three ordinary members invited; 70 invitations in the year, all different people. */
    private void openLeadershipMeetings(List<Unit> branches, Map<Long, List<Person>> rosters, LocalDate from) {
        int toInvite = INVITED_IN_ALL;
        Unit leadership = directory.unit(Long.parseLong(branches.get(0).path().split("/")[1])).orElse(null);
        if (leadership == null || leadership.type() != OrganizationType.LEADERSHIP_GROUP) {
            return;
        }
        List<Person> group = directory.ownMembers(leadership.id());
        if (group.isEmpty()) {
            return;
        }
        List<Person> ordinary = new ArrayList<>();
        rosters.values().forEach(r -> r.stream().filter(p -> !group.contains(p) && !ordinary.contains(p)).forEach(ordinary::add));
        java.util.Collections.shuffle(ordinary, random);
        int invited = 0;
        LocalDate day = from.plusDays(3);
        int number = 0;
        while (invited < toInvite && day.isBefore(today.minusDays(1)) && invited < ordinary.size()) {
            int count = Math.min(toInvite - invited, toInvite - invited == 4 ? 2 : 2 + random.nextInt(2));
            List<Person> guests = ordinary.subList(invited, Math.min(ordinary.size(), invited + count));
            long id = held(MeetingType.OPEN_LEADERSHIP_MEETING, List.of(leadership), group, guests,
                    "开放式党组会：" + LifeDemoData.LEADERSHIP.get(number % LifeDemoData.LEADERSHIP.size()), day);
            resolution(id, leadership.courtId(), "会议研究决定：" + LifeDemoData.LEADERSHIP.get(number % LifeDemoData.LEADERSHIP.size())
                    + "相关事项按会议意见办理，由相关部门抓好落实，并在全院公示通报。", day, number % 2 == 0);
            invited += guests.size();
            number++;
            day = day.plusDays(12);
        }
    }

    private record Held(long id, LocalDate on) {
    }

    private long held(MeetingType type, List<Unit> hostUnits, List<Person> roster, List<Person> guests, String topic,
                      LocalDateTime startsAt) {
        if (!startsAt.isBefore(LocalDateTime.now(clock))) {
            return -1;
        }
        long id = nextMeeting++;
        Unit first = hostUnits.get(0);
        LocalDateTime endsAt = startsAt.plusMinutes(90);
        meetings.add(new Object[]{id, first.courtId(), type.name(), "HELD", topic, agendaOf(topic),
                LifeDemoData.PLACES.get(random.nextInt(LifeDemoData.PLACES.size())), startsAt, endsAt, first.id(), first.path(),
                LifeDemoData.MINUTES.get(random.nextInt(LifeDemoData.MINUTES.size())), ACTOR, startsAt.minusDays(7), ACTOR, endsAt, endsAt});
        hostUnits.forEach(h -> hosts.add(new Object[]{id, h.id(), h.courtId(), h.path()}));
        for (Person person : roster) {
            attendance(id, person, false);
        }
        for (Person guest : guests) {
            attendees.add(new Object[]{id, guest.id(), guest.courtId(), true, AttendanceStatus.PRESENT.name(), null});
        }
        return id;
    }

    private void attendance(long meeting, Person person, boolean invited) {
        int roll = random.nextInt(100);
        AttendanceStatus status = roll < 88 ? AttendanceStatus.PRESENT : roll < 92 ? AttendanceStatus.LATE : AttendanceStatus.ABSENT;
        String reason = status == AttendanceStatus.ABSENT ? LifeDemoData.ABSENCE.get(random.nextInt(LifeDemoData.ABSENCE.size())) : null;
        attendees.add(new Object[]{meeting, person.id(), person.courtId(), invited, status.name(), reason});
    }

    private void resolution(long meeting, long courtId, String text, LocalDate on, boolean publish) {
        if (meeting < 0) {
            return;
        }
        Long publication = null;
        if (publish) {
            publication = nextPublication++;
            String title = (text.startsWith("经支部") ? "发展对象公示（" : "党组会决议公示（") + on + "）";
            LocalDateTime published = on.plusDays(1).atTime(10, 0);
            publications.add(new Object[]{publication, courtId, meeting, 1, title, text, published.toLocalDate(), ACTOR, 1, published});
            versions.add(new Object[]{publication, 1, courtId, title, text, null, ACTOR, published});
        }
        resolutions.add(new Object[]{meeting, 1, courtId, text, true, publication});
    }

    private static String agendaOf(String topic) {
        return "1. " + topic + "\n2. 传达学习上级有关精神\n3. 其他事项";
    }

    private static List<Person> committee(List<Person> roster) {
        return roster.subList(0, Math.min(roster.size(), 4));
    }

    private LocalDateTime day(LocalDate month, int around) {
        return month.withDayOfMonth(Math.min(around + random.nextInt(5), month.lengthOfMonth())).atTime(14 + random.nextInt(3), 30);
    }

    private LocalDateTime day(LocalDate date) {
        return date.atTime(9, 0);
    }

    private long held(MeetingType type, List<Unit> hostUnits, List<Person> roster, List<Person> guests, String topic,
                      LocalDate on) {
        return held(type, hostUnits, roster, guests, topic, day(on));
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private void write() {
        jdbc.batchUpdate("""
                insert into meeting (id, court_id, type, state, topic, agenda, place, starts_at, ends_at, organization_id,
                                     organization_path, minutes, planned_by, planned_at, recorded_by, recorded_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", meetings);
        jdbc.batchUpdate("insert into meeting_host (meeting, organization_id, court_id, organization_path) values (?, ?, ?, ?)", hosts);
        jdbc.batchUpdate("insert into meeting_attendee (meeting, member_id, court_id, invited, status, reason) values (?, ?, ?, ?, ?, ?)", attendees);
        jdbc.batchUpdate("""
                insert into publication (id, court_id, meeting_id, resolution_number, title, body, published_on, published_by,
                                         current_number, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", publications);
        jdbc.batchUpdate("""
                insert into publication_version (publication, number, court_id, title, body, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", versions);
        jdbc.batchUpdate("insert into meeting_resolution (meeting, number, court_id, text, to_publish, publication_id) values (?, ?, ?, ?, ?, ?)", resolutions);
        jdbc.execute("alter table meeting alter column id restart with " + nextMeeting);
        jdbc.execute("alter table publication alter column id restart with " + nextPublication);
        tally.rebuild();
        log.info("Demo organisational life: {} meetings, {} attendance records, {} published items", meetings.size(),
                attendees.size(), publications.size());
    }
}
