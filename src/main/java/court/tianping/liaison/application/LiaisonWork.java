package court.tianping.liaison.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.liaison.UnitKind;
import court.tianping.liaison.domain.Judge;
import court.tianping.liaison.domain.JudicialSuggestion;
import court.tianping.liaison.domain.JudicialSuggestionRepository;
import court.tianping.liaison.domain.Liaison;
import court.tianping.liaison.domain.LiaisonRepository;
import court.tianping.liaison.domain.LiaisonUnit;
import court.tianping.liaison.domain.LiaisonUnitRepository;
import court.tianping.liaison.domain.Resolution;
import court.tianping.liaison.domain.ResolutionRepository;
import court.tianping.liaison.domain.Visit;
import court.tianping.liaison.domain.VisitRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The liaison work: the Party-affairs office registers units and assigns judges to them; a judge (or whoever has
 * the judge in scope) logs visits, issues judicial suggestions and follows them to reply and adoption, and records
 * disputes resolved before litigation.
 */
@Service
public class LiaisonWork {

    private final LiaisonUnitRepository units;
    private final LiaisonRepository liaisons;
    private final VisitRepository visits;
    private final JudicialSuggestionRepository suggestions;
    private final ResolutionRepository resolutions;
    private final LiaisonPeople people;
    private final LiaisonAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    LiaisonWork(LiaisonUnitRepository units, LiaisonRepository liaisons, VisitRepository visits,
                JudicialSuggestionRepository suggestions, ResolutionRepository resolutions, LiaisonPeople people,
                LiaisonAccess access, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.liaisons = liaisons;
        this.visits = visits;
        this.suggestions = suggestions;
        this.resolutions = resolutions;
        this.people = people;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('liaison:manage')")
    @Transactional
    public long registerUnit(String name, UnitKind kind, String district, String street, String contactName,
                             String contactPhone) {
        long court = access.requireCourt();
        LiaisonUnit unit = LiaisonUnit.register(court, name, kind, district, street, contactName, contactPhone,
                access.actor(), now());
        boolean taken = jdbc.sql("select count(*) from liaison_unit where court_id = :c and name = :n")
                .param("c", court).param("n", unit.name()).query(Long.class).single() > 0;
        if (taken) {
            throw new DomainException("error.liaison.unit-exists", unit.name());
        }
        try {
            return units.save(unit).id();
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.liaison.unit-exists", unit.name());
        }
    }

    @PreAuthorize("hasAuthority('liaison:manage')")
    @Transactional
    public long assign(long unitId, Long judgeMemberId, LocalDate startsOn, LocalDate endsOn) {
        LiaisonUnit unit = unit(unitId);
        Judge judge = people.judge(judgeMemberId);
        List<Liaison> others = liaisons.findByUnitIdAndJudgeMemberId(unitId, judge.memberId());
        return liaisons.save(Liaison.assign(unit, judge, startsOn, endsOn, others, access.actor(), now())).id();
    }

    @PreAuthorize("hasAuthority('liaison:manage')")
    @Transactional
    public void endLiaison(long liaisonId, LocalDate on) {
        Liaison liaison = liaison(liaisonId);
        liaison.end(on, access.actor(), now());
        liaisons.save(liaison);
    }

    @PreAuthorize("hasAuthority('liaison:record')")
    @Transactional
    public long logVisit(Long liaisonId, LocalDate on, String topics, String followUps) {
        Liaison liaison = liaison(liaisonId);
        return visits.save(Visit.log(liaison, on, topics, lines(followUps), access.actor(), now())).id();
    }

    @PreAuthorize("hasAuthority('liaison:record')")
    @Transactional
    public void followUpDone(long visitId, int version, int followUp, LocalDate on) {
        Visit visit = visit(visitId);
        requireVersion(visit.version(), version);
        visit.followUpDone(followUp, on, access.actor(), now());
        visits.save(visit);
    }

    @PreAuthorize("hasAuthority('liaison:record')")
    @Transactional
    public long issue(Long liaisonId, String subject, LocalDate issuedOn, LocalDate replyDue) {
        Liaison liaison = liaison(liaisonId);
        return suggestions.save(JudicialSuggestion.issue(liaison, subject, issuedOn, replyDue, access.actor(), now())).id();
    }

    @PreAuthorize("hasAuthority('liaison:record')")
    @Transactional
    public void reply(long suggestionId, int version, LocalDate on, String content) {
        JudicialSuggestion s = suggestion(suggestionId);
        requireVersion(s.version(), version);
        s.reply(on, content, access.actor(), now());
        suggestions.save(s);
    }

    @PreAuthorize("hasAuthority('liaison:record')")
    @Transactional
    public void decide(long suggestionId, int version, Boolean adopted, LocalDate on) {
        JudicialSuggestion s = suggestion(suggestionId);
        requireVersion(s.version(), version);
        if (adopted == null) {
            throw new DomainException("error.liaison.required", "label.liaison.adopted");
        }
        s.decide(adopted, on, access.actor(), now());
        suggestions.save(s);
    }

    @PreAuthorize("hasAuthority('liaison:record')")
    @Transactional
    public long resolve(Long liaisonId, LocalDate on, String summary) {
        Liaison liaison = liaison(liaisonId);
        return resolutions.save(Resolution.record(liaison, on, summary, access.actor(), now())).id();
    }

    public LiaisonUnit unit(long id) {
        return units.findById(id).filter(u -> access.coversCourt(u.courtId()))
                .orElseThrow(() -> new NotFoundException("label.liaison.unit", id));
    }

    public Liaison liaison(Long id) {
        if (id == null) {
            throw new DomainException("error.liaison.required", "label.liaison.liaison");
        }
        return liaisons.findById(id).filter(l -> access.covers(l.courtId(), l.judgePath(), l.judgeMemberId()))
                .orElseThrow(() -> new NotFoundException("label.liaison.liaison", id));
    }

    public Visit visit(long id) {
        return visits.findById(id).filter(v -> access.covers(v.courtId(), v.judgePath(), v.judgeMemberId()))
                .orElseThrow(() -> new NotFoundException("label.liaison.visit", id));
    }

    public JudicialSuggestion suggestion(long id) {
        return suggestions.findById(id).filter(s -> access.covers(s.courtId(), s.judgePath(), s.judgeMemberId()))
                .orElseThrow(() -> new NotFoundException("label.liaison.suggestion", id));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    private static void requireVersion(Integer actual, int expected) {
        if (!Objects.equals(actual, expected)) {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
