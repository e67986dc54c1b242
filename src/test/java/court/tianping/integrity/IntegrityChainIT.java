package court.tianping.integrity;

import court.tianping.IntegrationTest;
import court.tianping.integrity.application.ChainVerification;
import court.tianping.integrity.application.IntegrityPeople;
import court.tianping.integrity.cli.IntegrityCommand;
import court.tianping.integrity.domain.ChainReport;
import court.tianping.integrity.domain.ChainReport.Finding;
import court.tianping.integrity.domain.ChainReport.Problem;
import court.tianping.platform.Messages;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The 三个规定 chain as stored: a record made through the page extends it intact; a record changed or deleted
 * directly in the database, behind the application's back, is found by the verification and by the command line,
 * which then exits non-zero. Each test puts the database back as it found it.
 */
@IntegrationTest
class IntegrityChainIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    ChainVerification verification;
    @Autowired
    IntegrityPeople people;
    @Autowired
    Messages messages;

    long court;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        court = accounts.findByUsername("member").orElseThrow().courtId();
    }

    static MvcResult record(MockMvc mvc, UserAccounts accounts, String user, String caseReference, String details) throws Exception {
        return mvc.perform(post("/integrity/records").with(as(accounts, user)).with(csrf())
                .param("type", "IMPROPER_CONTACT").param("caseReference", caseReference)
                .param("intervenerName", "周某").param("intervenerPost", "某律师事务所律师")
                .param("occurredAt", LocalDateTime.now().minusHours(3).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")))
                .param("details", details).param("handling", "当场拒绝并报告纪检监察室")).andReturn();
    }

    private long seqOfCase(String caseReference) {
        return jdbc.sql("select seq from interference_record where case_reference = :c").param("c", caseReference)
                .query(Long.class).single();
    }

    private Map<String, Object> row(long seq) {
        return template.queryForMap("select * from interference_record where court_id = ? and seq = ?", court, seq);
    }

    private CommandRun command() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = IntegrityCommand.verify(verification, people, messages, Locale.SIMPLIFIED_CHINESE,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new CommandRun(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private record CommandRun(int exit, String output) {
    }

    @Test
    void theDemoChainIsIntactAndARecordMadeThroughThePageExtendsIt() throws Exception {
        ChainReport before = verification.verify(court);
        assertThat(before.intact()).as(before.findings().toString()).isTrue();
        assertThat(before.checked()).isGreaterThanOrEqualTo(6);

        MvcResult result = record(mvc, accounts, "member", "(2026)京0102民初7001号", "约请承办法官私下见面");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/integrity");
        long seq = seqOfCase("(2026)京0102民初7001号");
        assertThat(result.getFlashMap().get("notice").toString()).contains("编号 " + seq);

        ChainReport after = verification.verify(court);
        assertThat(after.intact()).isTrue();
        assertThat(after.lastSeq()).isEqualTo(seq).isEqualTo(before.lastSeq() + 1);
        Map<String, Object> stored = row(seq);
        assertThat(stored.get("previous_hash").toString().strip())
                .isEqualTo(row(seq - 1).get("record_hash").toString().strip());
        assertThat(stored.get("recorder_member_id")).isEqualTo(accounts.findByUsername("member").orElseThrow().memberId());
        assertThat(command().exit()).isEqualTo(IntegrityCommand.INTACT);
    }

    @Test
    void theAuditLogKeepsTheNumberAndHashOfARecordButNotWhatItSays() throws Exception {
        record(mvc, accounts, "cellleader", "(2026)京0102民初7002号", "托人转交材料要求关照");
        long id = jdbc.sql("select id from interference_record where case_reference = '(2026)京0102民初7002号'")
                .query(Long.class).single();
        List<String> after = jdbc.sql("select after_state from audit_log where subject_type = 'interference-record' and subject_id = :id")
                .param("id", Long.toString(id)).query(String.class).list();
        assertThat(after).hasSize(1);
        assertThat(after.get(0)).contains("hash").doesNotContain("周某").doesNotContain("关照").doesNotContain("7002");
    }

    @Test
    void aRecordChangedInTheDatabaseIsReportedAndTheCommandLineExitsNonZero() {
        long seq = 2;
        String details = row(seq).get("details").toString();
        try {
            template.update("update interference_record set details = ? where court_id = ? and seq = ?",
                    details + "（事后删改）", court, seq);
            ChainReport report = verification.verify(court);
            assertThat(report.findings()).containsExactly(new Finding(Problem.ALTERED, seq, seq));
            assertThat(report.firstBadSeq()).isEqualTo(seq);
            CommandRun run = command();
            assertThat(run.exit()).isEqualTo(IntegrityCommand.TAMPERED);
            assertThat(run.output()).contains("第 2 号：内容被篡改").contains("首个异常编号 2");
        } finally {
            template.update("update interference_record set details = ? where court_id = ? and seq = ?", details, court, seq);
        }
        assertThat(verification.verify(court).intact()).isTrue();
        assertThat(command().exit()).isEqualTo(IntegrityCommand.INTACT);
    }

    @Test
    void aRecordWhoseHashWasChangedAlongWithItIsReported() {
        long seq = 1;
        Map<String, Object> original = row(seq);
        try {
            template.update("update interference_record set handling = ?, record_hash = ? where court_id = ? and seq = ?",
                    "未作处理", "f".repeat(64), court, seq);
            ChainReport report = verification.verify(court);
            assertThat(report.findings()).extracting(Finding::problem).contains(Problem.ALTERED);
            assertThat(report.firstBadSeq()).isEqualTo(1);
        } finally {
            template.update("update interference_record set handling = ?, record_hash = ? where court_id = ? and seq = ?",
                    original.get("handling"), original.get("record_hash"), court, seq);
        }
        assertThat(verification.verify(court).intact()).isTrue();
    }

    @Test
    void aRecordDeletedFromTheDatabaseIsReported() {
        long seq = 3;
        Map<String, Object> deleted = row(seq);
        try {
            template.update("delete from interference_record where court_id = ? and seq = ?", court, seq);
            ChainReport report = verification.verify(court);
            assertThat(report.findings()).containsExactly(new Finding(Problem.DELETED, seq, seq));
            CommandRun run = command();
            assertThat(run.exit()).isEqualTo(IntegrityCommand.TAMPERED);
            assertThat(run.output()).contains("第 3 号：记录被删除");
        } finally {
            List<String> columns = new ArrayList<>(deleted.keySet());
            template.update("insert into interference_record (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                    columns.stream().map(deleted::get).toArray());
        }
        assertThat(verification.verify(court).intact()).isTrue();
    }

    @Test
    void theNewestRecordDeletedIsReportedFromTheHeadOfTheChain() {
        long last = jdbc.sql("select last_seq from integrity_chain where court_id = :c").param("c", court).query(Long.class).single();
        Map<String, Object> deleted = row(last);
        try {
            template.update("delete from interference_record where court_id = ? and seq = ?", court, last);
            assertThat(verification.verify(court).findings()).containsExactly(new Finding(Problem.DELETED, last, last));
        } finally {
            List<String> columns = new ArrayList<>(deleted.keySet());
            template.update("insert into interference_record (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                    columns.stream().map(deleted::get).toArray());
        }
        assertThat(verification.verify(court).intact()).isTrue();
    }

    @Test
    void theDisciplineOfficesPageShowsWhereTheChainWasTamperedWith() throws Exception {
        String intact = mvc.perform(get("/integrity/verification").with(as(accounts, "discipline"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(intact).contains("记录链完整");
        String details = row(2).get("details").toString();
        try {
            template.update("update interference_record set details = ? where court_id = ? and seq = 2", "篡改", court);
            RequestContextHolder.resetRequestAttributes();
            String tampered = mvc.perform(get("/integrity/verification").with(as(accounts, "discipline"))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(tampered).contains("发现记录被篡改").contains("第 2 号：内容被篡改");
            RequestContextHolder.resetRequestAttributes();
            String api = mvc.perform(get("/api/v1/integrity/verification").with(as(accounts, "discipline"))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(api).contains("\"intact\":false").contains("\"problem\":\"ALTERED\"").contains("\"firstBadSeq\":2");
        } finally {
            template.update("update interference_record set details = ? where court_id = ? and seq = 2", details, court);
        }
    }
}
