package court.tianping.triage;

import court.tianping.IntegrationTest;
import court.tianping.core.DomainException;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The learning loop on the demo court: a demand arrives with a suggestion the dispatcher sees, accepts with
 * one click or corrects; a correction changes the suggestion once the model is learnt again a day later;
 * versions can be rolled back; the triage page shows how often suggestions were accepted.
 */
@IntegrationTest
class TriageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TriageModels models;
    @Autowired
    TriageSubjects subjects;
    @Autowired
    Clock clock;

    long court(String name) {
        return jdbc.sql("select id from court where name = :name").param("name", name).query(Long.class).single();
    }

    long xicheng() {
        return court("北京市西城区人民法院");
    }

    long category(String name) {
        return jdbc.sql("select id from dispute_category where court_id = :court and name = :name")
                .param("court", xicheng()).param("name", name).query(Long.class).single();
    }

    long branch(String name) {
        return jdbc.sql("select id from party_organization where court_id = :court and name = :name")
                .param("court", xicheng()).param("name", name).query(Long.class).single();
    }

    /** A 12368 call with neither street nor category: it waits in the office's dispatch queue. */
    long call(String description) throws Exception {
        MvcResult result = mvc.perform(post("/demands").with(as(accounts, "office")).with(csrf())
                        .param("channel", "HOTLINE_12368").param("requesterKind", "PERSON")
                        .param("requesterName", "周海燕").param("requesterPhone", "13811112222")
                        .param("service", "CONSULTATION").param("urgency", "NORMAL")
                        .param("description", description))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/demands/", ""));
    }

    void dispatch(long demand, long branch, long category) throws Exception {
        int version = jdbc.sql("select version from demand where id = :id").param("id", demand).query(Integer.class).single();
        mvc.perform(post("/demands/{id}/dispatch", demand).with(as(accounts, "office")).with(csrf())
                        .param("version", Integer.toString(version)).param("branch", Long.toString(branch))
                        .param("category", Long.toString(category)))
                .andExpect(flash().attribute("notice", containsString("派")));
    }

    int versionInUse() {
        return models.versions(xicheng()).stream().filter(ModelVersion::active).findFirst().orElseThrow().version();
    }

    String suggested(long demand) {
        return models.suggestionFor(demand).orElseThrow().label();
    }

    @Test
    void aNewDemandArrivesWithASuggestionTheDispatcherSeesAndAcceptsWithOneClick() throws Exception {
        assertThat(models.retrain(xicheng(), "office")).isPresent();
        long family = category("婚姻家庭");
        long familyTribunal = branch("家事少年审判庭党支部");

        long id = call("丈夫长期酗酒还对我动手，我想离婚，孩子的抚养权和夫妻共同财产怎么处理？");

        assertThat(suggested(id)).isEqualTo(Long.toString(family));
        mvc.perform(get("/demands/{id}", id).with(as(accounts, "office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("智能分流建议")))
                .andExpect(content().string(containsString("家事少年审判庭党支部")))
                .andExpect(content().string(containsString("按建议派单")));
        dispatch(id, familyTribunal, family);

        Suggested decided = models.suggestionFor(id).orElseThrow();
        assertThat(decided.decidedLabel()).isEqualTo(Long.toString(family));
        assertThat(decided.accepted()).isTrue();
        assertThat(jdbc.sql("select state from demand where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DISPATCHED");
        assertThat(jdbc.sql("select category_id from demand where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(family);
    }

    @Test
    void aWorkOrderAboutAStreetLampIsJudgedNotALegalMatter() throws Exception {
        models.retrain(xicheng(), "office");

        long lamp = call("我们小区门口的路灯坏了两个星期了，晚上出门很不安全，请尽快安排人来修。");
        long divorce = call("丈夫要和我离婚，孩子的抚养费和房子怎么分？");

        Suggested notLegal = models.suggestionFor(lamp).orElseThrow();
        assertThat(notLegal.notALegalMatter()).isTrue();
        assertThat(notLegal.legalConfidence()).isLessThan(0.5);
        assertThat(models.suggestionFor(divorce).orElseThrow().legalConfidence()).isGreaterThan(0.5);
        mvc.perform(get("/demands/{id}", lamp).with(as(accounts, "office")))
                .andExpect(content().string(containsString("很可能不属于法律事项")));
    }

    @Test
    void aCorrectionChangesTheSuggestionOnceTheModelIsLearntAgainADayLater() throws Exception {
        models.retrain(xicheng(), "office");
        long medical = category("医疗纠纷");
        long first = call("喵喵星球乐园的年卡说好可以随时退，现在以各种理由不给退钱。");
        assertThat(suggested(first)).as("the model has not met such a demand yet").isNotEqualTo(Long.toString(medical));

        long branch = branch("民事审判第一庭党支部");
        dispatch(first, branch, medical);
        dispatch(call("喵喵星球乐园的工作人员态度恶劣，年卡退费一拖再拖。"), branch, medical);
        dispatch(call("在喵喵星球乐园办的年卡，乐园说年卡不退。"), branch, medical);
        assertThat(models.suggestionFor(first).orElseThrow().accepted()).as("a correction").isFalse();

        int before = versionInUse();
        TriageRetraining now = new TriageRetraining(models, subjects, new SyncTaskExecutor(), clock, Duration.ofDays(1), false);
        now.retrainDue();
        assertThat(versionInUse()).as("a model learnt today is not learnt again").isEqualTo(before);

        TriageRetraining tomorrow = new TriageRetraining(models, subjects, new SyncTaskExecutor(),
                Clock.offset(clock, Duration.ofHours(25)), Duration.ofDays(1), false);
        assertThat(tomorrow.retrainDue()).isPositive();
        assertThat(versionInUse()).isGreaterThan(before);

        assertThat(suggested(call("喵喵星球乐园的年卡还能退吗？"))).isEqualTo(Long.toString(medical));
    }

    @Test
    void rollingBackPutsThePreviousVersionBackInUse() {
        ModelVersion older = models.retrain(xicheng(), "office").orElseThrow();
        ModelVersion newer = models.retrain(xicheng(), "office").orElseThrow();
        assertThat(versionInUse()).isEqualTo(newer.version());

        ModelVersion back = models.rollBack(xicheng(), "office");

        assertThat(back.version()).isEqualTo(older.version());
        assertThat(versionInUse()).isEqualTo(older.version());
        assertThat(models.versions(xicheng())).hasSizeLessThanOrEqualTo(TriageModels.VERSIONS_KEPT)
                .isSortedAccordingTo(Comparator.comparingInt(ModelVersion::version).reversed());
        models.retrain(xicheng(), "office");
    }

    @Test
    void aCourtWithoutDemandsHasNoModelToLearnOrGoBackTo() throws Exception {
        long high = court("北京市高级人民法院");

        assertThat(models.retrain(high, "admin")).isEmpty();
        assertThatThrownBy(() -> models.rollBack(high, "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.triage.no-model"));
        mvc.perform(post("/triage/retrain").param("court", Long.toString(high)).with(as(accounts, "admin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("太少")));
    }

    @Test
    void thePageShowsTheVersionsAndHowOftenSuggestionsWereAcceptedToTheOfficeOnly() throws Exception {
        models.retrain(xicheng(), "office");
        dispatch(call("物业公司不给开具物业费发票，还威胁要停水停电。"), branch("民事审判第一庭党支部"), category("物业服务"));

        mvc.perform(get("/triage").with(as(accounts, "office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("派单人员采纳建议的比例")))
                .andExpect(content().string(containsString("物业服务")))
                .andExpect(content().string(containsString("使用中")));
        mvc.perform(get("/triage").with(as(accounts, "member"))).andExpect(status().isForbidden());
        mvc.perform(get("/triage").param("court", Long.toString(court("北京市通州区人民法院"))).with(as(accounts, "office")))
                .andExpect(status().is4xxClientError());
    }
}
