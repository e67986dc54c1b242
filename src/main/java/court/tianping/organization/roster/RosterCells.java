package court.tianping.organization.roster;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Reading cell values the way people type them into Excel. */
final class RosterCells {

    /** Thrown for a cell whose value cannot be read as the column needs. */
    static final class Unreadable extends Exception {
        final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    private static final DataFormatter FORMATTER = new DataFormatter();
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT));

    private RosterCells() {
    }

    static String text(Row row, RosterColumn column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
    }

    /** An ID-card number typed as a number has lost its last digits in Excel: say so instead of guessing. */
    static String idCard(Row row) throws Unreadable {
        Cell cell = row.getCell(RosterColumn.ID_CARD.ordinal());
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            throw new Unreadable("roster.error.id-card-as-number");
        }
        return text(row, RosterColumn.ID_CARD);
    }

    static Optional<LocalDate> date(Row row, RosterColumn column) throws Unreadable {
        Cell cell = row.getCell(column.ordinal());
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return Optional.empty();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (!DateUtil.isCellDateFormatted(cell)) {
                throw new Unreadable("roster.error.date");
            }
            return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        String value = text(row, column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        throw new Unreadable("roster.error.date");
    }

    static boolean blank(Row row) {
        if (row == null) {
            return true;
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (!text(row, column).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
