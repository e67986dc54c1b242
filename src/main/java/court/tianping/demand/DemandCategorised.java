package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The dispatcher set or corrected the dispute category of a demand waiting to be dispatched. */
public record DemandCategorised(long demandId, long court, String actor, LocalDateTime at, Long fromCategoryId,
                                long toCategoryId, Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.categorised";
    }

    @Override
    public Map<String, Object> before() {
        return fromCategoryId == null ? Map.of() : Map.of("categoryId", fromCategoryId);
    }
}
