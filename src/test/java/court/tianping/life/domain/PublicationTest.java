package court.tianping.life.domain;

import court.tianping.life.PublicationCorrected;
import court.tianping.life.ResolutionPublished;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 6, 10, 0);
    private static final Resolution RESOLUTION = new Resolution(1, 1, "推选民一庭党支部参评先进党支部。", true, null);

    private static Publication saved(Publication publication) {
        ReflectionTestUtils.setField(publication, "id", 5L);
        return publication;
    }

    @Test
    void publishingRecordsTheDateAndTheFirstVersion() {
        Publication p = saved(Publication.publish(1, 9, RESOLUTION, "先进党支部推荐公示", "office", NOW));
        assertThat(p.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(p.history()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.body()).isEqualTo(RESOLUTION.text());
        });
        assertThat(p.domainEvents()).singleElement().isInstanceOf(ResolutionPublished.class);
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneIsKept() {
        Publication p = saved(Publication.publish(1, 9, RESOLUTION, "先进党支部推荐公示", "office", NOW));
        p.forgetEvents();
        p.correct("先进党支部推荐公示（更正）", "推选民一庭、民二庭党支部参评先进党支部。", "漏列民二庭党支部", "office", NOW.plusDays(1));
        assertThat(p.body()).isEqualTo("推选民一庭、民二庭党支部参评先进党支部。");
        assertThat(p.currentNumber()).isEqualTo(2);
        assertThat(p.publishedOn()).as("the date of first publication stays").isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(p.history()).extracting(PublicationVersion::number, PublicationVersion::body, PublicationVersion::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "推选民一庭、民二庭党支部参评先进党支部。", "漏列民二庭党支部"),
                        org.assertj.core.groups.Tuple.tuple(1, RESOLUTION.text(), null));
        assertThat(p.domainEvents()).singleElement().isInstanceOf(PublicationCorrected.class);
    }

    @Test
    void aCorrectionNeedsAReasonAndAChange() {
        Publication p = Publication.publish(1, 9, RESOLUTION, "公示", "office", NOW);
        assertThatThrownBy(() -> p.correct("公示", "新内容", " ", "office", NOW)).hasMessageContaining("error.life.correction-reason");
        assertThatThrownBy(() -> p.correct("公示", RESOLUTION.text(), "没有改动", "office", NOW))
                .hasMessageContaining("error.life.correction-unchanged");
        assertThat(p.history()).hasSize(1);
    }
}
