package court.tianping.study;

import java.util.Optional;

/** The staged training chain 新入职 > 法官助理 > 初任法官 > 在职, in this order. */
public enum TrainingStage {
    NEW_RECRUIT, JUDGE_ASSISTANT, JUNIOR_JUDGE, SERVING;

    public Optional<TrainingStage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
