package court.tianping.organization.roster;

import court.tianping.core.PersonalData;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.application.MemberQueries.RosterLine;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the roster layout: the empty template with pick lists, and exports of members. */
@Component
class RosterWriter {

    private static final int TEMPLATE_ROWS = 2000;

    private final RosterVocabulary vocabulary;

    RosterWriter(RosterVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The template: the header, pick lists for the closed columns, the organisations and instructions. */
    byte[] template(List<String> organizations, List<String> instructions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = rosterSheet(workbook);
            addPickList(sheet, RosterColumn.GENDER, vocabulary.labels(Gender.class));
            addPickList(sheet, RosterColumn.POSITION, vocabulary.labels(Position.class));
            addPickList(sheet, RosterColumn.EDUCATION, vocabulary.labels(Education.class));
            addPickList(sheet, RosterColumn.STATUS, vocabulary.labels(MembershipStatus.class));
            Sheet organizationSheet = workbook.createSheet("党组织");
            organizationSheet.createRow(0).createCell(0).setCellValue("党组织名称");
            for (int i = 0; i < organizations.size(); i++) {
                organizationSheet.createRow(i + 1).createCell(0).setCellValue(organizations.get(i));
            }
            organizationSheet.setColumnWidth(0, 48 * 256);
            if (!organizations.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation validation = helper.createValidation(
                        helper.createFormulaListConstraint("'党组织'!$A$2:$A$" + (organizations.size() + 1)),
                        column(RosterColumn.ORGANIZATION));
                sheet.addValidationData(validation);
            }
            Sheet help = workbook.createSheet("填写说明");
            for (int i = 0; i < instructions.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(instructions.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line in the template's layout, so an export can be edited and imported again. */
    byte[] export(List<RosterLine> lines, boolean fullPersonalData) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = rosterSheet(workbook);
            int index = 1;
            for (RosterLine line : lines) {
                Row row = sheet.createRow(index++);
                set(row, RosterColumn.NAME, line.name());
                set(row, RosterColumn.GENDER, vocabulary.label(line.gender()));
                set(row, RosterColumn.ETHNICITY, line.ethnicity());
                set(row, RosterColumn.ID_CARD, fullPersonalData ? line.idCardNo() : PersonalData.maskIdCard(line.idCardNo()));
                set(row, RosterColumn.PHONE, fullPersonalData ? line.phone() : PersonalData.maskPhone(line.phone()));
                set(row, RosterColumn.ORGANIZATION, line.organizationName());
                set(row, RosterColumn.POSITION, vocabulary.label(line.position()));
                set(row, RosterColumn.EMPLOYER, line.employer());
                set(row, RosterColumn.DEPARTMENT, line.departmentName());
                set(row, RosterColumn.TRIAL_TEAM, line.trialTeamName());
                set(row, RosterColumn.EDUCATION, vocabulary.label(line.education()));
                set(row, RosterColumn.JOINED_PARTY_ON, date(line.joinedPartyOn()));
                set(row, RosterColumn.STATUS, vocabulary.label(line.status()));
                set(row, RosterColumn.FULL_MEMBER_ON, date(line.fullMemberOn()));
                set(row, RosterColumn.POSTS, line.posts().stream().map(vocabulary::label).collect(Collectors.joining("、")));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roster sheet with its header; ID, phone and date columns are text so Excel keeps them as typed. */
    private static Sheet rosterSheet(Workbook workbook) {
        Sheet sheet = workbook.createSheet("党员花名册");
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row row = sheet.createRow(0);
        for (RosterColumn column : RosterColumn.values()) {
            row.createCell(column.ordinal()).setCellValue(column.title());
            row.getCell(column.ordinal()).setCellStyle(header);
            sheet.setColumnWidth(column.ordinal(), (column == RosterColumn.ORGANIZATION ? 30 : 14) * 256);
            sheet.setDefaultColumnStyle(column.ordinal(), text);
        }
        sheet.setColumnWidth(RosterColumn.ID_CARD.ordinal(), 22 * 256);
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void addPickList(Sheet sheet, RosterColumn column, String[] labels) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(labels), column(column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static CellRangeAddressList column(RosterColumn column) {
        return new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal());
    }

    private static void set(Row row, RosterColumn column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column.ordinal()).setCellValue(value);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
