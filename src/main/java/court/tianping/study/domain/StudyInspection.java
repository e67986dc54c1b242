package court.tianping.study.domain;

import court.tianping.core.DomainException;
import court.tianping.study.InspectionMethod;
import court.tianping.study.InspectionState;
import court.tianping.study.StudyFindingClosed;
import court.tianping.study.StudyFindingFollowedUp;
import court.tianping.study.StudyInspected;
import court.tianping.study.StudyInspectionPlanned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A 督学 inspection of a branch's or a youth group's study: planned, carried out once with what was found;
 * each finding is then followed up and closed.
 */
@Table("study_inspection")
public class StudyInspection extends Recorded<StudyInspection> {

    public static final int MAX_FINDINGS = 20;

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String organizationPath;
    private Long youthGroupId;
    private InspectionMethod method;
    private InspectionState state;
    private Long inspectorMemberId;
    private LocalDate plannedOn;
    private LocalDate inspectedOn;
    private String summary;
    private String recordedBy;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "study_inspection", keyColumn = "seq")
    private List<Finding> findings = new ArrayList<>();

    StudyInspection() {
    }

    public static StudyInspection plan(Host inspected, Long youthGroupId, InspectionMethod method, long inspectorMemberId,
                                       LocalDate plannedOn, String by, LocalDateTime now) {
        if (method == null) {
            throw new DomainException("error.study.method-required");
        }
        if (plannedOn == null) {
            throw new DomainException("error.study.dates-required");
        }
        StudyInspection inspection = new StudyInspection();
        inspection.courtId = inspected.courtId();
        inspection.organizationId = inspected.organizationId();
        inspection.organizationPath = inspected.path();
        inspection.youthGroupId = youthGroupId;
        inspection.method = method;
        inspection.state = InspectionState.PLANNED;
        inspection.inspectorMemberId = inspectorMemberId;
        inspection.plannedOn = plannedOn;
        inspection.recordedBy = by;
        inspection.updatedAt = now;
        long court = inspected.courtId();
        inspection.raise(id -> new StudyInspectionPlanned(id, court, by, now, inspected.organizationId(), method,
                facts("organizationId", inspected.organizationId(), "method", method, "plannedOn", plannedOn)));
        return inspection;
    }

    /** Carries out the inspection, once, on a day that has come, with a summary and what was found (one per line). */
    public void inspect(LocalDate on, String summaryText, List<String> found, String by, LocalDateTime now) {
        if (state != InspectionState.PLANNED) {
            throw new DomainException("error.study.already-inspected");
        }
        if (on == null) {
            throw new DomainException("error.study.dates-required");
        }
        if (on.isAfter(now.toLocalDate())) {
            throw new DomainException("error.study.future-date");
        }
        String text = Texts.required(summaryText, 2000, "label.study.summary");
        List<String> items = found == null ? List.of()
                : found.stream().filter(f -> f != null && !f.isBlank()).map(f -> Texts.required(f, 1000, "label.study.finding")).toList();
        if (items.size() > MAX_FINDINGS) {
            throw new DomainException("error.study.too-many-findings", MAX_FINDINGS);
        }
        summary = text;
        inspectedOn = on;
        items.forEach(item -> findings.add(new Finding(courtId, item)));
        state = InspectionState.INSPECTED;
        updatedAt = now;
        raise(id -> new StudyInspected(id, courtId, by, now, organizationId, on, items.size(),
                facts("state", state, "inspectedOn", on, "findings", items.size())));
    }

    public void followUp(int finding, String what, String by, LocalDateTime now) {
        finding(finding).followUp(what, by, now);
        updatedAt = now;
        raise(id -> new StudyFindingFollowedUp(id, courtId, by, now, finding, facts("finding", finding, "state", "FOLLOWED_UP")));
    }

    public void closeFinding(int finding, String by, LocalDateTime now) {
        finding(finding).close(by, now);
        updatedAt = now;
        raise(id -> new StudyFindingClosed(id, courtId, by, now, finding, facts("finding", finding, "state", "CLOSED")));
    }

    private Finding finding(int index) {
        if (state != InspectionState.INSPECTED || index < 0 || index >= findings.size()) {
            throw new DomainException("error.study.no-such-finding");
        }
        return findings.get(index);
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long organizationId() { return organizationId; }
    public String organizationPath() { return organizationPath; }
    public Long youthGroupId() { return youthGroupId; }
    public InspectionMethod method() { return method; }
    public InspectionState state() { return state; }
    public Long inspectorMemberId() { return inspectorMemberId; }
    public LocalDate plannedOn() { return plannedOn; }
    public LocalDate inspectedOn() { return inspectedOn; }
    public String summary() { return summary; }
    public Integer version() { return version; }
    public List<Finding> findings() { return List.copyOf(findings); }
}
