package court.tianping.organization.demo;

import court.tianping.core.MemberId;
import court.tianping.core.OrganizationId;
import court.tianping.organization.CourtLevel;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.DepartmentKind;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import court.tianping.organization.application.MemberCommands;
import court.tianping.organization.application.OrganizationCommands;
import court.tianping.organization.domain.Court;
import court.tianping.organization.domain.CourtRepository;
import court.tianping.organization.domain.Department;
import court.tianping.organization.domain.DepartmentRepository;
import court.tianping.organization.domain.Member;
import court.tianping.organization.domain.MemberDetails;
import court.tianping.organization.domain.MemberRepository;
import court.tianping.organization.domain.OrganizationDetails;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.organization.domain.PartyOrganizationRepository;
import court.tianping.organization.domain.TrialTeam;
import court.tianping.organization.domain.TrialTeamRepository;
import court.tianping.platform.ApiTokens;
import court.tianping.platform.NewUserAccount;
import court.tianping.platform.Role;
import court.tianping.platform.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Generates the demo city at first start when {@code tianping.demo.enabled} is true: Beijing's
 * courts, with the Xicheng basic court organised as the source articles describe (22 judicial-
 * functional branches on its tribunals, 107 Party groups on trial teams, joint, mobile and temporary
 * organisations, about 400 members), smaller neighbouring courts, one account per role and the
 * API token {@code demo-admin-token}. The same seed always gives the same court.
 */
@Component
class DemoCourtGenerator {

    static final String ACTOR = "demo";
    static final String MAIN_COURT = "北京市西城区人民法院";
    private static final Logger log = LoggerFactory.getLogger(DemoCourtGenerator.class);
    private static final int[] CELLS_PER_BRANCH = {6, 7, 6, 6, 7, 6, 5, 6, 5, 5, 6, 5, 4, 4, 5, 4, 3, 3, 4, 3, 3, 4};

    /** The 22 branches built on the Xicheng court's tribunals and offices. */
    private static final String[][] XICHENG_DEPARTMENTS = {
            {"立案庭", "FILING"}, {"民事审判第一庭", "TRIAL"}, {"民事审判第二庭", "TRIAL"}, {"民事审判第三庭", "TRIAL"},
            {"金融审判庭", "TRIAL"}, {"家事少年审判庭", "TRIAL"}, {"知识产权审判庭", "TRIAL"}, {"刑事审判庭", "TRIAL"},
            {"行政审判庭", "TRIAL"}, {"速裁庭", "TRIAL"}, {"执行一庭", "ENFORCEMENT"}, {"执行二庭", "ENFORCEMENT"},
            {"执行裁判庭", "ENFORCEMENT"}, {"审判监督庭", "TRIAL"}, {"民事审判第四庭", "TRIAL"}, {"金融街人民法庭", "TRIBUNAL"},
            {"审判管理办公室", "ADMINISTRATION"}, {"研究室", "ADMINISTRATION"}, {"政治处", "ADMINISTRATION"},
            {"办公室", "ADMINISTRATION"}, {"监察室", "SUPERVISION"}, {"司法警察大队", "POLICE"}};
    private static final String[] THEMED_TEAMS = {"非首都功能疏解", "文物保护单位腾退", "涉金融行政审判", "金融借款合同",
            "证券期货纠纷", "婚姻家事", "未成年人权益保护", "著作权", "商标权", "物业服务", "房屋租赁", "劳动争议",
            "医疗纠纷", "消费者权益", "执行攻坚", "财产查控", "速裁快审", "诉前调解", "道路交通事故", "相邻关系"};

    private final DemoProperties properties;
    private final CourtRepository courts;
    private final DepartmentRepository departments;
    private final TrialTeamRepository trialTeams;
    private final PartyOrganizationRepository organizations;
    private final MemberRepository members;
    private final OrganizationCommands organizationCommands;
    private final MemberCommands memberCommands;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private DemoPeople people;

