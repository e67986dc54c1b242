package court.tianping.demand.domain;

import org.springframework.data.repository.CrudRepository;

public interface TimeLimitsRepository extends CrudRepository<TimeLimits, Long> {
}
