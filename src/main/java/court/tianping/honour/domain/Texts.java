package court.tianping.honour.domain;

import court.tianping.core.DomainException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks of what is typed into the honour and volunteering forms. */
final class Texts {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private Texts() {
    }

    static String required(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.honour.required", label);
        }
        return optional(text, max, label);
    }

    static String optional(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new DomainException("error.honour.too-long", label, max);
        }
        if (MARKUP.matcher(value).find()) {
            throw new DomainException("error.honour.markup", label);
        }
        return value;
    }

    static LocalDate past(LocalDate day, LocalDate today, String label) {
        if (day == null) {
            throw new DomainException("error.honour.required", label);
        }
        if (day.isAfter(today)) {
            throw new DomainException("error.honour.future", label);
        }
        return day;
    }
}
