package court.tianping.cobuilding.web;

import court.tianping.cobuilding.application.Activities.ActivityRow;
import court.tianping.cobuilding.application.CobuildingFigures;
import court.tianping.cobuilding.application.CobuildingFigures.StreetScore;
import court.tianping.platform.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The activity register (共建活动登记表) and the 1+6 scorecard as a Party-affairs office files them: a title row
 * with the period, a bordered header repeated on every printed page, one row per activity or street; in the
 * scorecard each missing cell is shaded.
 */
class CobuildingWorkbooks {

    private static final String[] ACTIVITY_COLUMNS = {"cobuilding.register.number", "cobuilding.activity.held-on",
            "cobuilding.activity.type", "cobuilding.activity.title", "cobuilding.activity.partner", "cobuilding.activity.street",
            "cobuilding.activity.branches", "cobuilding.activity.participants", "cobuilding.activity.people-reached",
            "cobuilding.activity.photos"};
    private static final int[] ACTIVITY_WIDTHS = {6, 12, 14, 36, 24, 14, 30, 40, 10, 8};
    private static final String[] SCORE_COLUMNS = {"cobuilding.register.number", "cobuilding.street", "cobuilding.score.outpost",
            "cobuilding.score.judge", "cobuilding.score.orders", "cobuilding.score.class", "cobuilding.score.activity",
            "cobuilding.score.report", "cobuilding.score.total"};
    private static final int[] SCORE_WIDTHS = {6, 16, 30, 24, 10, 10, 10, 10, 8};

    private final Messages messages;

    CobuildingWorkbooks(Messages messages) {
        this.messages = messages;
    }

    byte[] activities(List<ActivityRow> rows, LocalDate from, LocalDate to) {
        return write(messages.get("cobuilding.register.sheet"), messages.get("cobuilding.register.title", from, to),
                ACTIVITY_COLUMNS, ACTIVITY_WIDTHS, (sheet, styles) -> {
                    int r = 2;
                    for (ActivityRow a : rows) {
                        Object[] values = {r - 1, a.heldOn().toString(), label(a.type()), a.title(), a.partnerName(),
                                a.streetName() == null ? "" : a.streetName(), a.branches(), a.participants(), a.peopleReached(),
                                a.photos()};
                        fill(sheet.createRow(r++), values, styles.cell());
                    }
                });
    }

    byte[] scorecard(CobuildingFigures.Figures figures) {
        String present = messages.get("cobuilding.score.present");
        String missing = messages.get("cobuilding.score.missing");
        return write(messages.get("cobuilding.scorecard.sheet"),
                messages.get("cobuilding.scorecard.title", figures.from(), figures.to()), SCORE_COLUMNS, SCORE_WIDTHS,
                (sheet, styles) -> {
                    int r = 2;
                    for (StreetScore s : figures.scorecard()) {
                        Object[] values = {r - 1, s.streetName(),
                                s.outpost() ? String.join("、", s.stations().stream().map(CobuildingFigures.Station::name).toList()) : missing,
                                s.judge() ? s.judgeBranch() : missing, s.ordered() ? s.orders() + "" : missing,
                                s.lectured() ? s.lectures() + "" : missing, s.active() ? s.activities() + "" : missing,
                                s.reported() ? present : missing, s.score() + "/6"};
                        Row row = sheet.createRow(r++);
                        fill(row, values, styles.cell());
                        for (int c = 2; c < 8; c++) {
                            if (missing.equals(row.getCell(c).getStringCellValue())) {
                                row.getCell(c).setCellStyle(styles.missing());
                            }
                        }
                    }
                });
    }

    private record Styles(CellStyle cell, CellStyle missing) {
    }

    private interface Body {
        void write(Sheet sheet, Styles styles);
    }

    private byte[] write(String sheetName, String titleText, String[] columns, int[] widths, Body body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
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
            CellStyle missing = bordered(workbook);
            missing.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            missing.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(titleText);
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
            Row head = sheet.createRow(1);
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(messages.get(columns[c]));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            body.write(sheet, new Styles(cell, missing));
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, columns.length - 1));
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, Object[] values, CellStyle style) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Integer n) {
                row.createCell(c).setCellValue(n);
            } else {
                row.createCell(c).setCellValue(String.valueOf(values[c]));
            }
            row.getCell(c).setCellStyle(style);
        }
    }

    private String label(Enum<?> value) {
        return messages.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
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
