package court.tianping.e2e;

import court.tianping.core.IdCardNumber;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class RosterE2E extends BrowserTest {

    private static final List<String> HEADER = List.of("姓名*", "性别*", "民族", "身份证号*", "手机号", "所在党组织*",
            "人员类别*", "所在单位", "部门", "审判团队", "学历", "入党日期*", "党员状态*", "转正日期", "党内职务");

    private static String idCard(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static Path roster(String name, List<List<String>> lines) throws IOException {
        Path file = Path.of("target", "e2e-files", name);
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("党员花名册");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < lines.get(r).size(); c++) {
                    row.createCell(c).setCellValue(lines.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static List<String> line(String name, String idCard, String joined) {
        return List.of(name, "男", "汉族", idCard, "13912345678", "民事审判第二庭党支部", "书记员", "", "", "", "大学本科",
                joined, "正式党员", "", "");
    }

    @Test
    void thePartyOfficeImportsARosterAfterReviewingIt() throws IOException {
        Path file = roster("good.xlsx", List.of(line("欧阳明远", idCard("11010219930301001"), "2016-05-04"),
                line("司马静宜", idCard("11010219940402002"), "2017-06-30")));
        logIn("office");
        page.click("text=花名册");
        page.setInputFiles("#file", file);
        page.click("[data-testid=import-form] button[type=submit]");
        assertThat(page.getByTestId("roster-ready")).containsText("共 2 名党员可以导入");
        assertThat(page.getByTestId("roster-rows")).containsText("欧阳明远");
        page.getByTestId("confirm-import").click();
        page.waitForURL(url("/members"));
        assertThat(page.locator(".alert-success")).containsText("已导入 2 名党员");
        page.navigate(url("/members?q=司马静宜"));
        assertThat(page.getByTestId("member-total")).hasText("共 1 条");
    }

    @Test
    void aBadRosterIsRejectedWithEveryErrorAndNothingImported() throws IOException {
        Path file = roster("bad.xlsx", List.of(line("错行甲", "110102199303010010", "2016-05-04"),
                line("错行乙", idCard("11010219950505003"), "2016-13-01")));
        logIn("office");
        page.navigate(url("/roster"));
        page.setInputFiles("#file", file);
        page.click("[data-testid=import-form] button[type=submit]");
        assertThat(page.getByTestId("roster-rejected")).containsText("未导入任何数据");
        assertThat(page.getByTestId("roster-errors")).containsText("第 2 行");
        assertThat(page.getByTestId("roster-errors")).containsText("身份证号无效");
        assertThat(page.getByTestId("roster-errors")).containsText("第 3 行");
        assertThat(page.getByTestId("roster-errors")).containsText("不是有效日期");
        page.navigate(url("/members?q=错行"));
        assertThat(page.getByTestId("member-total")).hasText("共 0 条");
    }
}