    DemoCourtGenerator(DemoProperties properties, CourtRepository courts, DepartmentRepository departments,
                       TrialTeamRepository trialTeams, PartyOrganizationRepository organizations,
                       MemberRepository members, OrganizationCommands organizationCommands,
                       MemberCommands memberCommands, UserAccounts accounts, ApiTokens tokens, JdbcClient jdbc,
                       TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.properties = properties;
        this.courts = courts;
        this.departments = departments;
        this.trialTeams = trialTeams;
        this.organizations = organizations;
        this.members = members;
        this.organizationCommands = organizationCommands;
        this.memberCommands = memberCommands;
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void generateOnFirstStart() {
        if (!properties.enabled()) {
            return;
        }
        long existing = jdbc.sql("select count(*) from court").query(Long.class).single();
        if (existing > 0) {
            return;
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate());
        log.info("Demo court generated in {} ms", (System.nanoTime() - started) / 1_000_000);
        long main = jdbc.sql("select id from court where name = :name").param("name", MAIN_COURT).query(Long.class).single();
        events.publishEvent(new DemoCityGenerated(main));
    }

    void generate() {
        people = new DemoPeople(20180806L);
        Court high = saveCourt(Court.root("北京市高级人民法院", "北京高院", "北京市"), null);
        Court second = saveCourt(high.child("北京市第二中级人民法院", "北京二中院", CourtLevel.INTERMEDIATE, "北京市", 1), high);
        Court third = saveCourt(high.child("北京市第三中级人民法院", "北京三中院", CourtLevel.INTERMEDIATE, "北京市", 2), high);
        Court xicheng = saveCourt(second.child(MAIN_COURT, "西城法院", CourtLevel.BASIC, "西城区", 1), second);
        saveCourt(xicheng.child("金融街人民法庭", "金融街法庭", CourtLevel.DETACHED_TRIBUNAL, "西城区", 1), xicheng);
        Court dongcheng = saveCourt(second.child("北京市东城区人民法院", "东城法院", CourtLevel.BASIC, "东城区", 2), second);
        Court daxing = saveCourt(second.child("北京市大兴区人民法院", "大兴法院", CourtLevel.BASIC, "大兴区", 3), second);
        Court tongzhou = saveCourt(third.child("北京市通州区人民法院", "通州法院", CourtLevel.BASIC, "通州区", 1), third);
        saveCourt(tongzhou.child("张家湾人民法庭", "张家湾法庭", CourtLevel.DETACHED_TRIBUNAL, "通州区", 1), tongzhou);
        saveCourt(tongzhou.child("宋庄人民法庭", "宋庄法庭", CourtLevel.DETACHED_TRIBUNAL, "通州区", 2), tongzhou);
        saveCourt(daxing.child("观音寺人民法庭", "观音寺法庭", CourtLevel.DETACHED_TRIBUNAL, "大兴区", 1), daxing);

        XichengAnchors anchors = xicheng(xicheng);
        smallCourt(dongcheng, "110101", new String[]{"立案庭", "民事审判第一庭", "商事审判庭", "执行局", "政治处"}, 3);
        smallCourt(daxing, "110115", new String[]{"立案庭", "民事审判庭", "观音寺人民法庭", "执行局", "政治部"}, 3);
        smallCourt(tongzhou, "110112", new String[]{"立案庭", "民事审判第一庭", "张家湾人民法庭", "宋庄人民法庭", "执行局", "政治部"}, 3);
        smallCourt(second, "110102", new String[]{"立案庭", "民事审判第一庭", "刑事审判第一庭", "政治部"}, 2);
        smallCourt(high, "110105", new String[]{"立案庭", "研究室", "政治部组宣处", "办公室"}, 2);
        if (properties.scale() == DemoProperties.Scale.CITY) {
            cityScale(third);
        }
        accounts(high, xicheng, anchors);
    }

    private record XichengAnchors(long secretaryBranch, MemberId secretary, long cell, MemberId cellLeader,
                                  MemberId member, MemberId leader, MemberId office, MemberId discipline) {
    }

    private XichengAnchors xicheng(Court court) {
        long leadership = organization(court, null, "中共北京市西城区人民法院党组", OrganizationType.LEADERSHIP_GROUP,
                OrganizationNature.FUNCTIONAL, null, null);
        long committee = organization(court, leadership, "中共北京市西城区人民法院机关委员会",
                OrganizationType.ORGAN_COMMITTEE, OrganizationNature.FUNCTIONAL, null, null);
        List<Long> branches = new ArrayList<>();
        List<List<Long>> branchCells = new ArrayList<>();
        List<List<MemberId>> branchMembers = new ArrayList<>();
        int themed = 0;
        for (int b = 0; b < XICHENG_DEPARTMENTS.length; b++) {
            String deptName = XICHENG_DEPARTMENTS[b][0];
            DepartmentKind kind = DepartmentKind.valueOf(XICHENG_DEPARTMENTS[b][1]);
            Department department = departments.save(new Department(court.id(), deptName, kind, b));
            long branch = organization(court, committee, deptName + "党支部", OrganizationType.BRANCH,
                    OrganizationNature.FUNCTIONAL, department.id(), null);
            branches.add(branch);
            List<MemberId> all = new ArrayList<>(branchCommittee(court, "110102", branch, department, kind));
            List<Long> cells = new ArrayList<>();
            for (int c = 0; c < CELLS_PER_BRANCH[b]; c++) {
                String teamName = teamName(kind, c, themed++);
                TrialTeam team = trialTeams.save(new TrialTeam(court.id(), department.id(), teamName));
                long cell = organization(court, branch, deptName + teamName + "党小组", OrganizationType.CELL,
                        OrganizationNature.FUNCTIONAL, department.id(), team.id());
                cells.add(cell);
                all.addAll(cellMembers(court, "110102", cell, department, team, kind, 3));
            }
            branchCells.add(cells);
            branchMembers.add(all);
        }
        Department mediation = departments.save(new Department(court.id(), "诉调对接中心", DepartmentKind.FILING, 30));
        long joint = organization(court, committee, "立案速裁诉调联合党支部", OrganizationType.BRANCH,
                OrganizationNature.JOINT, mediation.id(), null);
        branchCommittee(court, "110102", joint, mediation, DepartmentKind.FILING);
        cellMembers(court, "110102", joint, mediation, null, DepartmentKind.FILING, 8);
        long mobile = organization(court, committee, "诉讼服务中心流动党支部", OrganizationType.BRANCH,
                OrganizationNature.MOBILE, null, null);
        mobileMembers(court, mobile);
        temporary(court, committee, branchMembers);

        MemberId officeMember = branchMembers.get(18).get(2);
        MemberId disciplineMember = branchMembers.get(20).get(1);
        MemberId leader = branchMembers.get(19).get(0);
        partyGroup(leadership, List.of(leader, branchMembers.get(0).get(0), branchMembers.get(2).get(0),
                branchMembers.get(3).get(0), branchMembers.get(4).get(0), officeMember));
        return new XichengAnchors(branches.get(1), branchMembers.get(1).get(0), branchCells.get(1).get(0),
                firstOfCell(branchCells.get(1).get(0)), secondOfCell(branchCells.get(1).get(0)), leader,
                officeMember, disciplineMember);
    }

    /** The members of the court's Party group (党组成员): the president and leaders, each also in a branch of their own. */
    private void partyGroup(long leadership, List<MemberId> leaders) {
        for (MemberId leader : leaders) {
            jdbc.sql("insert into member_membership (member, organization_id) values (:m, :o)")
                    .param("m", leader.value()).param("o", leadership).update();
        }
    }

    private String teamName(DepartmentKind kind, int index, int themedIndex) {
        if (kind == DepartmentKind.TRIAL && index % 2 == 1) {
            return THEMED_TEAMS[themedIndex % THEMED_TEAMS.length] + "审判团队";
        }
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八"};
        return switch (kind) {
            case ENFORCEMENT -> "执行第" + numerals[index] + "团队";
            case ADMINISTRATION, SUPERVISION -> "第" + numerals[index] + "工作组";
            case POLICE -> "第" + numerals[index] + "中队";
            default -> "第" + numerals[index] + "审判团队";
        };
    }

    /** The branch's own members: secretary, organisation, publicity and discipline officers. */
    private List<MemberId> branchCommittee(Court court, String region, long branch, Department department,
                                           DepartmentKind kind) {
        List<MemberId> committee = new ArrayList<>();
        Post[] posts = {Post.SECRETARY, Post.ORGANISATION, Post.PUBLICITY, Post.DISCIPLINE};
        int size = 2 + people.nextInt(2);
        for (int i = 0; i < size; i++) {
            Set<Post> held = i == 0 ? EnumSet.of(Post.SECRETARY) : EnumSet.of(posts[i]);
            Position position = i == 0 && kind != DepartmentKind.POLICE && kind != DepartmentKind.ADMINISTRATION
                    ? Position.JUDGE : staffPosition(kind);
            committee.add(member(court, region, branch, department.id(), null, position, held, true, null));
        }
        return committee;
    }

    private List<MemberId> cellMembers(Court court, String region, long cell, Department department, TrialTeam team,
                                       DepartmentKind kind, int size) {
        List<MemberId> cellMembers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<Post> held = i == 0 && team != null ? EnumSet.of(Post.CELL_LEADER) : EnumSet.noneOf(Post.class);
            Position position = i == 0 && kind == DepartmentKind.TRIAL ? Position.JUDGE : staffPosition(kind);
            cellMembers.add(member(court, region, cell, department.id(), team == null ? null : team.id(), position,
                    held, i == 0, null));
        }
        return cellMembers;
    }

