package court.tianping.organization.roster;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static court.tianping.Logins.as;
import static court.tianping.organization.roster.RosterFiles.line;
import static court.tianping.organization.roster.RosterFiles.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RosterImportIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private long members() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }

    private MvcResult upload(byte[] file, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/roster/import").file(new MockMultipartFile("file", "花名册.xlsx",
                        RosterController.XLSX.toString(), file)).with(as(accounts, "office")).with(csrf()).session(session))
                .andExpect(status().isOk()).andReturn();
    }

    private String rejectedBody(byte[] file) throws Exception {
        long before = members();
        String body = upload(file, new MockHttpSession()).getResponse().getContentAsString();
        assertThat(body).contains("未导入任何数据");
        assertThat(members()).isEqualTo(before);
        return body;
    }

    @Test
    void theTemplateHasTheRosterHeaderAndTheOrganisationsInScope() throws Exception {
        byte[] file = mvc.perform(get("/roster/template").with(as(accounts, "office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).isEqualTo(RosterFiles.HEADER);
            Sheet organizations = workbook.getSheet("党组织");
            List<String> names = new ArrayList<>();
            organizations.forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertThat(names).contains("民事审判第一庭党支部", "诉讼服务中心流动党支部").doesNotContain("北京市东城区人民法院党组");
            assertThat(workbook.getSheetAt(0).getDataValidations()).isNotEmpty();
        }
    }

    @Test
    void aGoodFileIsPreviewedThenImportedWhole() throws Exception {
        long before = members();
        List<Object> first = line("贺知书", "民事审判第三庭党支部");
        List<Object> second = line("尹如初", "诉讼服务中心流动党支部");
        second.set(6, "人民调解员");
        second.set(7, "西城区人民调解委员会");
        List<Object> third = line("祁望舒", "金融审判庭党支部");
        third.set(8, "金融审判庭");
        third.set(11, java.time.LocalDate.of(2013, 7, 1));
        MockHttpSession session = new MockHttpSession();
        String body = upload(workbook(List.of(first, second, third)), session).getResponse().getContentAsString();
        assertThat(body).contains("共 3 名党员可以导入").contains("贺知书").doesNotContain((String) first.get(3));
        assertThat(members()).isEqualTo(before);

        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/roster/import/confirm").param("token", token.group(1)).session(session)
                        .with(as(accounts, "office")).with(csrf()))
                .andExpect(redirectedUrl("/members"));
        assertThat(members()).isEqualTo(before + 3);
        assertThat(jdbc.sql("select cast(joined_party_on as varchar(10)) from member where name = '祁望舒'")
                .query(String.class).single()).isEqualTo("2013-07-01");
        mvc.perform(post("/roster/import/confirm").param("token", token.group(1)).session(session)
                        .with(as(accounts, "office")).with(csrf()))
                .andExpect(content().string(containsString("预览已失效")));
        assertThat(members()).isEqualTo(before + 3);
    }

    @Test
    void wrongColumnsAreNamed() throws Exception {
        List<String> header = new ArrayList<>(RosterFiles.HEADER);
        header.set(3, "证件号码");
        String body = rejectedBody(workbook(header, List.of(line("甲", "民事审判第三庭党支部"))));
        assertThat(body).contains("表头应为“身份证号”，实际为“证件号码”");
    }

    @Test
    void duplicateIdNumbersInTheFileNameBothRows() throws Exception {
        List<Object> first = line("乙一", "民事审判第三庭党支部");
        List<Object> second = line("乙二", "民事审判第三庭党支部");
        second.set(3, first.get(3));
        String body = rejectedBody(workbook(List.of(first, second)));
        assertThat(body).contains("第 3 行").contains("身份证号与第 2 行重复");
    }

    @Test
    void anIdNumberAlreadyRegisteredIsRefused() throws Exception {
        List<Object> line = line("丙", "民事审判第三庭党支部");
        line.set(3, jdbc.sql("select min(id_card_no) from member").query(String.class).single());
        assertThat(rejectedBody(workbook(List.of(line)))).contains("已登记在其他党员名下");
    }

    @Test
    void aBareNumberIsNotTakenForADate() throws Exception {
        List<Object> line = line("数字日期", "民事审判第三庭党支部");
        line.set(11, 41456);
        assertThat(rejectedBody(workbook(List.of(line)))).contains("“41456”不是有效日期");
    }

    @Test
    void everyBadCellIsListedByRowAndColumn() throws Exception {
        List<Object> badDate = line("丁", "民事审判第三庭党支部");
        badDate.set(11, "2012-02-30");
        List<Object> unknownOrganization = line("戊", "火星审判庭党支部");
        List<Object> badChoice = line("己", "民事审判第三庭党支部");
        badChoice.set(12, "积极分子");
        List<Object> badId = line("庚", "民事审判第三庭党支部");
        badId.set(3, "110102198603011230");
        List<Object> numericId = line("辛", "民事审判第三庭党支部");
        numericId.set(3, 1.10102198603011E17);
        String body = rejectedBody(workbook(List.of(badDate, unknownOrganization, badChoice, badId, numericId)));
        assertThat(body).contains("文件有 5 处错误")
                .contains("第 2 行").contains("“2012-02-30”不是有效日期")
                .contains("第 3 行").contains("未找到党组织“火星审判庭党支部”")
                .contains("第 4 行").contains("“积极分子”不是可选值")
                .contains("第 5 行").contains("身份证号无效")
                .contains("第 6 行").contains("被 Excel 当作数字保存");
    }

    @Test
    void theMembersOwnRulesAreCheckedAtPreview() throws Exception {
        List<Object> tooYoung = line("壬", "民事审判第三庭党支部");
        tooYoung.set(11, "2000-01-01");
        List<Object> mediatorInFunctionalBranch = line("癸", "民事审判第三庭党支部");
        mediatorInFunctionalBranch.set(6, "人民调解员");
        mediatorInFunctionalBranch.set(7, "调解委员会");
        String body = rejectedBody(workbook(List.of(tooYoung, mediatorInFunctionalBranch)));
        assertThat(body).contains("入党时须年满十八周岁").contains("非在编人员只能编入流动型党组织");
    }

    @Test
    void aLargeFileThatIsNotExcelIsRefusedClearly() throws Exception {
        byte[] noise = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(noise);
        assertThat(rejectedBody(noise)).contains("不是有效的 Excel 文件");
        assertThat(rejectedBody("姓名,性别\n张三,男\n".getBytes())).contains("不是有效的 Excel 文件");
    }

    @Test
    void anEmptyWorkbookOrAHeaderOnlyFileIsRefused() throws Exception {
        assertThat(rejectedBody(workbook(List.of(), List.of()))).contains("表头应为“姓名”");
        assertThat(rejectedBody(workbook(List.of()))).contains("只有表头，没有党员数据");
    }

    @Test
    void aRowRefusedAtConfirmationLeavesNothingBehind() throws Exception {
        long before = members();
        List<Object> first = line("子", "民事审判第三庭党支部");
        List<Object> secretary = line("丑", "民事审判第三庭党支部");
        secretary.set(14, "书记");
        MockHttpSession session = new MockHttpSession();
        String body = upload(workbook(List.of(first, secretary)), session).getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/roster/import/confirm").param("token", token.group(1)).session(session)
                        .with(as(accounts, "office")).with(csrf()))
                .andExpect(content().string(containsString("已有书记")))
                .andExpect(content().string(containsString("第 3 行")));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void confirmingWithoutAPreviewIsRefused() throws Exception {
        long before = members();
        mvc.perform(post("/roster/import/confirm").param("token", "forged").with(as(accounts, "office")).with(csrf()))
                .andExpect(content().string(containsString("预览已失效")));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void onlyThePartyOfficeAndTheAdminImport() throws Exception {
        mvc.perform(multipart("/roster/import").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
                        workbook(List.of(line("寅", "民事审判第一庭党支部"))))).with(as(accounts, "secretary")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/roster/template").with(as(accounts, "leader"))).andExpect(status().isForbidden());
    }
}
