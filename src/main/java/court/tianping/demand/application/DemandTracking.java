package court.tianping.demand.application;

import court.tianping.core.DomainException;
import court.tianping.core.PersonalData;
import court.tianping.demand.DemandState;
import court.tianping.demand.Outcome;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.StepKind;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the public sees of their own demand with the tracking code given at submission: the state
 * and its dates, with personal data masked and no names of staff; and the rating after resolution.
 */
@Service
public class DemandTracking {

    private static final Set<StepKind> PUBLIC_STEPS = Set.of(StepKind.SUBMITTED, StepKind.DISPATCHED, StepKind.ACCEPTED,
            StepKind.ASSIGNED, StepKind.RESOLVED, StepKind.VISITED, StepKind.REOPENED, StepKind.CLOSED);

    public record PublicStep(StepKind kind, LocalDateTime at) {
    }

    public record PublicView(String trackingCode, DemandState state, LocalDateTime submittedAt, String maskedName,
                             String maskedPhone, String description, Outcome outcome, Satisfaction satisfaction,
                             List<PublicStep> steps, boolean canRate) {
    }

    private final DemandRepository demands;
    private final Clock clock;

    DemandTracking(DemandRepository demands, Clock clock) {
        this.demands = demands;
        this.clock = clock;
    }

    public Optional<PublicView> find(String trackingCode) {
        return lookup(trackingCode).map(DemandTracking::view);
    }

    /** The requester's own rating, once, after resolution. */
    @Transactional
    public void rate(String trackingCode, Satisfaction satisfaction, String comment) {
        Demand demand = lookup(trackingCode).orElseThrow(() -> new DomainException("error.demand.unknown-tracking-code"));
        demand.visit(satisfaction, comment, DemandIntake.PUBLIC_ACTOR, LocalDateTime.now(clock));
        demands.save(demand);
    }

    private Optional<Demand> lookup(String trackingCode) {
        if (trackingCode == null || !trackingCode.strip().matches("[0-9A-Za-z]{10}")) {
            return Optional.empty();
        }
        return demands.findByTrackingCode(trackingCode.strip().toUpperCase());
    }

    private static PublicView view(Demand d) {
        List<PublicStep> steps = d.steps().stream().filter(s -> PUBLIC_STEPS.contains(s.kind()))
                .map(s -> new PublicStep(s.kind(), s.at())).toList();
        return new PublicView(d.trackingCode(), d.state(), d.submittedAt(), maskName(d.requesterName()),
                PersonalData.maskPhone(d.requesterPhone()), d.description(), d.outcome(), d.satisfaction(), steps,
                d.state() == DemandState.RESOLVED);
    }

    /** 张三丰 becomes 张**. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
