package court.tianping.supervision.web;

import court.tianping.platform.Messages;
import court.tianping.supervision.application.WeeklyReports;
import court.tianping.supervision.application.WeeklyReports.Line;
import court.tianping.supervision.application.WeeklyReports.Report;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The weekly report as a workbook: one sheet for the branches, one for the members. */
@Component
class WeeklyReportWorkbook {

    private static final String[] COLUMNS = {"supervision.report.received", "supervision.report.praise",
            "supervision.report.complaints", "supervision.report.ratings", "supervision.report.average",
            "supervision.report.merits", "supervision.report.flaws"};

    private final Messages messages;

    WeeklyReportWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] write(Report report, List<Line> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(workbook, bold, messages.get("supervision.report.branches"), report,
                    lines.stream().filter(l -> l.subject() == WeeklyReports.LineSubject.BRANCH).toList(), false);
            sheet(workbook, bold, messages.get("supervision.report.members"), report,
                    lines.stream().filter(l -> l.subject() == WeeklyReports.LineSubject.MEMBER).toList(), true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(XSSFWorkbook workbook, CellStyle bold, String name, Report report, List<Line> lines, boolean members) {
        Sheet sheet = workbook.createSheet(name);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(messages.get("supervision.report.heading", report.weekStart(), report.weekEnd()));
        title.getCell(0).setCellStyle(bold);
        Row head = sheet.createRow(1);
        int c = 0;
        head.createCell(c++).setCellValue(messages.get("supervision.report.branch"));
        if (members) {
            head.createCell(c++).setCellValue(messages.get("supervision.report.member"));
        }
        for (String column : COLUMNS) {
            head.createCell(c++).setCellValue(messages.get(column));
        }
        head.forEach(cell -> cell.setCellStyle(bold));
        int r = 2;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            int i = 0;
            row.createCell(i++).setCellValue(line.organizationName() == null ? "" : line.organizationName());
            if (members) {
                row.createCell(i++).setCellValue(line.memberName() == null ? "" : line.memberName());
            }
            for (int value : new int[]{line.received(), line.praiseFounded(), line.complaintsFounded(), line.ratings()}) {
                row.createCell(i++).setCellValue(value);
            }
            row.createCell(i++).setCellValue(line.averageRating());
            row.createCell(i++).setCellValue(line.merits());
            row.createCell(i).setCellValue(line.flaws());
        }
        for (int i = 0; i < c; i++) {
            sheet.setColumnWidth(i, (i < 2 ? 28 : 12) * 256);
        }
        sheet.createFreezePane(0, 2);
    }
}
