package court.tianping.platform;

import court.tianping.core.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Translates message keys and domain errors into the current user's language. Arguments that are
 * themselves message keys (starting with "label." or "enum.") are translated too.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... arguments) {
        return get(LocaleContextHolder.getLocale(), key, arguments);
    }

    public String get(Locale locale, String key, Object... arguments) {
        return source.getMessage(key, translated(locale, arguments), key, locale);
    }

    public String of(DomainException e) {
        return get(e.messageKey(), e.arguments());
    }

    public String of(Locale locale, DomainException e) {
        return get(locale, e.messageKey(), e.arguments());
    }

    private Object[] translated(Locale locale, Object[] arguments) {
        if (arguments == null) {
            return null;
        }
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String key && (key.startsWith("label.") || key.startsWith("enum."))) {
                out[i] = source.getMessage(key, null, key, locale);
            } else if (out[i] instanceof Enum<?> value) {
                out[i] = source.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(),
                        null, value.name(), locale);
            }
        }
        return out;
    }
}
