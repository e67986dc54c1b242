package court.tianping.triage.cli;

/** Input the command cannot use, with the message key and arguments that say why. */
class TriageInputException extends Exception {

    private final String key;
    private final transient Object[] arguments;

    TriageInputException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments;
    }
}
