package court.tianping.cobuilding;

/** A co-building activity: 联合主题党日, 法治讲座 (the "class" of 1+6), 联合调解, 走访, 法律咨询. */
public enum CobuildingActivityType {
    JOINT_THEMED_DAY, LEGAL_LECTURE, MEDIATION, VISIT, CONSULTATION
}
