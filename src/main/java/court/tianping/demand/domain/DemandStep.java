package court.tianping.demand.domain;

import court.tianping.demand.ActionKind;
import court.tianping.demand.StepKind;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** One entry of a demand's timeline: a transition, an action logged, a pause or an escalation. */
@Table("demand_step")
public class DemandStep {

    private StepKind kind;
    private LocalDateTime at;
    private String actor;
    private String note;
    private ActionKind actionKind;
    private Integer minutes;
    private Long organizationId;
    private Long memberId;

    DemandStep() {
    }

    DemandStep(StepKind kind, LocalDateTime at, String actor, String note) {
        this.kind = kind;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    DemandStep withOrganization(Long organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    DemandStep withMember(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    DemandStep withAction(ActionKind actionKind, int minutes) {
        this.actionKind = actionKind;
        this.minutes = minutes;
        return this;
    }

    public StepKind kind() { return kind; }
    public LocalDateTime at() { return at; }
    public String actor() { return actor; }
    public String note() { return note; }
    public ActionKind actionKind() { return actionKind; }
    public Integer minutes() { return minutes; }
    public Long organizationId() { return organizationId; }
    public Long memberId() { return memberId; }
}
