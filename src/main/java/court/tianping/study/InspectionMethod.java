package court.tianping.study;

/** 督学检查 / 随机抽检 / 定期巡检. */
public enum InspectionMethod {
    INSPECTION, SPOT_CHECK, ROUTINE
}
