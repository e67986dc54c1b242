package court.tianping.demand;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hotline API with the demo token: idempotent 12345 batches, all-or-none, and the figures. */
@IntegrationTest
class DemandApiIT {

    private static final String TOKEN = "Bearer demo-admin-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long xicheng() {
        return jdbc.sql("select id from court where name = '北京市西城区人民法院'").query(Long.class).single();
    }

    static String order(String number, String phone) {
        return """
                {"channel": "HOTLINE_12345", "orderNumber": "%s", "requesterName": "赵国庆", "requesterPhone": "%s",
                 "district": "西城区", "service": "CONSULTATION", "description": "小区路灯不亮，可能涉及物业服务合同。"}"""
                .formatted(number, phone);
    }

    long count() {
        return jdbc.sql("select count(*) from demand").query(Long.class).single();
    }

    @Test
    void aBatchOfWorkOrdersIsTakenOncePerOrderNumber() throws Exception {
        long before = count();
        String batch = "[" + order("API-T-0001", "13500000001") + "," + order("API-T-0002", "13500000002") + ","
                + order("API-T-0001", "13500000001") + "]";
        mvc.perform(post("/api/v1/demands/batch").param("court", Long.toString(xicheng())).header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].created").value(true))
                .andExpect(jsonPath("$[2].created").value(false));
        assertThat(count()).isEqualTo(before + 2);
        mvc.perform(post("/api/v1/demands/batch").param("court", Long.toString(xicheng())).header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].created").value(false))
                .andExpect(jsonPath("$[1].created").value(false));
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void aBatchWithOneBadOrderKeepsNothingAndNamesTheOrder() throws Exception {
        long before = count();
        String batch = "[" + order("API-T-0100", "13500000100") + "," + order("API-T-0101", "not-a-phone") + "]";
        mvc.perform(post("/api/v1/demands/batch").param("court", Long.toString(xicheng())).header("Authorization", TOKEN)
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("第 2 条")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aWorkOrderNumberLongerThanTheColumnIsRefusedInWords() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/demands").param("court", Long.toString(xicheng())).header("Authorization", TOKEN)
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content(order("API-T-" + "9".repeat(40), "13500000200")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("工单编号不能超过 40 个字符")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void figuresGiveTheThreeRates() throws Exception {
        mvc.perform(get("/api/v1/demands/figures").header("Authorization", TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.total").isNumber())
                .andExpect(jsonPath("$.overall.responseRate").isNumber())
                .andExpect(jsonPath("$.overall.satisfactionRate").isNumber())
                .andExpect(jsonPath("$.byBranch").isArray());
        long total = jdbc.sql("select count(*) from demand where submitted_at >= :from").param("from",
                java.time.LocalDate.now().minusMonths(12).withDayOfMonth(1).atStartOfDay()).query(Long.class).single();
        assertThat(total).isPositive();
    }
}
