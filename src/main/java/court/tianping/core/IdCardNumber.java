package court.tianping.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** A resident identity card number (GB 11643-1999): 17 digits and a check character. */
public record IdCardNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public IdCardNumber {
        value = normalise(value);
        if (!isValid(value)) {
            throw new DomainException("error.id-card.invalid");
        }
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        String candidate = normalise(raw);
        if (candidate == null || !FORMAT.matcher(candidate).matches()) {
            return false;
        }
        return checkCharacter(candidate) == candidate.charAt(17) && birthDateOf(candidate) != null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    private static LocalDate birthDateOf(String candidate) {
        try {
            return LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return PersonalData.maskIdCard(value);
    }
}
