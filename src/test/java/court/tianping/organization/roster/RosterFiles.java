package court.tianping.organization.roster;

import court.tianping.core.IdCardNumber;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Real .xlsx roster files for tests, written with POI as an office clerk would fill them in. */
final class RosterFiles {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);
    static final List<String> HEADER = List.of("姓名*", "性别*", "民族", "身份证号*", "手机号", "所在党组织*", "人员类别*",
            "所在单位", "部门", "审判团队", "学历", "入党日期*", "党员状态*", "转正日期", "党内职务");

    private RosterFiles() {
    }

    static String newIdCard() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "110102198603" + String.format("%02d", 1 + n % 28) + String.format("%03d", n % 1000);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    /** A valid line for the given organisation: 姓名, 性别, 民族, 身份证号, 手机号, 所在党组织, 人员类别, …, 党内职务. */
    static List<Object> line(String name, String organization) {
        List<Object> line = new ArrayList<>(List.of(name, "女", "汉族", newIdCard(), "13588889999", organization,
                "法官助理", "", "", "", "大学本科", "2012-07-01", "正式党员", "2013-07-01", ""));
        return line;
    }

    static byte[] workbook(List<String> header, List<List<Object>> lines) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("党员花名册");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value instanceof java.time.LocalDate date) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle(workbook));
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook workbook) {
        org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
        return style;
    }

    static byte[] workbook(List<List<Object>> lines) throws IOException {
        return workbook(HEADER, lines);
    }
}
