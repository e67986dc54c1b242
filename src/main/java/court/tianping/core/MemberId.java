package court.tianping.core;

/** Typed reference to a member by its id. */
public record MemberId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
