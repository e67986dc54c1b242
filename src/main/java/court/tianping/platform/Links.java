package court.tianping.platform;

import court.tianping.core.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Links for templates: the current page with one query parameter changed (paging keeps the filters). */
@Component
public class Links {

    /** Previous and next links of a paged list, for the shared pager fragment. */
    public record Pager(int page, int totalPages, boolean hasPrevious, boolean hasNext, String previousUrl,
                        String nextUrl) {
    }

    public Pager pager(PageResult<?> result) {
        return new Pager(result.page(), result.totalPages(), result.hasPrevious(), result.hasNext(),
                withPage(Math.max(0, result.page() - 1)), withPage(result.page() + 1));
    }

    public String withPage(int page) {
        return with("page", String.valueOf(page));
    }

    public String with(String name, String value) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(name, value).build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
