package court.tianping.life;

/** Planned > held, or planned > cancelled. */
public enum MeetingState { PLANNED, HELD, CANCELLED }