    private void mobileMembers(Court court, long mobile) {
        String[] employers = {"北京市法律援助中心", "西城区法律援助中心", "北京市西城区人民调解委员会", "北京市医疗纠纷人民调解委员会",
                "中国政法大学", "心理驿站志愿服务站", "金融街街道人民调解委员会"};
        Position[] positions = {Position.LEGAL_AID_LAWYER, Position.LEGAL_AID_LAWYER, Position.MEDIATOR,
                Position.MEDIATOR, Position.VOLUNTEER, Position.VOLUNTEER, Position.MEDIATOR};
        member(court, "110102", mobile, null, null, Position.JUDGE, EnumSet.of(Post.SECRETARY), true, null);
        for (int i = 0; i < 20; i++) {
            int kind = i % employers.length;
            member(court, "110102", mobile, null, null, positions[kind], EnumSet.noneOf(Post.class), false,
                    employers[kind]);
        }
    }

    private void temporary(Court court, long committee, List<List<MemberId>> branchMembers) {
        long relocation = temporaryOrganization(court, committee, "非首都功能疏解临时党支部",
                "动物园服装批发市场等疏解整治案件集中审理，与西城区疏解整治指挥部党组织对接",
                LocalDate.of(2017, 7, 1), LocalDate.of(2018, 6, 30));
        long enforcement = temporaryOrganization(court, committee, "涉国家重点工程执行攻坚临时党支部",
                "涉国家重点工程执行案件集中攻坚", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28));
        long volunteers = temporaryOrganization(court, committee, "赵海志愿者服务队临时党支部",
                "对接义达里、新街口西里三区等社区，担任街巷长法律顾问", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        addMembers(relocation, branchMembers.get(1), 4, LocalDate.of(2017, 8, 1));
        addMembers(enforcement, branchMembers.get(10), 5, LocalDate.of(2025, 6, 1));
        addMembers(enforcement, branchMembers.get(11), 3, LocalDate.of(2025, 6, 1));
        addMembers(volunteers, branchMembers.get(2), 3, LocalDate.of(2025, 6, 1));
        addMembers(volunteers, branchMembers.get(5), 3, LocalDate.of(2025, 6, 1));
    }

