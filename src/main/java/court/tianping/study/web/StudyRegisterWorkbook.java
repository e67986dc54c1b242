package court.tianping.study.web;

import court.tianping.platform.Messages;
import court.tianping.study.application.StudyHours.Period;
import court.tianping.study.application.StudyHours.Tally;
import court.tianping.study.application.StudyRegister.InspectionEntry;
import court.tianping.study.application.StudyRegister.SessionEntry;
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
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The study register (学习教育登记簿) of a period as a Party-affairs office files it: one sheet of the sessions
 * held (date, form, topic, organisation, who led, place, hours, attendance and names), one of each member's
 * hours and training completion, one of the 督学 inspections with their findings and follow-up. Each sheet
 * opens with a title row naming the court and the period.
 */
class StudyRegisterWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private CellStyle title;
    private CellStyle header;

    StudyRegisterWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] write(String court, Period period, List<SessionEntry> sessions, List<Tally> members,
                 List<InspectionEntry> inspections) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(workbook);
            String periodText = messages.get("study.register.period", period.from(), period.to());
            sessions(sheet(workbook, "study.register.sheet.sessions", court, periodText, 11), sessions);
            members(sheet(workbook, "study.register.sheet.hours", court, periodText, 7), members);
            inspections(sheet(workbook, "study.register.sheet.inspections", court, periodText, 9), inspections);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styles(XSSFWorkbook workbook) {
        title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    private Sheet sheet(XSSFWorkbook workbook, String nameKey, String court, String period, int columns) {
        Sheet sheet = workbook.createSheet(messages.get(nameKey));
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue(court + " " + messages.get(nameKey) + "（" + period + "）");
        row.getCell(0).setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        return sheet;
    }

    private void sessions(Sheet sheet, List<SessionEntry> entries) {
        headerRow(sheet, "study.register.no", "study.register.date", "study.register.time", "study.kind",
                "label.study.title", "label.study.organization", "study.leader", "label.study.place",
                "study.register.hours", "study.register.count", "study.register.attendees");
        int r = 2;
        for (SessionEntry e : entries) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 1);
            row.createCell(1).setCellValue(e.startsAt().format(DAY));
            row.createCell(2).setCellValue(e.startsAt().format(TIME) + "-" + e.endsAt().format(TIME));
            row.createCell(3).setCellValue(label("enum.StudyKind.", e.kind()));
            row.createCell(4).setCellValue(e.title());
            row.createCell(5).setCellValue(e.organization());
            row.createCell(6).setCellValue(e.leader());
            row.createCell(7).setCellValue(e.place() == null ? "" : e.place());
            row.createCell(8).setCellValue(Math.round(e.minutes() / 6.0) / 10.0);
            row.createCell(9).setCellValue(e.attendees().size());
            row.createCell(10).setCellValue(String.join("、", e.attendees()));
            r++;
        }
        widths(sheet, 6, 12, 12, 12, 36, 28, 10, 16, 8, 8, 60);
    }

    private void members(Sheet sheet, List<Tally> members) {
        headerRow(sheet, "study.register.no", "label.member", "study.hours.sessions", "study.hours.hours",
                "study.hours.enrolled", "study.hours.completed", "study.hours.completion");
        int r = 2;
        for (Tally t : members) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 1);
            row.createCell(1).setCellValue(t.name());
            row.createCell(2).setCellValue(t.sessions());
            row.createCell(3).setCellValue(t.hours().doubleValue());
            row.createCell(4).setCellValue(t.enrolled());
            row.createCell(5).setCellValue(t.completed());
            row.createCell(6).setCellValue(t.completionRate() == null ? "" : t.completionRate() + "%");
            r++;
        }
        widths(sheet, 6, 14, 10, 10, 10, 10, 10);
    }

    private void inspections(Sheet sheet, List<InspectionEntry> entries) {
        headerRow(sheet, "study.register.no", "study.inspection.planned-on", "study.inspection.inspected-on",
                "study.inspection.organization", "study.inspection.method", "study.inspection.inspector",
                "label.study.finding", "study.inspection.finding-state", "label.study.follow-up");
        int r = 2;
        for (InspectionEntry e : entries) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 1);
            row.createCell(1).setCellValue(e.plannedOn().format(DAY));
            row.createCell(2).setCellValue(e.inspectedOn() == null ? "" : e.inspectedOn().format(DAY));
            row.createCell(3).setCellValue(e.organization());
            row.createCell(4).setCellValue(label("enum.InspectionMethod.", e.method()));
            row.createCell(5).setCellValue(e.inspector());
            row.createCell(6).setCellValue(e.finding() == null ? "" : e.finding());
            row.createCell(7).setCellValue(e.findingState() == null ? "" : label("enum.FindingState.", e.findingState()));
            row.createCell(8).setCellValue(e.followUp() == null ? "" : e.followUp());
            r++;
        }
        widths(sheet, 6, 12, 12, 28, 12, 10, 40, 10, 40);
    }

    private void headerRow(Sheet sheet, String... keys) {
        Row row = sheet.createRow(1);
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(messages.get(keys[i]));
            row.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 2);
    }

    private String label(String prefix, String name) {
        String key = prefix + name;
        return messages.get(key);
    }

    private static void widths(Sheet sheet, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
