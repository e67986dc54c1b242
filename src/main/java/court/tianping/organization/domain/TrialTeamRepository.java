package court.tianping.organization.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface TrialTeamRepository extends ListCrudRepository<TrialTeam, Long> {

    List<TrialTeam> findByCourtId(long courtId);

    Optional<TrialTeam> findByDepartmentIdAndName(long departmentId, String name);
}