    private void addMembers(long organizationId, List<MemberId> from, int count, LocalDate on) {
        PartyOrganization organization = organizations.findById(organizationId).orElseThrow();
        for (int i = 0; i < count && i < from.size(); i++) {
            Member member = members.findById(from.get(from.size() - 1 - i).value()).orElseThrow();
            member.joinAlso(organization, on);
            members.save(member);
        }
    }

    /** A neighbouring court: a leading Party group, an organ committee and a branch per department with cells. */
    private void smallCourt(Court court, String region, String[] departmentNames, int cellsPerBranch) {
        long leadership = organization(court, null, "中共" + court.name() + "党组", OrganizationType.LEADERSHIP_GROUP,
                OrganizationNature.FUNCTIONAL, null, null);
        long committee = organization(court, leadership, "中共" + court.name() + "机关委员会",
                OrganizationType.ORGAN_COMMITTEE, OrganizationNature.FUNCTIONAL, null, null);
        for (int b = 0; b < departmentNames.length; b++) {
            String name = departmentNames[b];
            DepartmentKind kind = name.contains("法庭") ? DepartmentKind.TRIBUNAL : name.contains("执行")
                    ? DepartmentKind.ENFORCEMENT : name.startsWith("政治") || name.equals("办公室") || name.equals("研究室")
                    ? DepartmentKind.ADMINISTRATION : name.equals("立案庭") ? DepartmentKind.FILING : DepartmentKind.TRIAL;
            Department department = departments.save(new Department(court.id(), name, kind, b));
            long branch = organization(court, committee, name + "党支部", OrganizationType.BRANCH,
                    OrganizationNature.FUNCTIONAL, department.id(), null);
            branchCommittee(court, region, branch, department, kind);
            for (int c = 0; c < cellsPerBranch; c++) {
                TrialTeam team = trialTeams.save(new TrialTeam(court.id(), department.id(), teamName(kind, c, b + c)));
                long cell = organization(court, branch, name + team.name() + "党小组", OrganizationType.CELL,
                        OrganizationNature.FUNCTIONAL, department.id(), team.id());
                cellMembers(court, region, cell, department, team, kind, 3);
            }
        }
    }

