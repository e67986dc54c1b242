package court.tianping.study.domain;

import court.tianping.core.DomainException;

import java.util.regex.Pattern;

/** Checks of free text typed into the study forms. */
final class Texts {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private Texts() {
    }

    static String required(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.study.required", label);
        }
        return optional(text, max, label);
    }

    static String optional(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new DomainException("error.study.too-long-text", label, max);
        }
        if (MARKUP.matcher(value).find()) {
            throw new DomainException("error.study.markup", label);
        }
        return value;
    }
}
