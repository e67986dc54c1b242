package court.tianping.organization.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One move of a member between organisations (组织关系转接), kept as history. */
@Table("member_transfer")
public class Transfer {

    @Id
    private Long id;
    private Long courtId;
    private Long memberId;
    private Long fromOrganizationId;
    private Long toOrganizationId;
    private LocalDate transferredOn;
    private String reason;
    private String recordedBy;
    private LocalDateTime recordedAt;

    Transfer() {
    }

    Transfer(long courtId, long memberId, long fromOrganizationId, long toOrganizationId, LocalDate transferredOn,
             String reason, String recordedBy, LocalDateTime recordedAt) {
        this.courtId = courtId;
        this.memberId = memberId;
        this.fromOrganizationId = fromOrganizationId;
        this.toOrganizationId = toOrganizationId;
        this.transferredOn = transferredOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public Long memberId() { return memberId; }
    public Long fromOrganizationId() { return fromOrganizationId; }
    public Long toOrganizationId() { return toOrganizationId; }
    public LocalDate transferredOn() { return transferredOn; }
    public String reason() { return reason; }
}
