package court.tianping.demand;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files on demands through the staff pages and the public QR page: what is accepted is stored, listed and
 * downloadable within the demand's data scope and audited; what is refused leaves nothing behind.
 */
@IntegrationTest
class DemandAttachmentIT {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** A file as a browser sends it: the type it announces follows the name, whatever the content is. */
    static MockMultipartFile file(String name, byte[] content) {
        String announced = name.endsWith(".png") ? "image/png" : name.endsWith(".pdf") ? "application/pdf" : "image/jpeg";
        return new MockMultipartFile("files", name, announced, content);
    }

    long xicheng() {
        return jdbc.sql("select id from court where name = '北京市西城区人民法院'").query(Long.class).single();
    }

    long demands() {
        return jdbc.sql("select count(*) from demand").query(Long.class).single();
    }

    long attachments() {
        return jdbc.sql("select count(*) from demand_attachment").query(Long.class).single();
    }

    List<String> fileNames(long demand) {
        return jdbc.sql("select file_name from demand_attachment where demand_id = :d order by id").param("d", demand)
                .query(String.class).list();
    }

    /** The office records a 12368 call from 西长安街, which goes to the secretary's branch at once. */
    MockMultipartHttpServletRequestBuilder call(String description, MockMultipartFile... files) {
        long street = jdbc.sql("select id from street where name = '西长安街街道'").query(Long.class).single();
        long category = jdbc.sql("select id from dispute_category where court_id = :c and name = '相邻关系'")
                .param("c", xicheng()).query(Long.class).single();
        MockMultipartHttpServletRequestBuilder request = multipart("/demands");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.with(as(accounts, "office")).with(csrf())
                .param("channel", "WALK_IN").param("requesterKind", "PERSON")
                .param("requesterName", "赵丽华").param("requesterPhone", "13922223333")
                .param("streetId", Long.toString(street)).param("categoryId", Long.toString(category))
                .param("service", "ON_SITE_RESOLUTION").param("urgency", "NORMAL").param("description", description);
        return request;
    }

    long recorded(MvcResult result) {
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/demands/", ""));
    }

    MockMultipartHttpServletRequestBuilder attach(long demand, String user, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/demands/{id}/attachments", demand);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.with(as(accounts, user)).with(csrf());
        return request;
    }

    long attachmentId(long demand, String name) {
        return jdbc.sql("select id from demand_attachment where demand_id = :d and file_name = :n")
                .param("d", demand).param("n", name).query(Long.class).single();
    }

