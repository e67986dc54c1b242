package court.tianping.core;

/** Typed reference to a court by its id. */
public record CourtId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
