package court.tianping.liaison.domain;

import court.tianping.core.DomainException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks of what is typed into the liaison forms. */
final class Texts {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");

    private Texts() {
    }

    static String required(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.liaison.required", label);
        }
        return optional(text, max, label);
    }

    static String optional(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new DomainException("error.liaison.too-long", label, max);
        }
        if (MARKUP.matcher(value).find()) {
            throw new DomainException("error.liaison.markup", label);
        }
        return value;
    }

    static String phone(String text) {
        String value = optional(text, 20, "label.liaison.contact-phone");
        if (value != null && !PHONE.matcher(value).matches()) {
            throw new DomainException("error.liaison.phone");
        }
        return value;
    }

    static LocalDate day(LocalDate day, String label) {
        if (day == null) {
            throw new DomainException("error.liaison.required", label);
        }
        return day;
    }

    static LocalDate past(LocalDate day, LocalDate today, String label) {
        day(day, label);
        if (day.isAfter(today)) {
            throw new DomainException("error.liaison.future", label);
        }
        return day;
    }
}
