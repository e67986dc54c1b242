package court.tianping.core;

import java.util.Arrays;

/**
 * A business rule refused an operation. Carries a message key and its arguments so that the
 * web layer can tell the user in their own language; the key doubles as a stable error code.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
