package court.tianping.life.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.life.ComplianceRulesChanged;
import court.tianping.life.Frequency;
import court.tianping.life.MeetingType;
import court.tianping.life.domain.ComplianceRule;
import court.tianping.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frequency rules of each court. A court starts from {@link ComplianceRule#DEFAULTS}; the Party-affairs
 * office may change the period and the minimum of each type, all rules at once, audited.
 */
@Service
public class ComplianceRules {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ComplianceGenerations generations;
    private final Clock clock;

    ComplianceRules(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events,
                    ComplianceGenerations generations, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.generations = generations;
        this.clock = clock;
    }

    public List<ComplianceRule> of(long courtId) {
        return of(List.of(courtId)).get(courtId);
    }

    /** The rules of several courts in one query; a court with none of its own has the defaults. */
    public Map<Long, List<ComplianceRule>> of(Collection<Long> courtIds) {
        Map<Long, Map<MeetingType, ComplianceRule>> set = new HashMap<>();
        if (!courtIds.isEmpty()) {
            jdbc.sql("select court_id, meeting_type, frequency, minimum from compliance_rule where court_id in (:courts)")
                    .param("courts", courtIds)
                    .query((rs, n) -> set.computeIfAbsent(rs.getLong(1), c -> new HashMap<>()).put(
                            MeetingType.valueOf(rs.getString(2)), new ComplianceRule(MeetingType.valueOf(rs.getString(2)),
                                    Frequency.valueOf(rs.getString(3)), rs.getInt(4))))
                    .list();
        }
        Map<Long, List<ComplianceRule>> rules = new HashMap<>();
        for (Long court : courtIds) {
            Map<MeetingType, ComplianceRule> own = set.getOrDefault(court, Map.of());
            rules.put(court, ComplianceRule.DEFAULTS.stream().map(d -> own.getOrDefault(d.type(), d)).toList());
        }
        return rules;
    }

    @PreAuthorize("hasAuthority('life:admin')")
    @Transactional
    public void save(long courtId, List<ComplianceRule> rules) {
        if (!currentUser.scope().courtIds().contains(courtId)) {
            throw new NotFoundException("label.court", courtId);
        }
        List<MeetingType> types = ComplianceRule.DEFAULTS.stream().map(ComplianceRule::type).toList();
        if (rules.size() != types.size() || !rules.stream().map(ComplianceRule::type).toList().containsAll(types)) {
            throw new DomainException("error.life.rule-incomplete");
        }
        Map<String, Object> before = describe(of(courtId));
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        jdbc.sql("delete from compliance_rule where court_id = :court").param("court", courtId).update();
        for (ComplianceRule rule : rules) {
            jdbc.sql("""
                            insert into compliance_rule (court_id, meeting_type, frequency, minimum, changed_by, changed_at)
                            values (:court, :type, :frequency, :minimum, :by, :at)""")
                    .param("court", courtId).param("type", rule.type().name()).param("frequency", rule.frequency().name())
                    .param("minimum", rule.minimum()).param("by", currentUser.actor()).param("at", now).update();
        }
        generations.raise(List.of(courtId));
        events.publishEvent(new ComplianceRulesChanged(courtId, currentUser.actor(), now, before, describe(rules)));
    }

    private static Map<String, Object> describe(List<ComplianceRule> rules) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (ComplianceRule rule : new ArrayList<>(rules)) {
            map.put(rule.type().name(), rule.frequency().name() + " x" + rule.minimum());
        }
        return map;
    }
}
