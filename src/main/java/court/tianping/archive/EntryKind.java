package court.tianping.archive;

/** 优善 (a merit entry) or 瑕疵 (a flaw entry). */
public enum EntryKind {
    MERIT, FLAW
}
