package court.tianping.honour.web;

import court.tianping.honour.application.HonourQueries.HonourRow;
import court.tianping.platform.Messages;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The list of honours and commendations (表彰奖励名册): one row per honour, with its recipients or organisation. */
class HonourListWorkbook {

    private static final List<String> COLUMNS = List.of("label.honour.awarded-on", "label.honour.title", "label.honour.level",
            "label.honour.awarded-by", "label.honour.document-no", "honour.kind", "honour.recipients");

    private final Messages messages;

    HonourListWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] write(List<HonourRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("honour.export.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(messages.get(COLUMNS.get(i)));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (HonourRow h : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(h.awardedOn().toString());
                row.createCell(1).setCellValue(h.title());
                String level = "enum.HonourLevel." + h.level();
                row.createCell(2).setCellValue(messages.get(level));
                row.createCell(3).setCellValue(h.awardedBy());
                row.createCell(4).setCellValue(h.documentNo() == null ? "" : h.documentNo());
                row.createCell(5).setCellValue(messages.get(h.collective() ? "honour.collective" : "honour.individual"));
                row.createCell(6).setCellValue(h.collective() ? h.organizationName() : h.recipients());
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, i == 1 || i == 6 ? 40 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