    @Test
    void filesRecordedWithADemandAreListedDownloadableAndAudited() throws Exception {
        byte[] photo = SampleFiles.png();
        long id = recorded(mvc.perform(call("墙体渗水，附现场照片和物业回复。", file("C:\\照片\\渗水现场.png", photo),
                        file("物业回复.pdf", SampleFiles.pdf())))
                .andExpect(status().is3xxRedirection()).andReturn());
        assertThat(fileNames(id)).containsExactly("渗水现场.png", "物业回复.pdf");

        mvc.perform(get("/demands/{id}", id).with(as(accounts, "secretary"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("渗水现场.png")))
                .andExpect(content().string(containsString("/demands/" + id + "/attachments/" + attachmentId(id, "物业回复.pdf"))));
        byte[] downloaded = mvc.perform(get("/demands/{id}/attachments/{a}", id, attachmentId(id, "渗水现场.png"))
                        .with(as(accounts, "cellleader")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(photo);

        mvc.perform(attach(id, "member", file("调解笔录.jpg", SampleFiles.docx()))).andExpect(status().isNotFound());
        mvc.perform(attach(id, "secretary", file("调解笔录.docx", SampleFiles.docx())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "附件已上传。"));
        assertThat(fileNames(id)).containsExactly("渗水现场.png", "物业回复.pdf", "调解笔录.docx");
        List<String> audited = jdbc.sql("""
                        select actor from audit_log where subject_type = 'demand' and subject_id = :id
                        and action = 'demand.attachment-added' order by id""")
                .param("id", Long.toString(id)).query(String.class).list();
        assertThat(audited).containsExactly("office", "office", "secretary");
    }

    @Test
    void aProgramCalledAPhotoIsRefusedInChineseAndNothingIsStored() throws Exception {
        long demandsBefore = demands();
        long attachmentsBefore = attachments();
        mvc.perform(call("邻里纠纷，附照片。", file("现场照片.jpg", SampleFiles.exe())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件“现场照片.jpg”的类型不允许上传")))
                .andExpect(content().string(containsString("邻里纠纷，附照片。")))
                .andExpect(content().string(containsString("所选文件尚未保存，请重新选择。")));
        assertThat(demands()).isEqualTo(demandsBefore);
        assertThat(attachments()).isEqualTo(attachmentsBefore);

        long id = recorded(mvc.perform(call("邻里纠纷。")).andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(attach(id, "office", file("照片.png", SampleFiles.png()), file("照片2.jpg", SampleFiles.exe())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", containsString("文件“照片2.jpg”的类型不允许上传")));
        assertThat(fileNames(id)).isEmpty();
    }

    @Test
    void aRefusalSpeaksTheUsersLanguage() throws Exception {
        long id = recorded(mvc.perform(call("邻里纠纷。")).andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(attach(id, "office", file("page.pdf", SampleFiles.html())).param("lang", "en"))
                .andExpect(flash().attribute("failure", containsString("The file \"page.pdf\" is not of an allowed type")));
        assertThat(fileNames(id)).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        long id = recorded(mvc.perform(call("噪音扰民。")).andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(attach(id, "office", file("大图.png", SampleFiles.pngOfSize(TEN_MB + 1))))
                .andExpect(flash().attribute("failure", "文件“大图.png”超过 10 MB，不能上传，未保存任何内容。"));
        mvc.perform(attach(id, "office", file("刚好.png", SampleFiles.pngOfSize(TEN_MB))))
                .andExpect(flash().attribute("notice", "附件已上传。"));
        assertThat(fileNames(id)).containsExactly("刚好.png");
    }

    @Test
    void aDemandHoldsNoMoreThanFiveFiles() throws Exception {
        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = file("照片" + i + ".png", SampleFiles.png());
        }
        long demandsBefore = demands();
        mvc.perform(call("多张照片。", six)).andExpect(status().isOk())
                .andExpect(content().string(containsString("最多只能上传 5 个附件，您选择了 6 个")));
        assertThat(demands()).isEqualTo(demandsBefore);

        long id = recorded(mvc.perform(call("多张照片。", six[0], six[1], six[2], six[3]))
                .andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(attach(id, "secretary", six[4], six[5]))
                .andExpect(flash().attribute("failure", "每个需求最多 5 个附件：本需求已有 4 个，最多还能添加 1 个，未保存任何内容。"));
        mvc.perform(attach(id, "secretary")).andExpect(flash().attribute("failure", "请选择要上传的文件。"));
        mvc.perform(attach(id, "secretary", six[4])).andExpect(flash().attribute("notice", "附件已上传。"));
        assertThat(fileNames(id)).hasSize(5);
        mvc.perform(get("/demands/{id}", id).with(as(accounts, "secretary")))
                .andExpect(content().string(not(containsString("data-testid=\"attach-form\""))));
    }

    @Test
    void noOneReachesTheFilesOfADemandOutsideTheirScope() throws Exception {
        long ownBranch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        long foreign = jdbc.sql("""
                        select max(id) from demand where branch_id is not null and branch_id <> :b and court_id = :c
                        and state <> 'CLOSED'""")
                .param("b", ownBranch).param("c", xicheng()).query(Long.class).single();
        mvc.perform(attach(foreign, "office", file("外支部材料.pdf", SampleFiles.pdf())))
                .andExpect(flash().attribute("notice", "附件已上传。"));
        long file = attachmentId(foreign, "外支部材料.pdf");
        List<String> held = fileNames(foreign);

        mvc.perform(get("/demands/{id}/attachments/{a}", foreign, file).with(as(accounts, "leader"))).andExpect(status().isOk());
        for (String outsider : List.of("secretary", "cellleader", "member", "partner")) {
            mvc.perform(get("/demands/{id}/attachments/{a}", foreign, file).with(as(accounts, outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/demands/{id}/attachments/{a}", foreign, file).with(as(accounts, "discipline")))
                .andExpect(status().isForbidden());
        mvc.perform(attach(foreign, "secretary", file("越权.pdf", SampleFiles.pdf()))).andExpect(status().isNotFound());
        mvc.perform(attach(foreign, "leader", file("越权.pdf", SampleFiles.pdf()))).andExpect(status().isForbidden());
        assertThat(fileNames(foreign)).isEqualTo(held);

        long own = recorded(mvc.perform(call("本支部需求。")).andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(get("/demands/{id}/attachments/{a}", own, file).with(as(accounts, "secretary")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClosedDemandTakesNoMoreFiles() throws Exception {
        long closed = jdbc.sql("select max(id) from demand where state = 'CLOSED' and court_id = :c")
                .param("c", xicheng()).query(Long.class).single();
        long before = fileNames(closed).size();
        mvc.perform(attach(closed, "office", file("补充.pdf", SampleFiles.pdf())))
                .andExpect(flash().attribute("failure", "该需求当前为“已结案”，不能添加附件。"));
        assertThat(fileNames(closed)).hasSize((int) before);
    }

    MockMultipartHttpServletRequestBuilder publicSubmission(String description, MockMultipartFile... files) {
        // a community of 西城, whose office the tests sign in as (codes are random, so the first code may be another court's)
        String code = jdbc.sql("""
                select min(p.code) from service_point p join court c on c.id = p.court_id
                where p.kind = 'COMMUNITY' and c.name = '北京市西城区人民法院'""").query(String.class).single();
        MockMultipartHttpServletRequestBuilder request = multipart("/public/q/{code}", code);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        String client = "10.9." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200);
        request.with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })
                .param("requesterName", "孙桂芝").param("requesterPhone", "13633334444").param("service", "PRE_LITIGATION_MEDIATION")
                .param("description", description).param("idempotencyKey", UUID.randomUUID().toString());
        return request;
    }

    @Test
    void aResidentsPhotoComesWithTheDemandButNeverShowsOnTheTrackingPage() throws Exception {
        byte[] photo = SampleFiles.jpeg();
        String tracking = mvc.perform(publicSubmission("小区停车位被占，协商无果。", file("IMG_2041.jpg", photo)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = tracking.substring(tracking.lastIndexOf('/') + 1);
        long id = jdbc.sql("select id from demand where tracking_code = :c").param("c", code).query(Long.class).single();
        assertThat(fileNames(id)).containsExactly("IMG_2041.jpg");
        assertThat(jdbc.sql("select uploaded_by from demand_attachment where demand_id = :d").param("d", id)
                .query(String.class).single()).isEqualTo("public");

        mvc.perform(get(tracking)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("IMG_2041"))))
                .andExpect(content().string(not(containsString("/attachments/"))));
        mvc.perform(get("/demands/{id}", id).with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("IMG_2041.jpg")))
                .andExpect(content().string(containsString("诉求人（扫码提交）")));
    }

    @Test
    void aBadFileOnThePublicPageCreatesNothingAndKeepsWhatWasTyped() throws Exception {
        long demandsBefore = demands();
        long attachmentsBefore = attachments();
        mvc.perform(publicSubmission("房屋漏水，附合同。", file("合同.jpg", SampleFiles.exe())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("文件“合同.jpg”不是照片或 PDF 文件")))
                .andExpect(content().string(containsString("房屋漏水，附合同。")))
                .andExpect(content().string(containsString("所选文件尚未保存，请重新选择。")));
        mvc.perform(publicSubmission("房屋漏水，附合同。", file("合同.docx", SampleFiles.docx())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不是照片或 PDF 文件")));
        MockMultipartFile photo = file("照片.png", SampleFiles.png());
        mvc.perform(publicSubmission("房屋漏水。", photo, photo, photo, photo))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("最多只能上传 3 个附件，您选择了 4 个")));
        mvc.perform(publicSubmission("房屋漏水。", file("大图.png", SampleFiles.pngOfSize(TEN_MB + 1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("超过 10 MB")));
        assertThat(demands()).isEqualTo(demandsBefore);
        assertThat(attachments()).isEqualTo(attachmentsBefore);
    }
}
