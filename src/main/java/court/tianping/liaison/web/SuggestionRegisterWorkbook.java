package court.tianping.liaison.web;

import court.tianping.liaison.application.LiaisonFigures.Period;
import court.tianping.liaison.application.LiaisonQueries.SuggestionRow;
import court.tianping.platform.Messages;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The judicial suggestions register (司法建议台账) of a period: one row per suggestion, with its reply and adoption. */
class SuggestionRegisterWorkbook {

    private static final List<String> COLUMNS = List.of("liaison.issued-on", "liaison.unit", "liaison.subject",
            "liaison.judge", "liaison.reply-due", "liaison.state", "liaison.replied-on", "liaison.reply", "liaison.decided-on",
            "liaison.overdue");

    private final Messages messages;

    SuggestionRegisterWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] write(Period period, List<SuggestionRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("liaison.register.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(messages.get("liaison.register.title", period.from(), period.to()));
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(messages.get(COLUMNS.get(i)));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 2;
            for (SuggestionRow s : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(day(s.issuedOn()));
                row.createCell(1).setCellValue(s.unitName());
                row.createCell(2).setCellValue(s.subject());
                row.createCell(3).setCellValue(s.judgeName());
                row.createCell(4).setCellValue(day(s.replyDue()));
                String state = "enum.SuggestionState." + s.state();
                row.createCell(5).setCellValue(messages.get(state));
                row.createCell(6).setCellValue(day(s.repliedOn()));
                row.createCell(7).setCellValue(s.reply() == null ? "" : s.reply());
                row.createCell(8).setCellValue(day(s.decidedOn()));
                row.createCell(9).setCellValue(messages.get(s.overdue() ? "liaison.yes" : "liaison.no"));
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, i == 2 || i == 7 ? 40 * 256 : 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
