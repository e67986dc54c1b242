package court.tianping.core;

/** Masking of personal data (phone, ID-card number) for lists, logs and the audit trail. */
public final class PersonalData {

    private PersonalData() {
    }

    /** 13812345678 becomes 138****5678. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** 110101199003071234 becomes 110***********1234. */
    public static String maskIdCard(String idCard) {
        if (idCard == null || idCard.isBlank()) {
            return idCard;
        }
        if (idCard.length() < 8) {
            return "*".repeat(idCard.length());
        }
        return idCard.substring(0, 3) + "*".repeat(idCard.length() - 7) + idCard.substring(idCard.length() - 4);
    }
}
