package court.tianping.organization.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    List<Department> findByCourtIdOrderBySortOrder(long courtId);

    Optional<Department> findByCourtIdAndName(long courtId, String name);
}
