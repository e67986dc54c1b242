package court.tianping.core;

/** The record does not exist, or lies outside the caller's data scope (the two look the same on purpose). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.not-found", what, id);
    }
}
