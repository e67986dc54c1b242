package court.tianping.demand;

public enum RequesterKind {
    PERSON, ORGANISATION
}
