package court.tianping.demand;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public QR page: hostile and repeated input creates nothing; the tracking page shows only masked data. */
@IntegrationTest
class PublicDemandIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String code() {
        return jdbc.sql("select min(code) from service_point where kind = 'COMMUNITY'").query(String.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from demand").query(Long.class).single();
    }

    MockHttpServletRequestBuilder submission(String client, String name, String phone, String description, String key) {
        return post("/public/q/{code}", code()).with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })
                .param("requesterName", name).param("requesterPhone", phone).param("service", "PRE_LITIGATION_MEDIATION")
                .param("description", description).param("idempotencyKey", key);
    }

    @Test
    void badInputGetsAClearMessageAndCreatesNothing() throws Exception {
        long before = count();
        String client = "10.0.0." + (int) (Math.random() * 200);
        mvc.perform(submission(client, "", "13800001111", "漏水", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("请填写诉求人姓名")));
        mvc.perform(submission(client, "张三", "123", "漏水", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("请填写正确的联系电话")));
        mvc.perform(submission(client, "张三", "13800001111", "<script>alert('x')</script>", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("不能包含网页标签")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(submission(client, "张三", "13800001111", "长".repeat(100_000), UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("不能超过 2000 个字")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRepeatedSubmissionCreatesOneDemandAndTheTrackingPageMasksTheRequester() throws Exception {
        long before = count();
        String key = UUID.randomUUID().toString();
        String client = "10.1.0." + (int) (Math.random() * 200);
        String first = mvc.perform(submission(client, "王秀英", "13912345678", "邻居装修噪音扰民，请求调解。", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(submission(client, "王秀英", "13912345678", "邻居装修噪音扰民，请求调解。", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);
        mvc.perform(get(first)).andExpect(status().isOk())
                .andExpect(content().string(containsString("王**")))
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))));
        mvc.perform(get("/public/track/ZZZZZZZZZZ")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("跟踪码不正确")));
    }

    @Test
    void aFloodFromOneClientIsRefused() throws Exception {
        String client = "10.2.0." + (int) (Math.random() * 200);
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = mvc.perform(submission(client, "", "1", "x", UUID.randomUUID().toString())).andReturn()
                    .getResponse().getStatus();
            if (status == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
    }
}
