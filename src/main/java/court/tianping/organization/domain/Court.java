package court.tianping.organization.domain;

import court.tianping.core.DomainException;
import court.tianping.organization.CourtLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A court in the tree 高院 > 中院 > 基层法院 > 人民法庭. */
@Table("court")
public class Court {

    @Id
    private Long id;
    private Long parentId;
    private String name;
    private String shortName;
    private CourtLevel level;
    private String district;
    private String path;
    private int sortOrder;

    Court() {
    }

    public static Court root(String name, String shortName, String district) {
        Court court = new Court();
        court.name = name;
        court.shortName = shortName;
        court.level = CourtLevel.HIGH;
        court.district = district;
        court.path = "/";
        return court;
    }

    /** A court below this one; the level must be the next one down. */
    public Court child(String name, String shortName, CourtLevel level, String district, int sortOrder) {
        if (level.ordinal() != this.level.ordinal() + 1) {
            throw new DomainException("error.court.level", level, this.level);
        }
        Court court = new Court();
        court.parentId = id;
        court.name = name;
        court.shortName = shortName;
        court.level = level;
        court.district = district;
        court.path = path;
        court.sortOrder = sortOrder;
        return court;
    }

    /** Called once the id is known: the path ends with the court's own id. */
    public void placeUnder(String parentPath) {
        this.path = parentPath + id + "/";
    }

    public Long id() { return id; }
    public Long parentId() { return parentId; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public CourtLevel level() { return level; }
    public String district() { return district; }
    public String path() { return path; }
}
