package court.tianping.integrity.domain;

import court.tianping.core.DomainException;

import java.util.regex.Pattern;

/** Checks of free text typed into the integrity forms. */
final class Texts {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private Texts() {
    }

    static String required(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.integrity.required", label);
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new DomainException("error.integrity.too-long", label, max);
        }
        if (MARKUP.matcher(value).find()) {
            throw new DomainException("error.integrity.markup", label);
        }
        return value;
    }
}
