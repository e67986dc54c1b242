package court.tianping.core;

/** Typed reference to a organization by its id. */
public record OrganizationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
