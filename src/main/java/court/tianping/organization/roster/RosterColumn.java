package court.tianping.organization.roster;

/**
 * The roster layout every Party-affairs office keeps, one column per field. The headers are part of
 * the file format (the same in every language); a trailing * marks a required column.
 */
enum RosterColumn {
    NAME("姓名", true),
    GENDER("性别", true),
    ETHNICITY("民族", false),
    ID_CARD("身份证号", true),
    PHONE("手机号", false),
    ORGANIZATION("所在党组织", true),
    POSITION("人员类别", true),
    EMPLOYER("所在单位", false),
    DEPARTMENT("部门", false),
    TRIAL_TEAM("审判团队", false),
    EDUCATION("学历", false),
    JOINED_PARTY_ON("入党日期", true),
    STATUS("党员状态", true),
    FULL_MEMBER_ON("转正日期", false),
    POSTS("党内职务", false);

    private final String header;
    private final boolean required;

    RosterColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** The header as written in the file: required columns carry a *. */
    String title() {
        return required ? header + "*" : header;
    }

    /** Spreadsheet column letter, A for the first. */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
