package court.tianping.core;

/** How far a user sees: whole city > court > branch > Party group (cell) > self; NONE sees no court data. */
public enum ScopeLevel {
    CITY, COURT, BRANCH, CELL, SELF, NONE
}
