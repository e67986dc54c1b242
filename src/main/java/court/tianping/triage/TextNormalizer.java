package court.tianping.triage;

import com.hankcs.hanlp.HanLP;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first step for every text, before it is stored with a suggestion, learnt from or classified:
 * full-width letters and digits to half width (NFKC), traditional to simplified characters, Latin
 * letters to lower case, runs of white space to one, and personal numbers masked, so that no phone
 * or identity card number survives into features or models.
 */
public final class TextNormalizer {

    public static final String PHONE = "<电话>";
    public static final String ID_NUMBER = "<证件号>";
    public static final String EMAIL = "<邮箱>";
    public static final String NUMBER = "<号码>";

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9xX](?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}(?![0-9])");
    private static final Pattern MAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
    /** Any other run of eleven digits or more: an account, a card or a number we do not know. */
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{11,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String simplified = HanLP.convertToSimplifiedChinese(folded).toLowerCase(Locale.ROOT);
        return SPACES.matcher(mask(simplified)).replaceAll(" ").strip();
    }

    /** Masks identity card, phone and other long numbers and e-mail addresses. */
    public static String mask(String text) {
        if (!hasDigitOrAt(text)) {
            return text;
        }
        String masked = ID_CARD.matcher(text).replaceAll(ID_NUMBER);
        masked = MOBILE.matcher(masked).replaceAll(PHONE);
        masked = LANDLINE.matcher(masked).replaceAll(PHONE);
        masked = MAIL.matcher(masked).replaceAll(EMAIL);
        return LONG_NUMBER.matcher(masked).replaceAll(NUMBER);
    }

    private static boolean hasDigitOrAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '@') {
                return true;
            }
        }
        return false;
    }
}
