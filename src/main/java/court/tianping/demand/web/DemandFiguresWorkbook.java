package court.tianping.demand.web;

import court.tianping.demand.application.DemandFigures.Figures;
import court.tianping.demand.application.DemandFigures.Hotspot;
import court.tianping.demand.application.DemandFigures.Rates;
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

/** The demand figures as an Excel workbook: the three rates by court, branch, street, category, channel and month, and hotspots. */
class DemandFiguresWorkbook {

    private final Messages messages;
    private CellStyle header;
    private CellStyle percent;

    DemandFiguresWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] write(Figures f) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            rates(workbook.createSheet(messages.get("demand.figures.sheet.overall")), List.of(f.overall().named(
                    messages.get("demand.figures.period", f.from(), f.to()))));
            rates(workbook.createSheet(messages.get("demand.figures.by-court")), f.byCourt());
            rates(workbook.createSheet(messages.get("demand.figures.by-branch")), f.byBranch());
            rates(workbook.createSheet(messages.get("demand.figures.by-street")), f.byStreet());
            rates(workbook.createSheet(messages.get("demand.figures.by-category")), f.byCategory());
            rates(workbook.createSheet(messages.get("demand.figures.by-month")), f.byMonth());
            hotspots(workbook.createSheet(messages.get("demand.figures.hotspots")), f.hotspots());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rates(Sheet sheet, List<Rates> rates) {
        headerRow(sheet, "demand.figures.group", "demand.figures.total", "demand.figures.response-rate",
                "demand.figures.resolution-rate", "demand.figures.satisfaction-rate", "demand.figures.before-litigation");
        int r = 1;
        for (Rates rate : rates) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(rate.name());
            row.createCell(1).setCellValue(rate.total());
            ratio(row, 2, rate.responseRate());
            ratio(row, 3, rate.resolutionRate());
            ratio(row, 4, rate.satisfactionRate());
            ratio(row, 5, rate.beforeLitigationRate());
        }
        sheet.setColumnWidth(0, 40 * 256);
    }

    private void hotspots(Sheet sheet, List<Hotspot> hotspots) {
        headerRow(sheet, "demand.street", "demand.category", "demand.figures.count", "demand.figures.previous",
                "demand.figures.rise");
        int r = 1;
        for (Hotspot h : hotspots) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(h.street());
            row.createCell(1).setCellValue(h.category());
            row.createCell(2).setCellValue(h.count());
            row.createCell(3).setCellValue(h.previous());
            row.createCell(4).setCellValue(h.rise());
        }
    }

    private void headerRow(Sheet sheet, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(messages.get(keys[i]));
            row.getCell(i).setCellStyle(header);
            if (i > 0) {
                sheet.setColumnWidth(i, 14 * 256);
            }
        }
    }

    private void ratio(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(percent);
        }
    }
}
