package court.tianping.integrity;

/** The three rules (三个规定) under which interference in a case is recorded. */
public enum InterferenceType {
    /** 领导干部干预司法活动、插手具体案件处理. */
    LEADING_CADRE_INTERFERENCE,
    /** 司法机关内部人员过问案件. */
    INSIDER_INQUIRY,
    /** 司法人员与当事人、律师等不正当接触交往. */
    IMPROPER_CONTACT
}
