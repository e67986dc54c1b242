package court.tianping.organization.roster;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RosterExportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RosterReader reader;

    private List<List<String>> export(String user, String... query) throws Exception {
        var request = get("/roster/export").with(as(accounts, user));
        for (int i = 0; i < query.length; i += 2) {
            request = request.param(query[i], query[i + 1]);
        }
        byte[] file = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < RosterFiles.HEADER.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theExportHasTheTemplateLayoutAndEveryMemberOfTheCourt() throws Exception {
        List<List<String>> rows = export("office");
        assertThat(rows.get(0)).isEqualTo(RosterFiles.HEADER);
        long members = jdbc.sql("select count(*) from member m join court c on c.id = m.court_id"
                + " where c.name = '北京市西城区人民法院'").query(Long.class).single();
        assertThat(rows).hasSize((int) members + 1);
        assertThat(rows.stream().skip(1).map(r -> r.get(3))).allSatisfy(id -> assertThat(id).hasSize(18).doesNotContain("*"));
        assertThat(rows.stream().skip(1).map(r -> r.get(14))).anySatisfy(posts -> assertThat(posts).contains("书记"));
    }

    @Test
    void anExportedLineReadsBackAsTheSameMember() throws Exception {
        List<List<String>> rows = export("office", "position", "MEDIATOR");
        assertThat(rows).hasSizeGreaterThan(1);
        List<String> line = rows.get(1);
        String idCard = line.get(3);
        var stored = jdbc.sql("select name, employer from member where id_card_no = :id").param("id", idCard)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(line.get(0)).isEqualTo(stored.get(0));
        assertThat(line.get(6)).isEqualTo("人民调解员");
        assertThat(line.get(7)).isEqualTo(stored.get(1));
    }

    @Test
    void aBranchSecretaryExportsOnlyTheirBranchWithPersonalDataMasked() throws Exception {
        List<List<String>> rows = export("secretary");
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(rows.stream().skip(1).map(r -> r.get(5))).allSatisfy(o -> assertThat(o).startsWith("民事审判第一庭"));
        assertThat(rows.stream().skip(1).map(r -> r.get(3))).allSatisfy(id -> assertThat(id).contains("*"));
    }

    @Test
    void membersCannotExport() throws Exception {
        mvc.perform(get("/roster/export").with(as(accounts, "member"))).andExpect(status().isForbidden());
    }
}
