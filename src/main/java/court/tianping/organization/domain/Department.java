package court.tianping.organization.domain;

import court.tianping.organization.DepartmentKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A tribunal or office inside a court (民一庭, 立案庭, 政治部…). */
@Table("department")
public class Department {

    @Id
    private Long id;
    private Long courtId;
    private String name;
    private DepartmentKind kind;
    private int sortOrder;

    Department() {
    }

    public Department(long courtId, String name, DepartmentKind kind, int sortOrder) {
        this.courtId = courtId;
        this.name = name;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public String name() { return name; }
    public DepartmentKind kind() { return kind; }
}
