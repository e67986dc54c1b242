package court.tianping.liaison;

/** What kind of unit a judge is liaison to. */
public enum UnitKind { ENTERPRISE, GOVERNMENT_UNIT, INDUSTRY_ASSOCIATION, OTHER }
