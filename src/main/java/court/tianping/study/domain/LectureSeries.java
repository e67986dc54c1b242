package court.tianping.study.domain;

import court.tianping.study.LectureSeriesCreated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** A lecture series (司法大讲堂, 廉政建设大讲堂, 精品课堂): its lectures are study sessions of kind LECTURE. */
@Table("study_series")
public class LectureSeries extends Recorded<LectureSeries> {

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String organizationPath;
    private String name;
    private LocalDateTime createdAt;
    @Version
    private Integer version;

    LectureSeries() {
    }

    public static LectureSeries create(Host organiser, String name, String by, LocalDateTime now) {
        LectureSeries series = new LectureSeries();
        series.name = Texts.required(name, 100, "label.study.series-name");
        series.courtId = organiser.courtId();
        series.organizationId = organiser.organizationId();
        series.organizationPath = organiser.path();
        series.createdAt = now;
        String seriesName = series.name;
        series.raise(id -> new LectureSeriesCreated(id, organiser.courtId(), by, now, seriesName, facts("name", seriesName)));
        return series;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long organizationId() { return organizationId; }
    public String organizationPath() { return organizationPath; }
    public String name() { return name; }
}
