package court.tianping.archive;

/** A manual entry waits for a second person (PENDING); only CONFIRMED entries are in the archive. */
public enum EntryState {
    PENDING, CONFIRMED
}
