package court.tianping.study.domain;

import court.tianping.study.TrainingStage;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A stage of the training chain a member reached, and when. */
@Table("training_chain_step")
public class ChainStep {

    private Long courtId;
    private TrainingStage stage;
    private LocalDate reachedOn;
    private String note;
    private String recordedBy;

    ChainStep() {
    }

    ChainStep(long courtId, TrainingStage stage, LocalDate reachedOn, String note, String recordedBy) {
        this.courtId = courtId;
        this.stage = stage;
        this.reachedOn = reachedOn;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public TrainingStage stage() { return stage; }
    public LocalDate reachedOn() { return reachedOn; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
}
