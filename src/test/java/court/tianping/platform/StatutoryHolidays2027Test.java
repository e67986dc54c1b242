package court.tianping.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2027 rows of the calendar migration: the statutory holidays of the 2024 rules on their 2027 dates,
 * one row for each that falls on a weekday, named as awaiting the State Council's notice.
 */
class StatutoryHolidays2027Test {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/V9__demand_time_limits_and_2027_holidays.sql");
    private static final Pattern ROW = Pattern.compile("\\('(2027-\\d{2}-\\d{2})', '(\\w+)', '([^']+)'");

    /** 元旦 1 day; 春节 from 除夕 (5 February) 4 days; 清明, 劳动节 1–2 May, 端午, 中秋; 国庆 1–3 October. */
    private static Map<LocalDate, String> statutoryDays() {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(2027, 1, 1), "元旦");
        LocalDate newYearsEve = LocalDate.of(2027, 2, 6).minusDays(1);
        for (int i = 0; i < 4; i++) {
            days.put(newYearsEve.plusDays(i), "春节");
        }
        days.put(LocalDate.of(2027, 4, 5), "清明节");
        days.put(LocalDate.of(2027, 5, 1), "劳动节");
        days.put(LocalDate.of(2027, 5, 2), "劳动节");
        days.put(LocalDate.of(2027, 6, 9), "端午节");
        days.put(LocalDate.of(2027, 9, 15), "中秋节");
        for (int i = 1; i <= 3; i++) {
            days.put(LocalDate.of(2027, 10, i), "国庆节");
        }
        return days;
    }

    private static Map<LocalDate, String> seeded() throws IOException {
        Map<LocalDate, String> rows = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(MIGRATION));
        while (row.find()) {
            assertThat(row.group(2)).as("kind of " + row.group(1)).isEqualTo("HOLIDAY");
            rows.put(LocalDate.parse(row.group(1)), row.group(3));
        }
        return rows;
    }

    @Test
    void theStatutoryDaysFallOnTheseWeekdays() {
        Map<LocalDate, DayOfWeek> expected = new LinkedHashMap<>();
        String[] table = {"01-01 FRIDAY", "02-05 FRIDAY", "02-06 SATURDAY", "02-07 SUNDAY", "02-08 MONDAY", "04-05 MONDAY",
                "05-01 SATURDAY", "05-02 SUNDAY", "06-09 WEDNESDAY", "09-15 WEDNESDAY", "10-01 FRIDAY", "10-02 SATURDAY",
                "10-03 SUNDAY"};
        for (String row : table) {
            expected.put(LocalDate.parse("2027-" + row.substring(0, 5)), DayOfWeek.valueOf(row.substring(6)));
        }
        assertThat(statutoryDays().keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((day, weekday) -> assertThat(day.getDayOfWeek()).as(day.toString()).isEqualTo(weekday));
    }

    @Test
    void everyStatutoryDayOnAWeekdayHasARowAndNoOtherDayHasOne() throws IOException {
        Map<LocalDate, String> expected = new TreeMap<>();
        statutoryDays().forEach((day, name) -> {
            if (day.getDayOfWeek() != SATURDAY && day.getDayOfWeek() != SUNDAY) {
                expected.put(day, name);
            }
        });
        Map<LocalDate, String> rows = seeded();
        assertThat(rows.keySet()).containsExactlyElementsOf(expected.keySet());
        rows.forEach((day, name) -> assertThat(name).as(day.toString())
                .startsWith(expected.get(day)).contains("待国务院通知调休").hasSizeLessThanOrEqualTo(40));
    }
}
