package court.tianping.organization;

/** 高院 > 中院 > 基层法院 > 人民法庭. */
public enum CourtLevel {
    HIGH, INTERMEDIATE, BASIC, DETACHED_TRIBUNAL
}
