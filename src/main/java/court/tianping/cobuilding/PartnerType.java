package court.tianping.cobuilding;

/** What kind of organisation a partner is: 街道党工委, 社区党委, 高校, 银行, 医院, 企业, or another. */
public enum PartnerType {
    STREET_COMMITTEE, COMMUNITY_COMMITTEE, UNIVERSITY, BANK, HOSPITAL, COMPANY, OTHER
}
