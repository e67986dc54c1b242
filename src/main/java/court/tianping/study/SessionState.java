package court.tianping.study;

public enum SessionState {
    PLANNED, HELD, CANCELLED
}
