package court.tianping.life.web;

import court.tianping.life.application.MeetingRow;
import court.tianping.platform.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The meeting register (组织生活登记表) as a Party-affairs office files it: a title row with the period, then one
 * row per meeting in date order: number, date, time, type, organisation, topic, place, expected, attended,
 * invited, state; bordered, with the header repeated on every printed page.
 */
class MeetingRegister {

    private static final String[] COLUMNS = {"life.register.number", "life.register.date", "life.register.time",
            "life.meeting.type", "life.meeting.host", "life.meeting.topic", "life.meeting.place",
            "life.register.expected", "life.register.attended", "life.register.invited", "life.meeting.state"};
    private static final int[] WIDTHS = {6, 12, 13, 16, 30, 40, 20, 9, 9, 9, 9};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;

    MeetingRegister(Messages messages) {
        this.messages = messages;
    }

    byte[] write(List<MeetingRow> meetings, LocalDate from, LocalDate to) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("life.register.sheet"));
            CellStyle title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(workbook);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = bordered(workbook);
            cell.setWrapText(true);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(messages.get("life.register.title", from, to));
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            Row head = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c).setCellValue(messages.get(COLUMNS[c]));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (MeetingRow m : meetings) {
                Row row = sheet.createRow(r);
                Object[] values = {r - 1, m.startsAt().toLocalDate().toString(),
                        TIME.format(m.startsAt()) + "-" + TIME.format(m.endsAt()),
                        label(m.type()), m.organizationName(), m.topic(),
                        m.place() == null ? "" : m.place(), m.expected(), m.state().name().equals("HELD") ? m.attended() : "",
                        m.invited(), label(m.state())};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(values[c]));
                    }
                    row.getCell(c).setCellStyle(cell);
                }
                r++;
            }
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label of an enum constant, as the bundles name it ({@code enum.Type.CONSTANT}). */
    private String label(Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.get(key);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
