package court.tianping.liaison;

public enum FollowUpState { OPEN, DONE }
