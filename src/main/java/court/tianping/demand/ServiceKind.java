package court.tianping.demand;

/** The service asked: 咨询, 指导调解, 诉前调解, 司法确认, 普法宣传, 上门解纷. */
public enum ServiceKind {
    CONSULTATION, MEDIATION_GUIDANCE, PRE_LITIGATION_MEDIATION, JUDICIAL_CONFIRMATION, LEGAL_EDUCATION, ON_SITE_RESOLUTION
}
