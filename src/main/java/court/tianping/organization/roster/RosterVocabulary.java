package court.tianping.organization.roster;

import court.tianping.platform.Messages;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** The Chinese words a roster uses for enum values (法官, 正式党员…): the same labels as the UI's Chinese bundle. */
@Component
class RosterVocabulary {

    private static final Locale ROSTER_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Messages messages;

    RosterVocabulary(Messages messages) {
        this.messages = messages;
    }

    String label(Enum<?> value) {
        return value == null ? "" : messages.get(ROSTER_LANGUAGE, key(value.getDeclaringClass(), value.name()));
    }

    <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.strip();
        for (E value : type.getEnumConstants()) {
            if (label(value).equals(wanted) || value.name().equalsIgnoreCase(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    <E extends Enum<E>> String[] labels(Class<E> type) {
        E[] values = type.getEnumConstants();
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = label(values[i]);
        }
        return labels;
    }

    /** A message about the roster, in the user's language. */
    String message(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    private static String key(Class<?> type, String name) {
        return "enum." + type.getSimpleName() + "." + name;
    }
}
