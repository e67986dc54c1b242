package court.tianping.study;

public enum InspectionState {
    PLANNED, INSPECTED
}
