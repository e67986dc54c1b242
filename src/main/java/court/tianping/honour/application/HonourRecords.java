package court.tianping.honour.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.honour.HonourLevel;
import court.tianping.honour.domain.Honour;
import court.tianping.honour.domain.HonourRepository;
import court.tianping.honour.domain.Organisation;
import court.tianping.honour.domain.PioneerPost;
import court.tianping.honour.domain.PioneerPostRepository;
import court.tianping.honour.domain.VolunteerService;
import court.tianping.honour.domain.VolunteerServiceRepository;
import court.tianping.honour.domain.VolunteerTeam;
import court.tianping.honour.domain.VolunteerTeamRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The Party-affairs office records honours, volunteer teams with their service, and pioneer posts of its court. */
@Service
public class HonourRecords {

    private final HonourRepository honours;
    private final VolunteerTeamRepository teams;
    private final VolunteerServiceRepository services;
    private final PioneerPostRepository posts;
    private final HonourPeople people;
    private final HonourAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    HonourRecords(HonourRepository honours, VolunteerTeamRepository teams, VolunteerServiceRepository services,
                  PioneerPostRepository posts, HonourPeople people, HonourAccess access, JdbcClient jdbc, Clock clock) {
        this.honours = honours;
        this.teams = teams;
        this.services = services;
        this.posts = posts;
        this.people = people;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an honour to the members named, or, when none is named, to the organisation. */
    @PreAuthorize("hasAuthority('honour:record')")
    @Transactional
    public long award(String title, HonourLevel level, String awardedBy, LocalDate awardedOn, String documentNo,
                      List<Long> memberIds, Long organizationId) {
        long court = access.requireCourt();
        List<Long> ids = memberIds == null ? List.of() : memberIds.stream().filter(java.util.Objects::nonNull).toList();
        Organisation organisation = ids.isEmpty() && organizationId != null ? people.organisation(organizationId) : null;
        if (!ids.isEmpty() && organizationId != null) {
            throw new DomainException("error.honour.individual-or-collective");
        }
        return honours.save(Honour.award(court, title, level, awardedBy, awardedOn, documentNo, people.people(ids),
                organisation, access.actor(), now())).id();
    }

    @PreAuthorize("hasAuthority('honour:record')")
    @Transactional
    public long formTeam(Long organizationId, String name, LocalDate formedOn) {
        Organisation organisation = people.organisation(organizationId);
        access.require(access.covers(organisation.courtId(), organisation.path()), "label.honour.organization", organizationId);
        VolunteerTeam team = VolunteerTeam.form(organisation, name, formedOn, access.actor(), now());
        boolean taken = jdbc.sql("select count(*) from volunteer_team where court_id = :c and name = :n")
                .param("c", organisation.courtId()).param("n", team.name()).query(Long.class).single() > 0;
        if (taken) {
            throw new DomainException("error.honour.team-exists", team.name());
        }
        return teams.save(team).id();
    }

    @PreAuthorize("hasAuthority('honour:record')")
    @Transactional
    public void join(long teamId, Long memberId, LocalDate joinedOn) {
        VolunteerTeam team = team(teamId);
        team.join(people.person(memberId), joinedOn, access.actor(), now());
        teams.save(team);
    }

    @PreAuthorize("hasAuthority('honour:record')")
    @Transactional
    public long recordService(long teamId, LocalDate servedOn, String place, String description,
                              Map<Long, BigDecimal> hoursPerMember) {
        VolunteerTeam team = team(teamId);
        return services.save(VolunteerService.record(team, servedOn, place, description, hoursPerMember, access.actor(),
                now())).id();
    }

    @PreAuthorize("hasAuthority('honour:record')")
    @Transactional
    public long establishPost(Long organizationId, String name, LocalDate startsOn, LocalDate endsOn, String commitments,
                              List<Long> holderIds) {
        Organisation organisation = people.organisation(organizationId);
        access.require(access.covers(organisation.courtId(), organisation.path()), "label.honour.organization", organizationId);
        return posts.save(PioneerPost.establish(organisation, name, startsOn, endsOn, commitments,
                people.people(holderIds), access.actor(), now())).id();
    }

    public VolunteerTeam team(long id) {
        return teams.findById(id).filter(t -> access.covers(t.courtId(), t.organizationPath()))
                .orElseThrow(() -> new NotFoundException("label.honour.team", id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
