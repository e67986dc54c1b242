package court.tianping.cobuilding.domain;

import court.tianping.core.DomainException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checks every co-building form shares: a required text, an optional text, each within its length. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String missingKey, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new DomainException(missingKey);
        }
        return withinLength(clean, max);
    }

    static String optional(String value, int max) {
        String clean = value == null ? "" : value.strip();
        return clean.isEmpty() ? null : withinLength(clean, max);
    }

    private static String withinLength(String clean, int max) {
        if (clean.length() > max) {
            throw new DomainException("error.cobuilding.too-long", max);
        }
        return clean;
    }

    static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString());
        }
        return map;
    }
}
