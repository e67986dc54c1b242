package court.tianping.life;

/**
 * A period of a compliance rule for an organisation: done; due (open now); overdue (closed without the
 * meeting); upcoming (not started); not required (the organisation did not yet exist when it began).
 */
public enum ComplianceStatus { DONE, DUE, OVERDUE, UPCOMING, NOT_REQUIRED }
