package court.tianping.demand.domain;

import java.util.Optional;

/** A time limit of a step: a number of working hours ({@code 24h}) or working days ({@code 7d}). */
public record TimeLimit(int amount, LimitUnit unit) {

    public TimeLimit {
        if (!isValid(amount, unit)) {
            throw new IllegalArgumentException("not a valid time limit: " + amount + " " + unit);
        }
    }

    public static boolean isValid(int amount, LimitUnit unit) {
        return unit != null && amount >= 1 && amount <= unit.max();
    }

    /** Reads {@code 24h} or {@code 7d}; empty for anything else or for a limit out of bounds. */
    public static Optional<TimeLimit> parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}[hd]")) {
            return Optional.empty();
        }
        String value = text.strip();
        int amount = Integer.parseInt(value.substring(0, value.length() - 1));
        LimitUnit unit = value.endsWith("h") ? LimitUnit.HOURS : LimitUnit.DAYS;
        return isValid(amount, unit) ? Optional.of(new TimeLimit(amount, unit)) : Optional.empty();
    }

    /** About how many working hours the limit gives, to compare limits in different units. */
    long roughHours() {
        return unit == LimitUnit.DAYS ? amount * 24L : amount;
    }

    @Override
    public String toString() {
        return amount + unit.suffix();
    }
}