    /** Benchmark scale: 19 more basic courts of 30 branches, 4 cells each, 6 members per cell. */
    private void cityScale(Court intermediate) {
        String[] districts = {"朝阳", "海淀", "丰台", "石景山", "门头沟", "房山", "顺义", "昌平", "平谷", "怀柔", "密云", "延庆",
                "经开", "燕山", "亦庄", "回龙观", "天通苑", "望京", "中关村"};
        for (int i = 0; i < districts.length; i++) {
            Court court = saveCourt(intermediate.child("北京市" + districts[i] + "区人民法院（基准）", districts[i] + "法院",
                    CourtLevel.BASIC, districts[i] + "区", 10 + i), intermediate);
            String[] names = new String[30];
            for (int b = 0; b < names.length; b++) {
                names[b] = "第" + (b + 1) + "审判庭";
            }
            smallCourtScaled(court, names);
        }
    }

    private void smallCourtScaled(Court court, String[] departmentNames) {
        long leadership = organization(court, null, "中共" + court.name() + "党组", OrganizationType.LEADERSHIP_GROUP,
                OrganizationNature.FUNCTIONAL, null, null);
        long committee = organization(court, leadership, "中共" + court.name() + "机关委员会",
                OrganizationType.ORGAN_COMMITTEE, OrganizationNature.FUNCTIONAL, null, null);
        for (int b = 0; b < departmentNames.length; b++) {
            Department department = departments.save(new Department(court.id(), departmentNames[b], DepartmentKind.TRIAL, b));
            long branch = organization(court, committee, departmentNames[b] + "党支部", OrganizationType.BRANCH,
                    OrganizationNature.FUNCTIONAL, department.id(), null);
            member(court, "110105", branch, department.id(), null, Position.JUDGE, EnumSet.of(Post.SECRETARY), true, null);
            member(court, "110105", branch, department.id(), null, Position.JUDGE, EnumSet.of(Post.ORGANISATION), true, null);
            for (int c = 0; c < 4; c++) {
                TrialTeam team = trialTeams.save(new TrialTeam(court.id(), department.id(), teamName(DepartmentKind.TRIAL, c, b + c)));
                long cell = organization(court, branch, departmentNames[b] + team.name() + "党小组", OrganizationType.CELL,
                        OrganizationNature.FUNCTIONAL, department.id(), team.id());
                cellMembers(court, "110105", cell, department, team, DepartmentKind.TRIAL, 6);
            }
        }
    }

    private Position staffPosition(DepartmentKind kind) {
        if (kind == DepartmentKind.POLICE) {
            return Position.JUDICIAL_POLICE;
        }
        if (kind == DepartmentKind.ADMINISTRATION || kind == DepartmentKind.SUPERVISION) {
            return Position.JUDICIAL_ADMINISTRATION;
        }
        int roll = people.nextInt(100);
        return roll < 35 ? Position.JUDGE : roll < 70 ? Position.JUDGE_ASSISTANT : roll < 95 ? Position.CLERK
                : Position.JUDICIAL_POLICE;
    }

