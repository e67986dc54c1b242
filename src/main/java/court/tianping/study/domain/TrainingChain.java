package court.tianping.study.domain;

import court.tianping.core.DomainException;
import court.tianping.study.TrainingStage;
import court.tianping.study.TrainingStageReached;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's place in the staged training chain 新入职 > 法官助理 > 初任法官 > 在职, with its history. A member
 * enters the chain at the stage they are at when first recorded (staff who joined before the system came in);
 * from then on each stage follows the one before, never skipping or going back.
 */
@Table("training_chain")
public class TrainingChain extends Recorded<TrainingChain> {

    @Id
    private Long id;
    private Long courtId;
    private Long memberId;
    private String memberPath;
    private TrainingStage stage;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "training_chain", keyColumn = "seq")
    private List<ChainStep> steps = new ArrayList<>();

    TrainingChain() {
    }

    public static TrainingChain enter(Attendee member, TrainingStage stage, LocalDate on, String note, String by,
                                      LocalDateTime now) {
        TrainingChain chain = new TrainingChain();
        chain.courtId = member.courtId();
        chain.memberId = member.memberId();
        chain.memberPath = member.memberPath();
        chain.record(stage, on, note, by, now);
        return chain;
    }

    public void reach(TrainingStage next, LocalDate on, String note, String by, LocalDateTime now) {
        if (next == null) {
            throw new DomainException("error.study.stage-required");
        }
        TrainingStage expected = stage.next()
                .orElseThrow(() -> new DomainException("error.study.stage-final", "enum.TrainingStage." + stage.name()));
        if (next != expected) {
            throw new DomainException("error.study.stage-out-of-order", "enum.TrainingStage." + stage.name(),
                    "enum.TrainingStage." + expected.name());
        }
        if (on != null && on.isBefore(steps.get(steps.size() - 1).reachedOn())) {
            throw new DomainException("error.study.stage-date-before", steps.get(steps.size() - 1).reachedOn());
        }
        record(next, on, note, by, now);
    }

    private void record(TrainingStage reached, LocalDate on, String note, String by, LocalDateTime now) {
        if (reached == null) {
            throw new DomainException("error.study.stage-required");
        }
        if (on == null) {
            throw new DomainException("error.study.dates-required");
        }
        if (on.isAfter(now.toLocalDate())) {
            throw new DomainException("error.study.future-date");
        }
        String text = Texts.optional(note, 500, "label.study.note");
        steps.add(new ChainStep(courtId, reached, on, text, by));
        stage = reached;
        long member = memberId;
        raise(id -> new TrainingStageReached(id, courtId, by, now, member, reached, on,
                facts("memberId", member, "stage", reached, "reachedOn", on)));
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long memberId() { return memberId; }
    public String memberPath() { return memberPath; }
    public TrainingStage stage() { return stage; }
    public Integer version() { return version; }
    public List<ChainStep> steps() { return List.copyOf(steps); }
}
