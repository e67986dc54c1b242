package court.tianping.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadLimitHandlerTest {

    @Test
    void goesBackOnlyToAPageOfThisApplication() {
        assertThat(UploadLimitHandler.localPath("http://court.example/public/q/AB12CD34", "")).isEqualTo("/public/q/AB12CD34");
        assertThat(UploadLimitHandler.localPath("https://court.example/tp/demands/7?lang=en", "/tp")).isEqualTo("/demands/7");
        assertThat(UploadLimitHandler.localPath("https://court.example//evil.example/x", "")).isNull();
        assertThat(UploadLimitHandler.localPath("https://court.example/other/demands/7", "/tp")).isNull();
        assertThat(UploadLimitHandler.localPath("not a uri", "")).isNull();
        assertThat(UploadLimitHandler.localPath(null, "")).isNull();
    }
}
