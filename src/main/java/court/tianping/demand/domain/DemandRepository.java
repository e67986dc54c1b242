package court.tianping.demand.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface DemandRepository extends ListCrudRepository<Demand, Long>, DemandInserts {

    Optional<Demand> findByTrackingCode(String trackingCode);
}
