package court.tianping.life;

/** How a person on the roster or invited took part: present, late, or absent with a reason (请假). */
public enum AttendanceStatus {
    PRESENT, LATE, ABSENT;

    public boolean attended() {
        return this != ABSENT;
    }
}
