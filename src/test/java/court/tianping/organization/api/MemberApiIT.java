package court.tianping.organization.api;

import court.tianping.IntegrationTest;
import court.tianping.core.IdCardNumber;
import court.tianping.platform.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MemberApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(300);
    private static final String ADMIN = "Bearer demo-admin-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private String secretary;
    private String member;

    @BeforeEach
    void tokens() {
        secretary = "Bearer " + tokens.create("测试-支部书记", "secretary", "test");
        member = "Bearer " + tokens.create("测试-党员", "member", "test");
    }

    static String newIdCard() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "110101199002" + String.format("%02d", 1 + n % 28) + String.format("%03d", n % 1000);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private long xicheng(String organizationName) {
        return jdbc.sql("select o.id from party_organization o join court c on c.id = o.court_id"
                + " where o.name = :n and c.name = '北京市西城区人民法院'").param("n", organizationName).query(Long.class).single();
    }

    private long memberOf(String organizationName) {
        return jdbc.sql("select max(id) from member where organization_id = :o").param("o", xicheng(organizationName))
                .query(Long.class).single();
    }

    private long members() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }

    private static String body(long organizationId, String name, String idCard) {
        return """
                {"organizationId": %d, "name": "%s", "gender": "MALE", "idCardNo": "%s", "phone": "13700001111",
                 "position": "JUDGE", "joinedPartyOn": "2014-07-01", "status": "FULL", "fullMemberOn": "2015-07-01",
                 "posts": []}""".formatted(organizationId, name, idCard);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void listsMembersPagedWithPersonalDataMasked() throws Exception {
        long branch = xicheng("民事审判第一庭党支部");
        mvc.perform(get("/api/v1/members").header("Authorization", ADMIN).param("organization", Long.toString(branch))
                        .param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(5))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.totalElements").value(is(greaterThan5())))
                .andExpect(jsonPath("$.content[*].organizationName", everyItem(containsString("民事审判第一庭"))))
                .andExpect(jsonPath("$.content[0].maskedIdCard", containsString("*")));
    }

    private static org.hamcrest.Matcher<Integer> greaterThan5() {
        return org.hamcrest.Matchers.greaterThan(5);
    }

    @Test
    void filtersByPositionStatusAndName() throws Exception {
        mvc.perform(get("/api/v1/members").header("Authorization", ADMIN).param("position", "MEDIATOR"))
                .andExpect(jsonPath("$.content[*].position", everyItem(is("MEDIATOR"))))
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/members").header("Authorization", ADMIN).param("name", "不存在的名字"))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void createsReadsUpdatesAndTransfersAMember() throws Exception {
        String idCard = newIdCard();
        long cell = jdbc.sql("select min(o.id) from party_organization o where o.parent_id = :b")
                .param("b", xicheng("金融审判庭党支部")).query(Long.class).single();
        String location = mvc.perform(json(post("/api/v1/members"), ADMIN, body(cell, "接口新增", idCard)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/members/")))
                .andExpect(jsonPath("$.idCardNo").value(idCard))
                .andExpect(jsonPath("$.birthDate").value("1990-02-" + idCard.substring(12, 14)))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        int version = jdbc.sql("select version from member where id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(json(put("/api/v1/members/" + id), ADMIN, body(cell, "接口修改", idCard)
                        .replace("\"posts\": []", "\"posts\": [], \"version\": " + version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("接口修改"));

        long target = xicheng("审判管理办公室党支部");
        mvc.perform(json(post("/api/v1/members/" + id + "/transfer"), ADMIN,
                        "{\"toOrganizationId\": " + target + ", \"transferredOn\": \"2026-11-01\", \"reason\": \"岗位交流\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.organizationId").value(target));
        mvc.perform(get("/api/v1/members/" + id + "/transfers").header("Authorization", ADMIN))
                .andExpect(jsonPath("$[0].reason").value("岗位交流"))
                .andExpect(jsonPath("$[0].fromOrganizationId").value(cell));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        long id = memberOf("研究室党支部");
        String[] row = jdbc.sql("select id_card_no, cast(joined_party_on as varchar(10)), name, organization_id from member where id = :id")
                .param("id", id).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        String stale = """
                {"name": "过期修改", "gender": "MALE", "idCardNo": "%s", "position": "JUDICIAL_ADMINISTRATION",
                 "joinedPartyOn": "%s", "status": "FULL", "version": -5}""".formatted(row[0], row[1]);
        mvc.perform(json(put("/api/v1/members/" + id), ADMIN, stale))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("已被他人修改")));
        assertThat(jdbc.sql("select name from member where id = :id").param("id", id).query(String.class).single()).isEqualTo(row[2]);
    }

    @Test
    void anInvalidIdCardIsRejectedInTheCallersLanguage() throws Exception {
        long before = members();
        long branch = xicheng("立案庭党支部");
        mvc.perform(json(post("/api/v1/members"), ADMIN, body(branch, "错号", "110101199002010011")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("身份证号无效")))
                .andExpect(jsonPath("$.code").value("error.id-card.invalid"));
        mvc.perform(json(post("/api/v1/members"), ADMIN, body(branch, "错号", "110101199002010011"))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail", containsString("ID-card number is not valid")));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aDuplicateIdCardIsRejected() throws Exception {
        String taken = jdbc.sql("select min(id_card_no) from member").query(String.class).single();
        long before = members();
        mvc.perform(json(post("/api/v1/members"), ADMIN, body(xicheng("立案庭党支部"), "重复", taken)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("已登记")));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void missingFieldsAndMalformedJsonAreBadRequests() throws Exception {
        long before = members();
        mvc.perform(json(post("/api/v1/members"), ADMIN, "{\"organizationId\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("idCardNo")));
        mvc.perform(json(post("/api/v1/members"), ADMIN, "{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("请求格式不正确")));
        mvc.perform(json(post("/api/v1/members"), ADMIN, body(1, "日期", newIdCard()).replace("2014-07-01", "2014-13-01")))
                .andExpect(status().isBadRequest());
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/members")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("请先登录")));
        mvc.perform(get("/api/v1/members").header("Authorization", "Bearer nonsense").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("sign in")));
        String revoked = tokens.create("测试-吊销", "office", "test");
        long id = jdbc.sql("select max(id) from api_token").query(Long.class).single();
        tokens.revoke(id, "test");
        mvc.perform(get("/api/v1/members").header("Authorization", "Bearer " + revoked)).andExpect(status().isUnauthorized());
    }

    @Test
    void aMemberTokenCannotCreateMembers() throws Exception {
        long before = members();
        mvc.perform(json(post("/api/v1/members"), member, body(xicheng("立案庭党支部"), "越权", newIdCard())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("没有执行此操作的权限")));
        mvc.perform(json(post("/api/v1/members"), member, "{}")).andExpect(status().isForbidden());
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aBranchSecretaryTokenStaysInsideTheBranch() throws Exception {
        long own = xicheng("民事审判第一庭党支部");
        long ownCount = jdbc.sql("""
                select count(*) from member m join party_organization o on o.id = m.organization_id
                where o.path like (select path from party_organization where id = :b) || '%'""")
                .param("b", own).query(Long.class).single();
        mvc.perform(get("/api/v1/members").header("Authorization", secretary).param("size", "200"))
                .andExpect(jsonPath("$.totalElements").value(ownCount))
                .andExpect(jsonPath("$.content[*].organizationName", everyItem(containsString("民事审判第一庭"))));
        long foreign = memberOf("刑事审判庭党支部");
        mvc.perform(get("/api/v1/members/" + foreign).header("Authorization", secretary)).andExpect(status().isNotFound());
        String foreignName = jdbc.sql("select name from member where id = :id").param("id", foreign).query(String.class).single();
        String[] row = jdbc.sql("select id_card_no, cast(joined_party_on as varchar(10)), version from member where id = :id")
                .param("id", foreign).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        mvc.perform(json(put("/api/v1/members/" + foreign), secretary, """
                        {"name": "越权修改", "gender": "MALE", "idCardNo": "%s", "position": "JUDGE",
                         "joinedPartyOn": "%s", "status": "FULL", "version": %s}""".formatted(row[0], row[1], row[2])))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from member where id = :id").param("id", foreign).query(String.class).single())
                .isEqualTo(foreignName);
        long before = members();
        mvc.perform(json(post("/api/v1/members"), secretary, body(xicheng("刑事审判庭党支部"), "越权", newIdCard())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("不在您的管理范围内")));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void personalDataIsFullOnlyForThoseAllowed() throws Exception {
        long id = memberOf("民事审判第一庭党支部");
        String idCard = jdbc.sql("select id_card_no from member where id = :id").param("id", id).query(String.class).single();
        mvc.perform(get("/api/v1/members/" + id).header("Authorization", ADMIN)).andExpect(jsonPath("$.idCardNo").value(idCard));
        mvc.perform(get("/api/v1/members/" + id).header("Authorization", secretary))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idCardNo", not(is(idCard))));
    }
}
