package court.tianping.organization.api;

import court.tianping.core.PageResult;

import java.util.List;

/** A page of results as the API returns it. */
record ApiPage<T>(List<T> content, long totalElements, int page, int size, int totalPages) {

    static <T> ApiPage<T> of(PageResult<T> result) {
        return new ApiPage<>(result.content(), result.totalElements(), result.page(), result.size(), result.totalPages());
    }

    static <T> ApiPage<T> all(List<T> content) {
        return new ApiPage<>(content, content.size(), 0, content.size(), content.isEmpty() ? 0 : 1);
    }
}