    private MemberId member(Court court, String region, long organizationId, Long departmentId, Long trialTeamId,
                            Position position, Set<Post> posts, boolean mustBeFull, String employer) {
        DemoPeople.Person person = people.next(region, 2000, position == Position.JUDGE ? 1966 : 1970);
        LocalDate adult = person.birthDate().plusYears(18);
        boolean probationary = !mustBeFull && posts.isEmpty() && people.nextInt(100) < 5;
        LocalDate latest = LocalDate.of(2024, 6, 30);
        LocalDate joined = probationary ? people.date(2025, 2025) : adult.plusYears(people.nextInt(8));
        if (!probationary && joined.isAfter(latest)) {
            joined = latest;
        }
        MembershipStatus status = probationary ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL;
        LocalDate full = status == MembershipStatus.FULL ? joined.plusYears(1) : null;
        if (full != null && full.isAfter(LocalDate.of(2025, 6, 30))) {
            full = LocalDate.of(2025, 6, 30);
        }
        MemberDetails details = new MemberDetails(person.name(), person.gender(), person.ethnicity(),
                person.birthDate(), person.idCardNo(), person.phone(), position, employer, departmentId, trialTeamId,
                person.education(), joined, status, full);
        PartyOrganization organization = organizations.findById(organizationId).orElseThrow();
        return memberCommands.createUnchecked(organization, details, posts, ACTOR);
    }

    private long organization(Court court, Long parentId, String name, OrganizationType type,
                              OrganizationNature nature, Long departmentId, Long trialTeamId) {
        PartyOrganization parent = parentId == null ? null : organizations.findById(parentId).orElseThrow();
        OrganizationId id = organizationCommands.createUnchecked(court.id(), parent,
                new OrganizationDetails(name, type, nature, departmentId, trialTeamId, null, null, null,
                        LocalDate.of(2016, 7, 1)), ACTOR);
        return id.value();
    }

    private long temporaryOrganization(Court court, long parentId, String name, String task, LocalDate starts,
                                       LocalDate ends) {
        PartyOrganization parent = organizations.findById(parentId).orElseThrow();
        return organizationCommands.createUnchecked(court.id(), parent,
                new OrganizationDetails(name, OrganizationType.BRANCH, OrganizationNature.TEMPORARY, null, null, task,
                        starts, ends, starts), ACTOR).value();
    }

    private Court saveCourt(Court court, Court parent) {
        Court saved = courts.save(court);
        saved.placeUnder(parent == null ? "/" : parent.path());
        return courts.save(saved);
    }

    private MemberId firstOfCell(long cell) {
        return new MemberId(jdbc.sql("select min(id) from member where organization_id = :o").param("o", cell)
                .query(Long.class).single());
    }

    private MemberId secondOfCell(long cell) {
        return new MemberId(jdbc.sql("select min(id) from member where organization_id = :o and id > :first")
                .param("o", cell).param("first", firstOfCell(cell).value()).query(Long.class).single());
    }

    private void accounts(Court high, Court xicheng, XichengAnchors a) {
        String password = properties.password();
        accounts.createAll(List.of(
                new NewUserAccount("admin", password, "高院信息技术处", Role.PLATFORM_ADMIN, high.id(), null, null),
                new NewUserAccount("office", password, nameOf(a.office()), Role.PARTY_OFFICE, xicheng.id(), null, a.office().value()),
                new NewUserAccount("leader", password, nameOf(a.leader()), Role.COURT_LEADER, xicheng.id(), null, a.leader().value()),
                new NewUserAccount("secretary", password, nameOf(a.secretary()), Role.BRANCH_SECRETARY, xicheng.id(), a.secretaryBranch(), a.secretary().value()),
                new NewUserAccount("cellleader", password, nameOf(a.cellLeader()), Role.CELL_LEADER, xicheng.id(), a.cell(), a.cellLeader().value()),
                new NewUserAccount("member", password, nameOf(a.member()), Role.MEMBER, xicheng.id(), a.cell(), a.member().value()),
                new NewUserAccount("discipline", password, nameOf(a.discipline()), Role.DISCIPLINE_OFFICER, xicheng.id(), null, a.discipline().value()),
                new NewUserAccount("partner", password, "西长安街街道工委联络员", Role.PARTNER_LIAISON, xicheng.id(), null, null)));
        tokens.register("演示集成令牌", "admin", "demo-admin-token", ACTOR);
    }

    private String nameOf(MemberId id) {
        return members.findById(id.value()).orElseThrow().name();
    }
}
