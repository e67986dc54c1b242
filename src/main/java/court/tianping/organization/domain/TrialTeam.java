package court.tianping.organization.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A trial team inside a department. */
@Table("trial_team")
public class TrialTeam {

    @Id
    private Long id;
    private Long courtId;
    private Long departmentId;
    private String name;

    TrialTeam() {
    }

    public TrialTeam(long courtId, long departmentId, String name) {
        this.courtId = courtId;
        this.departmentId = departmentId;
        this.name = name;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long departmentId() { return departmentId; }
    public String name() { return name; }
}
