package court.tianping.demand;

/** Places with their own QR code: 红色微e站, 社区微法庭, 调解工作站, 法官工作站, 党群司法服务站, or a community itself. */
public enum ServicePointKind {
    RED_MICRO_STATION, COMMUNITY_MICRO_COURT, MEDIATION_STATION, JUDGE_STATION, PARTY_SERVICE_STATION, COMMUNITY
}
