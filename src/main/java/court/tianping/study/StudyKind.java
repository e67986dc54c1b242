package court.tianping.study;

/** 领学 / 共学 / 青年理论学习小组学习 / 大讲堂等系列讲座. Rotation training (政治轮训) is a {@code TrainingClass}. */
public enum StudyKind {
    LED_STUDY, JOINT_STUDY, YOUTH_STUDY, LECTURE
}
