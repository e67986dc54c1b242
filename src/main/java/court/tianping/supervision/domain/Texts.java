package court.tianping.supervision.domain;

import court.tianping.core.DomainException;

import java.util.regex.Pattern;

/** Checks of free text given by the public or typed into the supervision forms. */
final class Texts {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private Texts() {
    }

    static String required(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.supervision.required", label);
        }
        return optional(text, max, label);
    }

    static String optional(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new DomainException("error.supervision.too-long", label, max);
        }
        if (MARKUP.matcher(value).find()) {
            throw new DomainException("error.supervision.markup", label);
        }
        return value;
    }

    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String value = phone.strip();
        if (!PHONE.matcher(value).matches()) {
            throw new DomainException("error.supervision.phone");
        }
        return value;
    }
}
