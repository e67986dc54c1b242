package court.tianping.demand;

public enum Urgency {
    NORMAL, URGENT
}
