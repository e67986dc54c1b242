package court.tianping.platform.internal;

import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class UploadLimitFilterTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final UploadLimitFilter filter = new UploadLimitFilter(new StandardServletMultipartResolver(), messages,
            new TianpingLocaleResolver(), DataSize.ofMegabytes(10), DataSize.ofMegabytes(52));

    UploadLimitFilterTest() {
        messages.addMessage("error.upload-too-large", Locale.SIMPLIFIED_CHINESE, "每个文件不能超过 {0,number,#} MB，合计不超过 {1,number,#} MB。");
    }

    /** A form the servlet container could not read because a file in it was over the limit. */
    static MockHttpServletRequest tooLarge(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/q/AB12CD34") {
            @Override
            public Collection<Part> getParts() {
                throw new IllegalStateException("The field files exceeds its maximum permitted size of 10485760 bytes.");
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }

    @Test
    void sendsAFormOverTheLimitsBackToItsPageWithTheLimits() throws Exception {
        MockHttpServletRequest request = tooLarge("https://court.example/public/q/AB12CD34");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/public/q/AB12CD34");
        List<FlashMap> flash = new SessionFlashMapManager() {
            List<FlashMap> saved() {
                return retrieveFlashMaps(request);
            }
        }.saved();
        assertThat(flash).singleElement().satisfies(f -> {
            assertThat(f.get("failure")).isEqualTo("每个文件不能超过 10 MB，合计不超过 52 MB。");
            assertThat(f.getTargetRequestPath()).isEqualTo("/public/q/AB12CD34");
        });
    }

    @Test
    void answersWithTheMessageAloneWhenThereIsNoPageToGoBackTo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(tooLarge("https://elsewhere.example//evil.example/"), response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).isEqualTo("每个文件不能超过 10 MB，合计不超过 52 MB。");
    }

    @Test
    void letsEveryOtherRequestThrough() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/demands");
        form.setContentType("multipart/form-data; boundary=x");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(form, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(form);

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/demands");
        chain = new MockFilterChain();
        filter.doFilter(page, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(page);
    }

    @Test
    void goesBackOnlyToAPageOfThisApplication() {
        assertThat(UploadLimitFilter.localPath("http://court.example/public/q/AB12CD34", "")).isEqualTo("/public/q/AB12CD34");
        assertThat(UploadLimitFilter.localPath("https://court.example/tp/demands/7?lang=en", "/tp")).isEqualTo("/demands/7");
        assertThat(UploadLimitFilter.localPath("https://court.example//evil.example/x", "")).isNull();
        assertThat(UploadLimitFilter.localPath("https://court.example/other/demands/7", "/tp")).isNull();
        assertThat(UploadLimitFilter.localPath("not a uri", "")).isNull();
        assertThat(UploadLimitFilter.localPath(null, "")).isNull();
    }
}
